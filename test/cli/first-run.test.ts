import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startSandbox, type TestSandbox } from '../helpers/sandbox.js';
import { RUN, runCli } from './run-cli.js';

// Issue 15: what a newcomer meets in the first ten minutes, run as they would run it.

let quick: TestSandbox;
// Jobs on this one stay RUNNING for the whole test file.
let slow: TestSandbox;
let env: Record<string, string>;
let slowEnv: Record<string, string>;
const dir = mkdtempSync(join(tmpdir(), 'move-ugc-first-run-'));
const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };

beforeAll(async () => {
  quick = await startSandbox({ jobDurationMs: 0 });
  slow = await startSandbox({ jobDurationMs: 10 * 60_000 });
  env = { MOVE_UGC_API_KEY: quick.sandbox.apiKey, MOVE_UGC_ENDPOINT_URL: quick.sandbox.url };
  slowEnv = { MOVE_UGC_API_KEY: slow.sandbox.apiKey, MOVE_UGC_ENDPOINT_URL: slow.sandbox.url };
});
afterAll(async () => {
  await Promise.all([quick.sandbox.close(), slow.sandbox.close()]);
  rmSync(dir, { recursive: true, force: true });
});

async function ok(args: string[], e = env): Promise<string> {
  const r = await runCli(args, e);
  expect(r.code, r.stderr).toBe(0);
  return r.stdout;
}

async function createdId(args: string[], e = env): Promise<string> {
  return (JSON.parse(await ok([...args, '--json'], e)) as { id: string }).id;
}

describe('version and help', { timeout: 120_000 }, () => {
  test('help piped into a reader that has already gone (`| true`) ends quietly: exit 0, no stack', () => {
    const cli = new URL('../../dist/cli.js', import.meta.url).pathname;
    // `true` exits before node has started, so every write meets a closed pipe (EPIPE).
    const r = spawnSync('bash', ['-c', `"${process.execPath}" "${cli}" jobs create --help | true; exit \${PIPESTATUS[0]}`], {
      encoding: 'utf8',
    });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
  });

  test('--version and -V print the package version and exit 0', async () => {
    for (const flag of ['--version', '-V']) {
      const r = await runCli([flag]);
      expect(r).toMatchObject({ code: 0, stdout: `${pkg.version}\n`, stderr: '' });
    }
  });

  test('a subcommand help shows the global options; jobs create lists every output type and the default', async () => {
    const help = await ok(['jobs', 'create', '--help'], {});
    const globals = help.slice(help.indexOf('Global Options:'));
    expect(help).toContain('Global Options:');
    for (const option of ['--json', '--api-key <key>', '--endpoint <url>']) expect(globals).toContain(option);
    const outputs = help.slice(help.indexOf('--outputs'), help.indexOf('--clip')).replace(/\s+/g, ' ');
    for (const type of ['MAIN_FBX', 'MAIN_GLB', 'MOTION_DATA', 'RENDER_OVERLAY_VIDEO', 'SYNC_DATA']) expect(outputs).toContain(type);
    expect(outputs).toMatch(/any case/);
    expect(outputs).toMatch(/default: .*RENDER_VIDEO, MAIN_FBX/);
    expect(await ok(['takes', 'list', '--help'], {})).toMatch(/Global Options:[\s\S]*--endpoint/);
  });
});

