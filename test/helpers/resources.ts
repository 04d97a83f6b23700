import { expect } from 'vitest';
import type { TestSandbox } from './sandbox.js';

/** Keys of a result, sorted: what a facade returned, for comparing with what `expand` asked for. */
export function keysOf(value: object): string[] {
  return Object.keys(value).sort();
}

/**
 * Calls `call` once without `expand` and once per expand value, checking that exactly the base
 * keys, plus the one expanded key, come back.
 */
export async function checkExpansions<E extends string>(
  base: readonly string[],
  expands: readonly E[],
  call: (expand: E[] | undefined) => Promise<object>,
): Promise<void> {
  expect(keysOf(await call(undefined))).toEqual([...base].sort());
  for (const e of expands) expect(keysOf(await call([e])), `expand ${e}`).toEqual([...base, e].sort());
}

/** Asserts the call fails with a ValidationError mentioning `field`, without any request. */
export async function expectRefused(t: TestSandbox, call: () => Promise<unknown>, field: RegExp): Promise<void> {
  const before = t.sandbox.requestCount;
  const error = await call().catch((e: unknown) => e);
  expect((error as Error).name).toBe('ValidationError');
  expect((error as Error).message).toMatch(field);
  expect(t.sandbox.requestCount).toBe(before);
}

/** Uploads a tiny file and returns it as a source for takes and volumes. */
export async function uploadedSource(t: TestSandbox, label: string) {
  const file = await t.ugc.files.upload(new TextEncoder().encode(label), { type: 'mp4' });
  return { fileId: file.id, deviceLabel: label, format: 'MP4' as const, cameraSettings: { lens: 'iphone-wide' } };
}
