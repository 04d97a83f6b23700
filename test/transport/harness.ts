import { inspect } from 'node:util';
import { afterEach, expect } from 'vitest';
import { MoveUgc, type MoveUgcOptions } from '../../src/index.js';
import { startFaultServer, trackUnhandledRejections, type Fault, type FaultServer } from '../helpers/fault-server.js';

/** A key distinctive enough that finding it anywhere is a leak. */
export const KEY = 'mu-test-SECRET-KEY-0123456789abcdef';

const unhandled = trackUnhandledRejections();
let servers: FaultServer[] = [];

// Every test in a file using the harness ends with its servers closed and no unhandled rejection.
afterEach(async () => {
  await Promise.all(servers.map((s) => s.close()));
  servers = [];
  await unhandled.settle();
  expect(unhandled.list).toEqual([]);
});

/** Starts a fault server for this test (closed after it) and a client pointed at it. */
export async function serve(script: readonly Fault[], options: MoveUgcOptions = {}, port?: number) {
  const server = await startFaultServer(script, port);
  servers.push(server);
  const ugc = new MoveUgc({ apiKey: KEY, endpoint: server.url, ...options });
  return { server, ugc };
}

/** The reason `promise` rejects with; fails the test if it resolves. */
export async function rejection(promise: Promise<unknown>): Promise<Error> {
  try {
    await promise;
  } catch (err) {
    expectNoKey(err);
    return err as Error;
  }
  throw new Error('expected the call to fail, but it succeeded');
}

/** Asserts the key appears nowhere reachable from `value`: message, stack, inspect, JSON, causes. */
export function expectNoKey(value: unknown): void {
  expect(inspect(value, { depth: Infinity, showHidden: true, getters: true })).not.toContain(KEY);
  for (let e: unknown = value, depth = 0; e && typeof e === 'object' && depth < 10; e = (e as Error).cause, depth++) {
    expect(String((e as Error).stack ?? '')).not.toContain(KEY);
    expect(String((e as Error).message ?? '')).not.toContain(KEY);
    expect(JSON.stringify(e) ?? '').not.toContain(KEY);
    expect(inspect(e, { depth: Infinity, showHidden: true })).not.toContain(KEY);
  }
}

/** A logger that keeps its lines and runs `onLine` on each (for acting at a known moment). */
export function recordingLogger(onLine?: (line: string) => void) {
  const lines: string[] = [];
  return {
    lines,
    logger: (line: string) => {
      lines.push(line);
      onLine?.(line);
    },
  };
}
