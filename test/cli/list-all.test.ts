import { afterAll, afterEach, beforeAll, expect, test } from 'vitest';
import { MoveUgc } from '../../src/index.js';
import { createSandbox, type Sandbox } from '../../src/sandbox/index.js';
import { startFaultServer, type Fault, type FaultServer } from '../helpers/fault-server.js';
import { runCli } from './run-cli.js';

// `list --all` prints each page as it arrives: against an API that never stops sending pages the
// CLI keeps printing (and its memory stays flat) instead of collecting items that never end; the
// finished output is the same JSON array, or one table with one header, as a single page gives.

const KEY = 'test-key-0123456789';
let sandbox: Sandbox;
let faults: FaultServer | undefined;
beforeAll(async () => {
  sandbox = await createSandbox();
});
afterAll(() => sandbox.close());
afterEach(async () => {
  await faults?.close();
  faults = undefined;
});

/** Fresh cursors forever, each page holding one job named by its page number. */
function endlessPages(): Fault {
  let n = 0;
  return (res) => {
    n++;
    const job = { id: `job-${n}`, name: null, created: '2026-01-01T00:00:00.000Z', metadata: null, state: 'RUNNING', progress: null };
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ data: { listJobs: { first: 1, after: JSON.stringify(`cursor-${n}`), items: [job] } } }));
  };
}

/** Runs the CLI until its stdout holds `marker`, then stops it; returns what it printed. */
async function printedUntil(args: string[], marker: string): Promise<string> {
  const run = runCli(args, { MOVE_UGC_API_KEY: KEY, MOVE_UGC_ENDPOINT_URL: faults!.url });
  let seen = '';
  await new Promise<void>((resolve, reject) => {
    run.child.stdout!.on('data', (d: Buffer) => {
      seen += d.toString();
      if (seen.includes(marker)) resolve();
    });
    run.child.on('close', (code) => reject(new Error(`the CLI ended (${code}) before printing ${marker}: ${seen.slice(-200)}`)));
  });
  run.child.kill('SIGKILL');
  await run;
  return seen;
}

test('--all --json streams an endless listing as one JSON array, item by item', { timeout: 30_000 }, async () => {
  faults = await startFaultServer([endlessPages()]);
  const seen = await printedUntil(['jobs', 'list', '--all', '--json'], '"job-40"');
  expect(seen.startsWith('[\n  {\n    "id": "job-1",')).toBe(true);
  // Everything printed so far parses as the array's first items, in page order.
  const upTo = seen.slice(0, seen.indexOf('"job-40"'));
  const ids = [...upTo.matchAll(/"id": "(job-\d+)"/g)].map((m) => m[1]);
  expect(ids).toEqual(Array.from({ length: 39 }, (_, i) => `job-${i + 1}`));
});

test('--all as a table prints the header once, then every page’s rows as they come', { timeout: 30_000 }, async () => {
  faults = await startFaultServer([endlessPages()]);
  const seen = await printedUntil(['jobs', 'list', '--all'], 'job-30 ');
  const lines = seen.split('\n');
  expect(lines[0]).toMatch(/^ID\s+/);
  expect(lines.filter((l) => l.startsWith('ID '))).toHaveLength(1);
  expect(lines.slice(1, 30).map((l) => l.split(/\s+/)[0])).toEqual(Array.from({ length: 29 }, (_, i) => `job-${i + 1}`));
});

test('a finished --all walk prints exactly the JSON array of every item, over several pages', { timeout: 30_000 }, async () => {
  const env = { MOVE_UGC_API_KEY: sandbox.apiKey, MOVE_UGC_ENDPOINT_URL: sandbox.url };
  const run = async (args: string[]) => {
    const r = await runCli(args, env);
    expect(r.code, r.stderr).toBe(0);
    return r.stdout;
  };
  expect(await run(['takes', 'list', '--all', '--json'])).toBe('[]\n');
  expect(await run(['takes', 'list', '--all'])).toBe('(none)\n');
  const ugc = new MoveUgc({ apiKey: sandbox.apiKey, endpoint: sandbox.url });
  const file = await ugc.files.create({ type: 'mp4' });
  for (let i = 0; i < 5; i++) await ugc.takes.createSingleCam({ sources: [{ fileId: file.id, format: 'MP4', deviceLabel: 'phone' }] });
  const printed = await run(['takes', 'list', '--all', '--limit', '2', '--json']);
  const items = JSON.parse(printed) as { id: string }[];
  expect(items).toHaveLength(5);
  expect(printed).toBe(`${JSON.stringify(items, null, 2)}\n`);
  expect(sandbox.requests.filter((r) => r.operationName === 'listTakes').length).toBeGreaterThanOrEqual(3);
  const table = (await run(['takes', 'list', '--all', '--limit', '2'])).trimEnd().split('\n');
  expect(table).toHaveLength(6);
  expect(new Set(table.slice(1).map((l) => l.split(/\s+/)[0]))).toEqual(new Set(items.map((i) => i.id)));
});
