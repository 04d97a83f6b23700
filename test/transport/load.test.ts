import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { startSandbox, type TestSandbox } from '../helpers/sandbox.js';

// 10 000 calls at a concurrency of 100 against the sandbox: none may fail, and what the client
// keeps per call (abort listeners, timers, per-document caches) must not pile up on the heap. The
// time limit only catches a hang: it takes ~30 s on a 2-core machine, longer when that machine is busy.

const CALLS = 10_000;
const CONCURRENCY = 100;
// Generous: the client's own retained state per call would show up as ~100 bytes * 10 000 at least.
const HEAP_GROWTH_LIMIT = 16 * 1024 * 1024;

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

let t: TestSandbox;
beforeAll(async () => {
  t = await startSandbox();
});
afterAll(() => t.sandbox.close());

function heapAfterGc(): number {
  for (let i = 0; i < 3; i++) gc();
  return process.memoryUsage().heapUsed;
}

test(`${CALLS} retrieve calls at concurrency ${CONCURRENCY}: zero failures, bounded heap growth`, { timeout: 900_000 }, async () => {
  const takeId = await t.singleCamTake();
  const { id } = await t.ugc.jobs.createSingleCam({ takeId });
  // Warm up first, so one-time costs (compiled code, caches) are not counted as growth.
  await Promise.all(Array.from({ length: CONCURRENCY }, () => t.ugc.jobs.retrieve({ id })));
  const before = heapAfterGc();
  const requestsBefore = t.sandbox.requestCount;

  let next = 0;
  let succeeded = 0;
  const failures: unknown[] = [];
  const worker = async () => {
    while (next < CALLS) {
      next++;
      try {
        const job = await t.ugc.jobs.retrieve({ id });
        if (job.id === id) succeeded++;
      } catch (err) {
        failures.push(err);
      }
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));

  const growth = heapAfterGc() - before;
  console.log(`load: ${CALLS} calls, ${failures.length} failures, heap growth ${(growth / 1024).toFixed(0)} KiB`);
  expect(failures).toEqual([]);
  expect(succeeded).toBe(CALLS);
  expect(t.sandbox.requestCount - requestsBefore).toBe(CALLS);
  expect(growth).toBeLessThan(HEAP_GROWTH_LIMIT);
});
