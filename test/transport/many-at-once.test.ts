import { fork, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterEach, expect, test } from 'vitest';
import { MoveUgc, TimeoutError } from '../../src/index.js';
import { KEY } from './harness.js';

// 10 000 calls begun in one synchronous loop, against a server in another process. Before, urql's
// Client did work per operation for every operation in flight (n squared in all) and every call
// opened its own connection at once: the loop stayed busy past every deadline, none reached the
// server, and the calls settled minutes late. The one time bound is generous (deadline + 60 s on
// a loaded 2-core machine); 10 000 calls with a 3 s timeout took 136 s before (p50).

const CALLS = 10_000;
const SERVER = fileURLToPath(new URL('./many-at-once-server.mjs', import.meta.url));
let child: ChildProcess | undefined;

afterEach(() => {
  child?.disconnect();
  child = undefined;
});

async function startServer(mode: 'hang' | 'answer'): Promise<{ url: string; count(): Promise<number> }> {
  const proc = (child = fork(SERVER, [mode]));
  const { url } = await new Promise<{ url: string }>((resolve) => proc.once('message', resolve as never));
  const count = () =>
    new Promise<number>((resolve) => {
      proc.once('message', (m: { count: number }) => resolve(m.count));
      proc.send('count');
    });
  return { url, count };
}

test(
  `${CALLS} calls at once to a server that never answers: each a TimeoutError, all by their deadline + 60 s`,
  { timeout: 240_000 },
  async () => {
    const { url } = await startServer('hang');
    const timeoutMs = 3_000;
    const ugc = new MoveUgc({ apiKey: KEY, endpoint: url, timeoutMs, maxRetries: 0 });
    const started = performance.now();
    let last = 0;
    const outcomes = await Promise.all(
      Array.from({ length: CALLS }, () =>
        ugc.jobs.retrieve({ id: 'job-1' }).then(
          () => 'resolved',
          (err: unknown) => {
            last = performance.now();
            return err instanceof TimeoutError ? 'TimeoutError' : String(err);
          },
        ),
      ),
    );
    const tally: Record<string, number> = {};
    for (const o of outcomes) tally[o] = (tally[o] ?? 0) + 1;
    expect(tally).toEqual({ TimeoutError: CALLS });
    console.log(`many-at-once: ${CALLS} timed out, the last ${Math.round(last - started)} ms after the first began`);
    expect(last - started).toBeLessThan(timeoutMs + 60_000);
  },
);

test(`${CALLS} calls at once to a server that answers: every one succeeds, every one reached it`, { timeout: 240_000 }, async () => {
  const server = await startServer('answer');
  const ugc = new MoveUgc({ apiKey: KEY, endpoint: server.url });
  const results = await Promise.allSettled(Array.from({ length: CALLS }, () => ugc.jobs.retrieve({ id: 'job-1' })));
  const failed = results.filter((r) => r.status === 'rejected');
  expect(failed.slice(0, 3)).toEqual([]);
  expect(results.every((r) => r.status === 'fulfilled' && r.value.id === 'job-1')).toBe(true);
  expect(await server.count()).toBe(CALLS);
});
