import { parse, print, type DocumentNode } from 'graphql';
import { expect, test } from 'vitest';
import * as documents from '../../src/documents.js';
import { compactQuery } from '../../src/core/transport.js';
import { jobData, json } from '../helpers/fault-server.js';
import { serve } from './harness.js';

const all = Object.entries(documents).filter(([name]) => name.endsWith('Document')) as [string, DocumentNode][];

test.each(all)('%s: the compacted query text is the same document', (_, document) => {
  const compact = compactQuery(print(document));
  expect(print(parse(compact))).toBe(print(document));
  expect(compact).not.toMatch(/\n| {2}/);
});

test('whitespace inside string and block-string literals is kept', () => {
  const query = 'query q {\n  a(s: "x  y", t: """\n  keep  this\n""") {\n    b\n  }\n}';
  const compact = compactQuery(query);
  expect(compact).toBe('query q{a(s:"x  y",t:"""\n  keep  this\n"""){b}}');
  expect(print(parse(compact))).toBe(print(parse(query)));
});

test('the request: one POST with the operation name, compact query, variables and the headers the API needs', async () => {
  const { server, ugc } = await serve([json(200, jobData())], { headers: { 'X-Trace': 'abc' } });
  await ugc.jobs.retrieve({ id: 'job-1' });
  expect(server.requests).toHaveLength(1);
  const seen = server.requests[0]!;
  expect(seen.operationName).toBe('getJob');
  expect(seen.headers).toMatchObject({ 'content-type': 'application/json', 'x-trace': 'abc' });
  expect(seen.headers.accept).toContain('application/json');
});
