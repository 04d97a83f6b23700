import { Client, fetchExchange } from '@urql/core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { GetJobDocument, ListJobsDocument } from '../../src/documents.js';
import { AuthenticationError, MoveUgc, NotFoundError, ValidationError, moveUgcExchange } from '../../src/index.js';
import { startSandbox, type TestSandbox } from '../helpers/sandbox.js';

// Hook and toPromise() users get a CombinedError; ugc.errorOf gives them the class the facade throws.
let t: TestSandbox;
beforeAll(async () => {
  t = await startSandbox();
});
afterAll(() => t.sandbox.close());

test('a missing job through ugc.urql is the NotFoundError ugc.jobs.retrieve throws', async () => {
  const result = await t.ugc.urql.query(GetJobDocument, { jobId: 'job-missing' }).toPromise();
  expect(result.error).toBeDefined();
  const error = t.ugc.errorOf(result);
  expect(error).toBeInstanceOf(NotFoundError);
  expect(error?.operation).toBe('getJob');
  const thrown = await t.ugc.jobs.retrieve({ id: 'job-missing' }).catch((e: unknown) => e);
  expect(error?.constructor).toBe((thrown as Error).constructor);
  expect(error?.message).toBe((thrown as Error).message);
});

test("through an app's client on stock fetchExchange, a wrong key is an AuthenticationError", async () => {
  const urql = new Client({
    url: t.sandbox.url,
    exchanges: [fetchExchange],
    preferGetMethod: false,
    fetchOptions: { headers: { authorization: 'sandbox-not-the-key' } },
  });
  const ugc = new MoveUgc({ urql });
  const result = await urql.query(ListJobsDocument, {}).toPromise();
  const error = ugc.errorOf(result);
  expect(error).toBeInstanceOf(AuthenticationError);
  expect(JSON.stringify(error) + String(error?.stack)).not.toContain('sandbox-not-the-key');
});

test('a result without an error gives undefined; what is not a result is refused by name', async () => {
  const urql = new Client({ url: t.sandbox.url, exchanges: [moveUgcExchange({ apiKey: t.sandbox.apiKey })], preferGetMethod: false });
  const ugc = new MoveUgc({ urql });
  const result = await urql.query(ListJobsDocument, {}).toPromise();
  expect(result.error).toBeUndefined();
  expect(ugc.errorOf(result)).toBeUndefined();
  expect(() => ugc.errorOf(null as never)).toThrow(ValidationError);
  expect(() => ugc.errorOf(null as never)).toThrow(/^result /);
  expect(() => ugc.errorOf({ error: 'boom' } as never)).toThrow(/^result\.error must be urql's CombinedError/);
});
