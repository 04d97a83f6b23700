import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeEach, expect, test } from 'vitest';
import { startSandbox, type TestSandbox } from '../helpers/sandbox.js';
import { startInterceptingProxy, type InterceptingProxy, type ProxiedRequest, type Trap } from './intercepting-proxy.js';
import { runCli, type CliResult } from './run-cli.js';

const root = mkdtempSync(join(tmpdir(), 'move-ugc-process-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

let t: TestSandbox;
let proxy: InterceptingProxy;
let dir: string;
let videos: { path: string; hash: string }[];
beforeEach(async (ctx) => {
  t = await startSandbox({ jobDurationMs: 100 });
  proxy = await startInterceptingProxy(t.sandbox.url);
  dir = join(root, ctx.task.id, 'out');
  mkdirSync(dir, { recursive: true });
  videos = ['dance', 'jump'].map((name, i) => {
    const path = join(root, ctx.task.id, `${name}.mp4`);
    const bytes = Buffer.alloc(64 * 1024 + i, name);
    writeFileSync(path, bytes);
    return { path, hash: createHash('sha256').update(bytes).digest('hex') };
  });
});
afterEach(async () => {
  await proxy.close();
  await t.sandbox.close();
});

interface Journal {
  clips: Record<
    string,
    { fileId?: string; takeId?: string; jobId?: string; state?: string; outputs?: { name: string }[]; complete?: boolean }
  >;
}

const journal = (): Journal => JSON.parse(readFileSync(join(dir, '.move-ugc-journal.json'), 'utf8')) as Journal;

/** Runs `process` through the proxy; with a trap, SIGKILLs the CLI the moment it springs. */
async function run(trap?: Omit<Trap, 'then'>, extra: string[] = []): Promise<CliResult & { sent: ProxiedRequest[] }> {
  const from = proxy.requests.length;
  const cli = runCli(['process', ...videos.map((v) => v.path), '--out', dir, '--concurrency', '1', '--interval-ms', '20', ...extra], {
    MOVE_UGC_API_KEY: t.sandbox.apiKey,
    MOVE_UGC_ENDPOINT_URL: proxy.url,
  });
  let sprung = false;
  proxy.trap = trap && {
    ...trap,
    // Counted from this run's first request.
    when: (r, seen) => trap.when(r, seen.slice(from)),
    then: () => {
      sprung = true;
      cli.child.kill('SIGKILL');
    },
  };
  const result = await cli;
  proxy.trap = undefined;
  if (trap) expect(sprung, `the trap never sprang: ${result.stderr}`).toBe(true);
  return { ...result, sent: proxy.requests.slice(from) };
}

const op = (name: string) => (r: ProxiedRequest) => r.operationName === name;
const nth = (n: number, match: (r: ProxiedRequest) => boolean) => (r: ProxiedRequest, seen: readonly ProxiedRequest[]) =>
  match(r) && seen.filter(match).length === n;
const count = (sent: readonly ProxiedRequest[], match: (r: ProxiedRequest) => boolean) => sent.filter(match).length;
const download = (r: ProxiedRequest) => r.method === 'GET' && r.path.startsWith('/files/');

async function sandboxJobs() {
  const jobs = [];
  for await (const job of t.ugc.jobs.list({ limit: 50 })) jobs.push(job);
  return jobs;
}

test('SIGKILLed after an upload, a take, an unrecorded job, a recorded job and a download: each re-run goes on, one job per video', async () => {
  const [a, b] = [videos[0]!, videos[1]!];
  const base = { at: 'request' as const };

  // 1. Killed as the first take is requested: A is uploaded, with no take yet.
  const r1 = await run({ ...base, when: op('createSingleCamTake') });
  expect(r1.code).toBeNull();
  expect(journal().clips[a.hash]).toMatchObject({ fileId: expect.any(String) as string });
  expect(journal().clips[a.hash]!.takeId).toBeUndefined();

  // 2. Killed once the job exists at the API but before the CLI heard of it: the journal lacks it.
  const r2 = await run({ at: 'response', when: op('createSingleCamJob') });
  expect(count(r2.sent, op('createFile'))).toBe(0);
  expect(journal().clips[a.hash]!.takeId).toEqual(expect.any(String));
  expect(journal().clips[a.hash]!.jobId).toBeUndefined();
  expect(await sandboxJobs()).toHaveLength(1);

  // 3. A's job is found by its clip hash, not created again; killed at B's take.
  const r3 = await run({ ...base, when: op('createSingleCamTake') });
  expect(count(r3.sent, op('createSingleCamJob'))).toBe(0);
  expect(journal().clips[a.hash]!.jobId).toBe((await sandboxJobs())[0]!.id);
  expect(journal().clips[b.hash]!.fileId).toEqual(expect.any(String));

  // 4. Killed at the first poll: both jobs recorded.
  await run({ ...base, when: op('getJobBatch') });
  expect(journal().clips[b.hash]!.jobId).toEqual(expect.any(String));

  // 5. Killed as the second output download starts: the first is complete and recorded.
  await run({ ...base, when: nth(2, download) });
  const first = journal().clips[a.hash]!.outputs!;
  expect(first).toHaveLength(1);
  const firstFile = join(dir, first[0]!.name);
  const firstInode = statSync(firstFile).ino;

  // 6. Runs to the end, downloading only what is missing; the partial file a killed download left
  // (the library's temporary name) goes too.
  writeFileSync(join(dir, '.move-ugc-0123456789abcdef.part'), 'half a download');
  const r6 = await run();
  expect(r6.code, r6.stderr).toBe(0);
  expect(count(r6.sent, (r) => r.method === 'PUT')).toBe(0);
  expect(count(r6.sent, op('createSingleCamJob'))).toBe(0);
  expect(statSync(firstFile).ino).toBe(firstInode);
  expect(r6.stdout).toMatch(/2 clips done/);

  const all = proxy.requests;
  expect(count(all, op('createFile'))).toBe(2);
  expect(count(all, (r) => r.method === 'PUT')).toBe(2);
  const jobs = await sandboxJobs();
  expect(jobs).toHaveLength(2);
  expect(jobs.map((j) => (j.metadata as Record<string, string>).moveUgcClip).sort()).toEqual([a.hash, b.hash].sort());
  expect(jobs.every((j) => j.state === 'FINISHED')).toBe(true);

  const files = readdirSync(dir).filter((f) => !f.startsWith('.'));
  for (const clip of Object.values(journal().clips)) {
    expect(clip.complete).toBe(true);
    expect(clip.outputs!.length).toBe(7);
    for (const o of clip.outputs!) expect(statSync(join(dir, o.name)).size).toBeGreaterThan(0);
  }
  expect(files).toHaveLength(14);
  expect(readdirSync(dir).filter((f) => f.endsWith('.part') || f.endsWith('.tmp'))).toEqual([]);

  // 7. Once more: nothing left to do, no request but the hash-keyed journal read.
  const r7 = await run();
  expect(r7.code).toBe(0);
  expect(r7.sent).toEqual([]);
  expect(r7.stderr).toMatch(/done earlier: skipped/);
}, 120_000);

test('a failed clip is reported with exit code 1, and the re-run retries it alone', async () => {
  const [a, b] = [videos[0]!, videos[1]!];
  // The first job of clip A asks the sandbox to fail it.
  proxy.rewrite = (r) => {
    const meta = r.operationName === 'createSingleCamJob' ? String(r.variables!.metadata) : '';
    if (!meta.includes(a.hash)) return undefined;
    proxy.rewrite = undefined;
    return { ...r.variables, metadata: JSON.stringify({ ...(JSON.parse(meta) as object), sandbox: { fail: true } }) };
  };
  const r1 = await run();
  expect(r1.code, r1.stderr).toBe(1);
  expect(r1.stdout).toMatch(/^dance\S*\s+failed\s+job-\S+\s+0\s+job \S+ FAILED$/m);
  expect(r1.stdout).toMatch(/^jump\S*\s+done\s+job-\S+\s+7\s+-$/m);
  expect(r1.stdout).toMatch(/1 of 2 clips failed/);
  expect(journal().clips[a.hash]!.state).toBe('FAILED');

  const r2 = await run(undefined, ['--json']);
  expect(r2.code, r2.stderr).toBe(0);
  expect(count(r2.sent, op('createFile'))).toBe(0);
  expect(count(r2.sent, op('createSingleCamTake'))).toBe(0);
  expect(count(r2.sent, op('createSingleCamJob'))).toBe(1);
  // Only A's outputs are fetched; B's were complete.
  const bFiles = new Set(journal().clips[b.hash]!.outputs!.map((o) => o.name));
  expect(count(r2.sent, download)).toBe(7);
  const result = JSON.parse(r2.stdout) as { failed: number; clips: { hash: string; status: string; outputs: unknown[] }[] };
  expect(result.failed).toBe(0);
  expect(result.clips.map((c) => [c.hash, c.status, c.outputs.length])).toEqual([
    [a.hash, 'done', 7],
    [b.hash, 'done', 7],
  ]);
  expect(bFiles.size).toBe(7);
  const jobs = await sandboxJobs();
  expect(jobs.map((j) => j.state).sort()).toEqual(['FAILED', 'FINISHED', 'FINISHED']);
}, 120_000);

test('bad input exits 2 before any request', async () => {
  const r = await runCli(['process', join(root, 'missing.mp4'), '--out', dir], {
    MOVE_UGC_API_KEY: t.sandbox.apiKey,
    MOVE_UGC_ENDPOINT_URL: proxy.url,
  });
  expect(r.code).toBe(2);
  expect(r.stderr).toMatch(/missing\.mp4: no such file/);
  mkdirSync(join(root, 'folder.mp4'), { recursive: true });
  const folder = await runCli(['process', join(root, 'folder.mp4'), '--out', dir], {
    MOVE_UGC_API_KEY: t.sandbox.apiKey,
    MOVE_UGC_ENDPOINT_URL: proxy.url,
  });
  expect(folder.code).toBe(2);
  expect(folder.stderr).toMatch(/folder\.mp4: not a regular file/);
  const r2 = await runCli(['process', videos[0]!.path, '--out', dir, '--take-type', 'multicam'], {
    MOVE_UGC_API_KEY: t.sandbox.apiKey,
    MOVE_UGC_ENDPOINT_URL: proxy.url,
  });
  expect(r2.code).toBe(2);
  expect(r2.stderr).toMatch(/--take-type must be singlecam/);
  // A typo in --outputs used to be found by the API, after the upload and the take.
  const r3 = await runCli(['process', videos[0]!.path, '--out', dir, '--outputs', 'main_fbx,MAIN_FBXX'], {
    MOVE_UGC_API_KEY: t.sandbox.apiKey,
    MOVE_UGC_ENDPOINT_URL: proxy.url,
  });
  expect(r3.code).toBe(2);
  expect(r3.stderr).toMatch(/--outputs .*MAIN_FBXX/);
  const file = join(root, 'not-a-folder');
  writeFileSync(file, 'x');
  const r4 = await runCli(['process', videos[0]!.path, '--out', file], {
    MOVE_UGC_API_KEY: t.sandbox.apiKey,
    MOVE_UGC_ENDPOINT_URL: proxy.url,
  });
  expect(r4.code).toBe(2);
  expect(r4.stderr).toMatch(/is a file, not a folder/);
  expect(proxy.requests).toEqual([]);
});

test("a file the journal says was being downloaded is the clip's own and is replaced; any other file of that name is kept", async () => {
  const first = await run();
  expect(first.code, first.stderr).toBe(0);
  const path = join(dir, '.move-ugc-journal.json');
  const [hash, clip] = Object.entries(journal().clips)[0]!;
  const last = clip.outputs!.at(-1)!.name;
  // As a kill between the file landing and the journal noting it leaves things.
  const rewound = (extra: Record<string, unknown>) => {
    const j = journal() as Journal & { clips: Record<string, Record<string, unknown>> };
    Object.assign(j.clips[hash]!, { outputs: clip.outputs!.slice(0, -1), complete: false }, extra);
    writeFileSync(path, JSON.stringify(j));
    writeFileSync(join(dir, last), 'half of it');
  };
  rewound({ downloading: last });
  const resumed = await run();
  expect(resumed.code, resumed.stderr).toBe(0);
  expect(readFileSync(join(dir, last), 'utf8')).not.toBe('half of it');
  // Without that note the file may be anyone's: it is left alone and the clip fails, saying why.
  rewound({});
  const refused = await run();
  expect(refused.code).toBe(1);
  expect(refused.stderr).toMatch(/already exists/);
  expect(readFileSync(join(dir, last), 'utf8')).toBe('half of it');
}, 60_000);

test('a second run in the same folder is refused while the first works; a lock left by a killed run is taken over', async () => {
  // This test runner is alive: its pid in the lock stands for a run in progress.
  writeFileSync(join(dir, '.move-ugc-journal.json.lock'), `${process.pid}\n`);
  const busy = await run();
  expect(busy.code).toBe(2);
  expect(busy.stderr).toMatch(new RegExp(`another move-ugc process \\(pid ${process.pid}\\) is working in`));
  expect(busy.sent).toEqual([]);
  // A pid no process has (above Linux's pid_max): the run goes ahead, and removes the lock at its end.
  writeFileSync(join(dir, '.move-ugc-journal.json.lock'), '99999999\n');
  const stale = await run();
  expect(stale.code, stale.stderr).toBe(0);
  expect(readdirSync(dir)).not.toContain('.move-ugc-journal.json.lock');
}, 60_000);

test('temporary journal files that killed runs left are removed on start; other files are kept', async () => {
  const leftovers = ['.move-ugc-journal.json.99999999.tmp', `.move-ugc-journal.json.${process.pid}.tmp`];
  for (const name of leftovers) writeFileSync(join(dir, name), '{"version":1,"cl');
  writeFileSync(join(dir, '.move-ugc-journal.json.bak.tmp'), 'not ours');
  const result = await run();
  expect(result.code, result.stderr).toBe(0);
  const names = readdirSync(dir);
  for (const name of leftovers) expect(names).not.toContain(name);
  expect(names).toContain('.move-ugc-journal.json.bak.tmp');
  expect(journal().clips[videos[0]!.hash]!.complete).toBe(true);
}, 60_000);
