import { serverAudits } from 'graphql-http';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createSandbox, type Sandbox } from '../../src/sandbox/index.js';

// graphql-http's GraphQL-over-HTTP server audit, run against the sandbox: every audit must pass,
// except where AppSync (the real API's server) does otherwise and the sandbox follows AppSync.
//
// AppSync answers every GraphQL error (unparsable document, invalid document, bad variables) with
// HTTP 200 and `application/json`, whatever Accept says. The spec's SHOULDs for clients accepting
// `application/graphql-response+json` (that media type, and 400) therefore do not hold; for these
// audits the test asserts the AppSync behaviour instead. No MUST is among them.
const APPSYNC_CHOICES: Record<string, { status: number; contentType: RegExp }> = {
  '22EB': { status: 200, contentType: /^application\/json/ }, // SHOULD answer in application/graphql-response+json
  '865D': { status: 200, contentType: /^application\/json/ }, // SHOULD use 4xx/5xx on document parsing failure
  '556A': { status: 200, contentType: /^application\/json/ }, // SHOULD use 400 on document parsing failure
  '51FE': { status: 200, contentType: /^application\/json/ }, // SHOULD use 4xx/5xx on document validation failure
  '74FF': { status: 200, contentType: /^application\/json/ }, // SHOULD use 400 on document validation failure
  '86EE': { status: 200, contentType: /^application\/json/ }, // SHOULD use 400 on variable coercion failure
};
const GRAPHQL_RESPONSE = 'application/graphql-response+json';
const QUERIES: Record<string, string | undefined> = {
  '22EB': '{ __typename }',
  '865D': '{',
  '556A': '{',
  '51FE': '{ notAField }',
  '74FF': '{ notAField }',
};

let sandbox: Sandbox;
beforeAll(async () => {
  sandbox = await createSandbox();
});
afterAll(() => sandbox.close());

/** The audit's requests, with the sandbox's key added (the audit itself knows nothing of auth). */
const fetchFn = (input: RequestInfo | URL, init: RequestInit = {}) => {
  const headers = new Headers(init.headers);
  headers.set('authorization', sandbox.apiKey);
  return fetch(input, { ...init, headers });
};
const audits = serverAudits({ url: () => sandbox.url, fetchFn });

test('the audit has the checks this test expects', () => {
  expect(audits.length).toBeGreaterThan(50);
  for (const id of Object.keys(APPSYNC_CHOICES)) expect(audits.map((a) => a.id)).toContain(id);
});

describe('graphql-http server audit', () => {
  for (const audit of audits) {
    const choice = APPSYNC_CHOICES[audit.id];
    test(`${audit.id} ${audit.name}${choice ? ' (AppSync answers 200 application/json instead)' : ''}`, async () => {
      const result = await audit.fn();
      if (!choice) {
        expect(result.status, 'reason' in result ? result.reason : '').toBe('ok');
        return;
      }
      // Not a MUST: the audit warns, and the sandbox does what AppSync does.
      expect(audit.name).toMatch(/^SHOULD /);
      expect(result.status).toBe('warn');
      const reply = await fetchFn(sandbox.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: GRAPHQL_RESPONSE },
        body:
          audit.id === '86EE'
            ? JSON.stringify({ query: 'query ($id: ID!) { getJob(jobId: $id) { id } }', variables: { id: {} } })
            : JSON.stringify({ query: QUERIES[audit.id] }),
      });
      expect(reply.status).toBe(choice.status);
      expect(reply.headers.get('content-type')).toMatch(choice.contentType);
      const body = (await reply.json()) as { errors?: unknown[] };
      if (audit.id !== '22EB') expect(body.errors?.length).toBeGreaterThan(0);
    });
  }
});
