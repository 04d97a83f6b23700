import { stringifyDocument } from '@urql/core';
import { Kind, print, type DocumentNode } from 'graphql';
import { expect, test } from 'vitest';
import { batchDocument } from '../../src/core/batch-document.js';
import { compactQuery } from '../../src/core/transport.js';
import * as asts from '../../src/generated/graphql.js';
import * as facade from '../../src/generated/operations.js';

// The facade runs documents kept as compact text (src/generated/operations.ts) while apps get the
// typed-document-node ASTs: both must be the same operations, sent as the same text.
const pairs = Object.entries(facade).map(([name, lazy]) => [name, lazy, (asts as Record<string, unknown>)[name]]) as [
  string,
  DocumentNode,
  DocumentNode | undefined,
][];

test('every document the facade runs has its typed-document-node twin, and every operation is in the facade', () => {
  const operations = Object.entries(asts).filter(
    ([name, value]) => name.endsWith('Document') && (value as DocumentNode).definitions.some((d) => d.kind === Kind.OPERATION_DEFINITION),
  );
  expect(pairs.map(([name]) => name).sort()).toEqual(operations.map(([name]) => name).sort());
  for (const [name, , ast] of pairs) expect(ast, name).toBeDefined();
});

test.each(pairs)('%s: the same definitions, in the same order, as the generated AST', (_, lazy, ast) => {
  expect(print(lazy)).toBe(print(ast!));
  expect(lazy.definitions.map((d) => d.kind)).toEqual(ast!.definitions.map((d) => d.kind));
});

test.each(pairs)('%s: urql sends the same query text for both', (_, lazy, ast) => {
  // Copies, so urql's key and cached text on the shared module objects stay untouched.
  expect(compactQuery(stringifyDocument({ ...lazy }))).toBe(compactQuery(stringifyDocument(structuredClone(ast!))));
});

test('a facade document is parsed once and stays one object with one set of definitions', () => {
  const { ListRigsDocument: doc } = facade;
  const first = doc.definitions;
  expect(doc.definitions).toBe(first);
  expect(Object.getOwnPropertyDescriptor(doc, 'definitions')?.value).toBe(first);
  expect(Object.keys(JSON.parse(JSON.stringify(doc)) as object)).toEqual(['kind', 'definitions']);
  const batch = batchDocument(facade.GetJobDocument, 'jobId', 2);
  expect(batchDocument(facade.GetJobDocument, 'jobId', 2)).toBe(batch);
  expect(print(batch.document)).toContain('r1: getJob(jobId: $id1)');
});
