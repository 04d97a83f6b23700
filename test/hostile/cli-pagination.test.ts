import { afterEach, expect, test } from 'vitest';
import { runCli } from '../cli/run-cli.js';
import { json, startFaultServer, type FaultServer } from '../helpers/fault-server.js';

// `jobs list --all` against an API whose cursor never advances: the CLI walks the list with the
// library's iteration, so it must exit non-zero with the error instead of growing forever.

const KEY = 'test-key-0123456789';
const job = { id: 'job-1', name: null, created: '2026-01-01T00:00:00.000Z', metadata: null, state: 'RUNNING', progress: null };

let server: FaultServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

test('jobs list --all exits 1 with the error when the server repeats its cursor', { timeout: 30_000 }, async () => {
  server = await startFaultServer([json(200, { data: { listJobs: { first: 1, after: '"same"', items: [job] } } })]);
  const run = runCli(['jobs', 'list', '--all'], { MOVE_UGC_API_KEY: KEY, MOVE_UGC_ENDPOINT_URL: server.url });
  // Bounded: a CLI that loops is killed, and the assertions below then fail.
  const guard = setTimeout(() => run.child.kill('SIGKILL'), 20_000);
  const result = await run.finally(() => clearTimeout(guard));
  expect(result.code).toBe(1);
  expect(result.stderr).toContain('listJobs: the API sent a next-page cursor it had already sent');
  expect(result.stderr).not.toContain(KEY);
  expect(server.requests.length).toBe(2);
});
