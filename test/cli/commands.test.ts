import { mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createSandbox, type Sandbox } from '../../src/sandbox/index.js';
import { json as answer, startFaultServer } from '../helpers/fault-server.js';
import { runCli } from './run-cli.js';

let sandbox: Sandbox;
let env: Record<string, string>;
const dir = mkdtempSync(join(tmpdir(), 'move-ugc-cli-'));
beforeAll(async () => {
  sandbox = await createSandbox({ jobDurationMs: 200 });
  env = { MOVE_UGC_API_KEY: sandbox.apiKey, MOVE_UGC_ENDPOINT_URL: sandbox.url };
});
afterAll(async () => {
  await sandbox.close();
  rmSync(dir, { recursive: true, force: true });
});

async function json<T = Record<string, unknown>>(args: string[]): Promise<T> {
  const r = await runCli([...args, '--json'], env);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return JSON.parse(r.stdout) as T;
}

describe('--json prints exactly the API objects', { timeout: 120_000 }, () => {
  let fileId: string;
  let takeId: string;
  let jobId: string;

  test('files: upload, get, update, share, download', async () => {
    const video = join(dir, 'clip.mp4');
    writeFileSync(video, Buffer.alloc(50_000, 7));
    const file = await json<{ id: string; type: string; name: string }>(['files', 'upload', video]);
    expect(file).toMatchObject({ type: 'mp4', name: 'clip.mp4' });
    fileId = file.id;
    const withClient = await json<{ id: string; client: { name: string } }>(['files', 'get', fileId, '--expand', 'client']);
    expect(withClient.id).toBe(fileId);
    expect(typeof withClient.client.name).toBe('string');
    expect(await json(['files', 'update', fileId, '--metadata', '{"a":1}'])).toMatchObject({ id: fileId, metadata: { a: 1 } });
    const share = await json<{ code: string; url: string }>(['files', 'share', fileId]);
    expect(share.code.length).toBeGreaterThan(0);
    expect(share.url).toMatch(/^http/);
    const target = join(dir, 'copy.mp4');
    expect(await json(['files', 'download', fileId, target])).toMatchObject({ path: target, bytes: 50_000 });
    expect(statSync(target).size).toBe(50_000);
    // Again onto the same path: refused, and the flag that would replace it is named.
    const again = await runCli(['files', 'download', fileId, target], env);
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/copy\.mp4 already exists \(pass --overwrite to replace it\)/);
  });

  test('takes: create, get, list, update', async () => {
    const take = await json<{ id: string; takeType: string }>(['takes', 'create', '--source', `${fileId}:MP4:phone`, '--name', 'cli take']);
    expect(take.takeType).toBe('SINGLE_CAM');
    takeId = take.id;
    expect(await json(['takes', 'get', takeId, '--expand', 'sources'])).toMatchObject({
      sources: [{ deviceLabel: 'phone', format: 'MP4' }],
    });
    const page = await json<{ items: { id: string }[]; nextToken: string | null }>(['takes', 'list', '--limit', '5']);
    expect(page.items.map((t) => t.id)).toContain(takeId);
    expect(await json(['takes', 'update', takeId, '--name', 'renamed'])).toMatchObject({ name: 'renamed' });
  });

  test('jobs: create, get, list, update, wait, download', async () => {
    const job = await json<{ id: string; state: string }>([
      'jobs',
      'create',
      takeId,
      '--outputs',
      'MAIN_FBX,RENDER_VIDEO',
      '--metadata',
      '{"k":[1]}',
    ]);
    jobId = job.id;
    expect(await json(['jobs', 'get', jobId, '--expand', 'take'])).toMatchObject({ id: jobId, take: { id: takeId }, metadata: { k: [1] } });
    expect(await json(['jobs', 'update', jobId, '--metadata', '{}'])).toMatchObject({ metadata: {} });
    const all = await json<{ id: string }[]>(['jobs', 'list', '--take-id', takeId, '--all']);
    expect(all.map((j) => j.id)).toEqual([jobId]);
    const done = await json<{ state: string; outputs: unknown[] }>(['jobs', 'wait', jobId, '--interval-ms', '50']);
    expect(done.state).toBe('FINISHED');
    expect(done.outputs).toHaveLength(2);
    const out = join(dir, 'outputs');
    const files = await json<{ key: string; path: string; bytes: number }[]>(['jobs', 'download', jobId, '--out', out]);
    expect(files.map((f) => f.key).sort()).toEqual(['main_fbx', 'render_video']);
    expect(readdirSync(out).sort()).toEqual(files.map((f) => f.path.slice(out.length + 1)).sort());
  });

  test('volumes, rigs, camera settings, client, webhooks', async () => {
    // Five independent chains of commands, side by side: each CLI run is a process start.
    await Promise.all([
      (async () => {
        const volume = await json<{ id: string }>([
          'volumes',
          'create',
          '--source',
          `${fileId}:MP4:a`,
          '--source',
          `${fileId}:MP4:b`,
          '--human-height',
          '1.8',
        ]);
        expect(await json(['volumes', 'get', volume.id])).toMatchObject({ id: volume.id, humanHeight: 1.8, areaType: 'NORMAL' });
        expect((await json<{ items: { id: string }[] }>(['volumes', 'list'])).items.map((v) => v.id)).toContain(volume.id);
      })(),
      (async () => expect(await json<{ name: string }[]>(['rigs', 'list'])).toContainEqual({ name: 'move_mo' }))(),
      (async () => expect((await json<{ lens: string }[]>(['camera-settings', 'list'])).length).toBeGreaterThan(0))(),
      (async () => {
        expect(await json(['client', 'update', '--metadata', '{"team":"cli"}'])).toMatchObject({ metadata: { team: 'cli' } });
        expect(await json(['client', 'get'])).toMatchObject({ metadata: { team: 'cli' } });
      })(),
      (async () => {
        const hook = await json(['webhooks', 'upsert', 'hook-1', 'https://example.com/hook', '--events', 'ugc.job.state.completed']);
        expect(hook).toMatchObject({ uid: 'hook-1', url: 'https://example.com/hook', events: ['ugc.job.state.completed'] });
      })(),
    ]);
  });

  test('human output is an aligned table off a terminal, without colour', async () => {
    const r = await runCli(['jobs', 'list', '--take-id', takeId], env);
    expect(r.code).toBe(0);
    const [header, row] = r.stdout.split('\n');
    expect(header).toMatch(/^ID\s+NAME\s+STATE\s+PROGRESS\s+CREATED$/);
    expect(row).toContain(jobId);
    expect(header!.indexOf('STATE')).toBe(row!.indexOf('FINISHED'));
    expect(r.stdout).not.toContain('\x1b[');
  });
});