describe('setup mistakes', { timeout: 120_000 }, () => {
  test('no key: one or two lines saying how to set MOVE_UGC_API_KEY, exit 2, no help dump', async () => {
    const r = await runCli(['jobs', 'list']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    const lines = r.stderr.trim().split('\n');
    expect(lines.length).toBeLessThanOrEqual(2);
    expect(lines[0]).toMatch(/^error: no API key: run `export MOVE_UGC_API_KEY=/);
    expect(r.stderr).not.toMatch(/Usage:|Options:/);
  });

  test('a malformed key names where it came from, never the key itself', async () => {
    const r = await runCli(['jobs', 'list', '--api-key', 'abc']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^error: the API key in --api-key must be .*characters/);
    expect(r.stderr).not.toContain('abc');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });

  test('uploading a folder or a missing file says so and sends nothing', async () => {
    const before = quick.sandbox.requestCount;
    const folder = await runCli(['files', 'upload', dir], env);
    expect(folder.code).toBe(2);
    expect(folder.stderr).toBe(`error: ${dir} is a folder: give the path of a video file inside it\n`);
    const missing = await runCli(['files', 'upload', join(dir, 'nope.mp4')], env);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toBe(`error: ${join(dir, 'nope.mp4')} does not exist\n`);
    expect(quick.sandbox.requestCount).toBe(before);
  });

  test('downloading into a missing folder blames the folder, not the network', async () => {
    const video = join(dir, 'clip.mp4');
    writeFileSync(video, Buffer.alloc(1000, 1));
    const fileId = await createdId(['files', 'upload', video]);
    const target = join(dir, 'nodir', 'x.mp4');
    const r = await runCli(['files', 'download', fileId, target], env);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^error: the folder .*nodir does not exist: create it first \(mkdir -p .*nodir\)\n$/);
    expect(r.stderr).not.toMatch(/network|endpoint|ENOENT/);
    expect(existsSync(join(dir, 'nodir'))).toBe(false);
  });

  test('--out that is a file, or inside one, is told as a local problem', async () => {
    const takeId = await quick.singleCamTake();
    const jobId = await createdId(['jobs', 'create', takeId, '--outputs', 'main_fbx']);
    await ok(['jobs', 'wait', jobId, '--interval-ms', '20']);
    const file = join(dir, 'afile');
    writeFileSync(file, 'x');
    const onFile = await runCli(['jobs', 'download', jobId, '--out', file], env);
    expect(onFile.code).toBe(2);
    expect(onFile.stderr).toMatch(/^error: \S*afile is a file, not a folder: choose another --out\n$/);
    const inside = await runCli(['jobs', 'download', jobId, '--out', join(file, 'sub')], env);
    expect([1, 2]).toContain(inside.code);
    expect(inside.stderr).toMatch(/^error: \S*afile\/sub is not inside a folder \(a part of the path is a file\)\n$/);
    expect(inside.stderr).not.toMatch(/network|endpoint/);
    expect(readFileSync(file, 'utf8')).toBe('x');
  });
});

describe('enum values in any case, printed in one spelling', { timeout: 120_000 }, () => {
  test('--outputs main_fbx and --source …:mp4 are accepted; output types print as MAIN_FBX', async () => {
    writeFileSync(join(dir, 'enum.mp4'), Buffer.alloc(1000, 2));
    const fileId = await createdId(['files', 'upload', join(dir, 'enum.mp4')]);
    const takeId = await createdId(['takes', 'create', '--source', `${fileId}:mp4:phone`]);
    const take = JSON.parse(await ok(['takes', 'get', takeId, '--expand', 'sources', '--json'])) as { sources: { format: string }[] };
    expect(take.sources[0]!.format).toBe('MP4');
    const jobId = await createdId(['jobs', 'create', takeId, '--outputs', 'main_fbx,Render_Video']);
    await ok(['jobs', 'wait', jobId, '--interval-ms', '20']);
    const table = await ok(['jobs', 'list', '--take-id', takeId, '--expand', 'outputs', '--sort', 'asc']);
    expect(table).toMatch(/\bMAIN_FBX,RENDER_VIDEO\b/);
    expect(table).not.toMatch(/main_fbx/);
    const bad = await runCli(['jobs', 'create', takeId, '--outputs', 'main_pdf'], env);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--outputs: main_pdf is not one of ALL_BLEND, .*MAIN_FBX.* \(any case\)/);
  });
});

describe('--expand shows the expanded columns in list tables', { timeout: 120_000 }, () => {
  test('jobs, takes', async () => {
    const takeId = await quick.singleCamTake();
    const jobId = await createdId(['jobs', 'create', takeId]);
    const jobs = (await ok(['jobs', 'list', '--take-id', takeId, '--expand', 'take,rig'])).split('\n');
    expect(jobs[0]).toMatch(/^ID\s+NAME\s+STATE\s+PROGRESS\s+CREATED\s+TAKE\s+RIG$/);
    expect(jobs[1]).toContain(jobId);
    expect(jobs[1]).toContain(takeId);
    const takes = (await ok(['takes', 'list', '--limit', '1', '--expand', 'sources'])).split('\n');
    expect(takes[0]).toMatch(/\bSOURCES$/);
    expect(takes[1]).toMatch(/\bcam$/);
  });
});

describe('honest messages about jobs', { timeout: 120_000 }, () => {
  test('a FAILED job: wait and download say it failed, in CLI words', async () => {
    const takeId = await quick.singleCamTake();
    const jobId = await createdId(['jobs', 'create', takeId, '--metadata', '{"sandbox":{"fail":true}}']);
    for (const args of [
      ['jobs', 'wait', jobId, '--interval-ms', '20'],
      ['jobs', 'download', jobId, '--out', join(dir, 'failed')],
    ]) {
      const r = await runCli(args, env);
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(new RegExp(`error: job ${jobId} FAILED on the server.*no outputs`));
      expect(r.stderr).not.toMatch(/ugc\.|wait for it/);
    }
    expect(existsSync(join(dir, 'failed'))).toBe(false);
  });

  test('downloading a job still running says to wait for it with the CLI', async () => {
    const jobId = await createdId(['jobs', 'create', await slow.singleCamTake()], slowEnv);
    const r = await runCli(['jobs', 'download', jobId, '--out', join(dir, 'running')], slowEnv);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(new RegExp(`is (NOT_STARTED|RUNNING).*not FINISHED yet: run \`${RUN} jobs wait ${jobId}\` first`));
    expect(r.stderr).not.toContain('ugc.');
  });

  test('--timeout-ms: the user’s own limit was hit, and the job is still on the server', async () => {
    const jobId = await createdId(['jobs', 'create', await slow.singleCamTake()], slowEnv);
    const r = await runCli(['jobs', 'wait', jobId, '--timeout-ms', '1'], slowEnv);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/stopped waiting after 1 ms \(your --timeout-ms\): job \S+ is still (NOT_STARTED|RUNNING) on the server/);
    expect(r.stderr).toContain(`Wait again with \`${RUN} jobs wait ${jobId}\``);
    expect(r.stderr).not.toMatch(/slow|try again/);
  });

  test('Ctrl-C while waiting: the job continues on the server, and how to resume; exit 130', async () => {
    const jobId = await createdId(['jobs', 'create', await slow.singleCamTake()], slowEnv);
    const run = runCli(['jobs', 'wait', jobId, '--interval-ms', '60000'], slowEnv);
    // The first poll's progress line shows the wait is under way.
    await new Promise<void>((resolve) => run.child.stderr!.on('data', (d: Buffer) => d.toString().includes('Processing:') && resolve()));
    run.child.kill('SIGINT');
    const r = await run;
    expect(r.code).toBe(130);
    expect(r.stderr).toContain(`job ${jobId} continues on the server`);
    expect(r.stderr).toContain(`Resume with \`${RUN} jobs wait ${jobId}\``);
    expect(r.stderr).not.toMatch(/cancelled|error:/);
    const job = JSON.parse(await ok(['jobs', 'get', jobId, '--json'], slowEnv)) as { state: string };
    expect(['NOT_STARTED', 'RUNNING']).toContain(job.state);
  });
});
