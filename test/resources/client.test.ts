import { afterAll, beforeAll, expect, test } from 'vitest';
import { startSandbox, type TestSandbox } from '../helpers/sandbox.js';
import { expectRefused } from '../helpers/resources.js';

let t: TestSandbox;
beforeAll(async () => {
  t = await startSandbox();
});
afterAll(() => t.sandbox.close());

test('client: retrieve and update its metadata', async () => {
  const client = await t.ugc.client.retrieve();
  expect(Object.keys(client).sort()).toEqual(['created', 'id', 'metadata', 'name', 'portal']);
  expect(client.created).toBeInstanceOf(Date);
  const updated = await t.ugc.client.update({ metadata: { plan: 'studio', seats: 3 } });
  expect(updated.metadata).toEqual({ plan: 'studio', seats: 3 });
  expect((await t.ugc.client.retrieve()).metadata).toEqual({ plan: 'studio', seats: 3 });
  await expectRefused(t, () => t.ugc.client.update({} as { metadata: null }), /metadata is required/);
});