describe('errors and exit codes', { timeout: 120_000 }, () => {
  test('a usage error exits 2 and shows the command help', async () => {
    // Digits only: Number() read "0x10" as 16 and " 5" as 5.
    const loose = ['0x10', ' 5', '1e3'];
    // Started side by side: each CLI run is a process start.
    const [r, unknown, clip, port, ...looseRuns] = await Promise.all([
      runCli(['jobs', 'list', '--limit', '0'], env),
      runCli(['jobs', 'frobnicate'], env),
      runCli(['jobs', 'create', 'take-1', '--clip', '5:1'], env),
      runCli(['sandbox', '--port', '99999'], env),
      ...loose.map((limit) => runCli(['jobs', 'list', '--limit', limit], env)),
    ]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--limit must be a whole number from 1 to 2147483647');
    expect(r.stderr).toContain('Usage: move-ugc jobs list');
    expect(unknown.code).toBe(2);
    expect(looseRuns).toHaveLength(loose.length);
    for (const run of looseRuns) {
      expect(run.code).toBe(2);
      expect(run.stderr).toContain('--limit must be a whole number');
    }
    expect(clip.code).toBe(2);
    expect(clip.stderr).toContain('--clip must end after it starts, got 5:1');
    expect(port.code).toBe(2);
    expect(port.stderr).toContain('--port must be a whole number from 1 to 65535, got 99999');
  });

  test('bad input caught by the SDK is a usage error too, naming the field', async () => {
    const r = await runCli(['jobs', 'create', 'take-1', '--expand', 'bogus'], env);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^error: --expand: must be one of client, take, outputs, rig, inputs; got "bogus"/);
    const listed = await runCli(['jobs', 'list', '--expand', 'take,bogus'], env);
    expect(listed.code).toBe(2);
    expect(listed.stderr).toMatch(/^error: --expand: must be one of .*; got "bogus"\n/);
    expect(r.stderr).toContain('Usage: move-ugc jobs create [options] <takeId>');
  });

  test('an API error exits 1 with one line and never prints the key', async () => {
    const key = 'wrong-key-but-long-enough';
    // Started side by side: each CLI run is a process start.
    const [r, file, denied, pasted] = await Promise.all([
      runCli(['jobs', 'get', 'job-missing'], env),
      runCli(['files', 'get', 'file-nope'], env),
      runCli(['jobs', 'list', '--api-key', key], { MOVE_UGC_ENDPOINT_URL: sandbox.url }),
      runCli(['jobs', 'list', '--api-key', key, '--endpoint', `api.example.com/graphql?key=${key}`], {}),
    ]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/^error: .*not found.*\(check the id: `npx move-ugc jobs list` shows existing ones\)\n$/i);
    // No `files list` exists to point at.
    expect(file.code).toBe(1);
    expect(file.stderr).toMatch(/^error: .*not found.*\(check the id\)\n$/i);
    expect(denied.code).toBe(1);
    // One sentence: the API's refusal, then where the key came from (not the SDK's "Check the API key." too).
    expect(denied.stderr).toMatch(/^error: .*: check MOVE_UGC_API_KEY or --api-key\n$/);
    expect(denied.stderr).not.toMatch(/Check the API key|\(check/);
    expect(denied.stderr + denied.stdout).not.toContain(key);
    // A long Retry-After is told as the API's own wait, not "a little".
    const limited = await startFaultServer([answer(429, { errors: [{ message: 'Rate exceeded' }] }, { 'retry-after': '3600' })]);
    try {
      const r429 = await runCli(['jobs', 'get', 'job-1'], { MOVE_UGC_API_KEY: key, MOVE_UGC_ENDPOINT_URL: limited.url });
      expect(r429.code).toBe(1);
      expect(r429.stderr).toContain('the API asks to wait 3600 s before trying again');
    } finally {
      await limited.close();
    }
    // A key pasted into a malformed endpoint is not echoed back in the error.
    expect(pasted.code).toBe(2);
    expect(pasted.stderr).toMatch(/endpoint must be an absolute URL/);
    expect(pasted.stderr).not.toContain(key);
  });

  test('NO_COLOR wins over FORCE_COLOR', async () => {
    const coloured = await runCli(['jobs', 'get', 'job-missing'], { ...env, FORCE_COLOR: '1' });
    expect(coloured.stderr).toContain('\x1b[31m');
    const plain = await runCli(['jobs', 'get', 'job-missing'], { ...env, FORCE_COLOR: '1', NO_COLOR: '1' });
    expect(plain.stderr).not.toContain('\x1b[');
  });
});
