import { afterAll, beforeAll, expect, test } from 'vitest';
import { startSandbox, type TestSandbox } from '../helpers/sandbox.js';

let t: TestSandbox;
beforeAll(async () => {
  t = await startSandbox();
});
afterAll(() => t.sandbox.close());

test('rigs and camera settings: one page each, also iterable', async () => {
  const rigs = await t.ugc.rigs.list();
  expect(rigs.items.map((r) => r.name)).toContain('move_mo');
  expect(rigs.nextToken).toBeNull();
  const lenses: string[] = [];
  for await (const s of t.ugc.cameraSettings.list()) lenses.push(s.lens);
  expect(lenses.length).toBeGreaterThan(1);
  expect((await t.ugc.cameraSettings.list()).items.map((s) => s.lens)).toEqual(lenses);
});
