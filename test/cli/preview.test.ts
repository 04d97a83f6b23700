import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { MoveUgc } from '../../src/index.js';
import { createSandbox, type Sandbox } from '../../src/sandbox/index.js';
import { sandboxMotion } from '../../src/sandbox/motion/index.js';
import { finishedJob, previewUrl } from '../helpers/preview.js';
import { RUN, runCli } from './run-cli.js';

const dir = mkdtempSync(join(tmpdir(), 'move-ugc-preview-'));
let sandbox: Sandbox;
let ugc: MoveUgc;
let env: Record<string, string>;

beforeAll(async () => {
  sandbox = await createSandbox({ jobDurationMs: 0 });
  ugc = new MoveUgc({ apiKey: sandbox.apiKey, endpoint: sandbox.url });
  env = { MOVE_UGC_API_KEY: sandbox.apiKey, MOVE_UGC_ENDPOINT_URL: sandbox.url };
});
afterAll(async () => {
  await sandbox.close();
  rmSync(dir, { recursive: true, force: true });
});

/** A raw GET, so the Host header can be anything (fetch will not forge it). */
function get(url: string, host?: string, method = 'GET'): Promise<{ status: number; type: string; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method, headers: host ? { host } : {} }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode!, type: String(res.headers['content-type']), body: Buffer.concat(chunks) }));
    });
    req.on('error', reject).end();
  });
}

describe('move-ugc preview <job-id>', () => {
  test('serves the page, its script and the job’s GLB on 127.0.0.1, nothing else, and stops on Ctrl-C', async () => {
    const id = await finishedJob(ugc, ['MAIN_GLB', 'MAIN_FBX']);
    const run = runCli(['preview', id, '--no-open', '--port', '0'], env);
    const url = await previewUrl(run);
    try {
      const page = await get(url);
      expect(page.status).toBe(200);
      expect(page.body.toString()).toContain('<script type="module" src="viewer.js">');
      const script = await get(`${url}viewer.js`);
      expect(script.type).toMatch(/^text\/javascript/);
      // three.js is inside the bundle: the package does not depend on it.
      expect(script.body.byteLength).toBeGreaterThan(200_000);
      const model = await get(`${url}model.glb`);
      expect(model.type).toBe('model/gltf-binary');
      expect(new Uint8Array(model.body)).toEqual(sandboxMotion().glb);

      expect((await get(`${url}../../etc/passwd`)).status).toBe(404);
      expect((await get(`${url}package.json`)).status).toBe(404);
      expect((await get(url, 'rebound.example:80')).status).toBe(403);
      expect((await get(url, undefined, 'POST')).status).toBe(405);
    } finally {
      run.child.kill('SIGINT');
    }
    const r = await run;
    expect(r.code).toBe(130);
    expect(r.stderr).toContain('Downloaded the MAIN_GLB output of job');
  }, 60_000);

  test('a job without MAIN_GLB: says which outputs to request, exit 1', async () => {
    const id = await finishedJob(ugc, ['MAIN_FBX', 'MOTION_DATA']);
    const r = await runCli(['preview', id, '--no-open'], env);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`Job ${id} has no MAIN_GLB output (it has: main_fbx, motion_data)`);
    expect(r.stderr).toContain('--outputs MAIN_GLB');
  }, 60_000);

  test('a job still running: says to wait, exit 1', async () => {
    const slow = await createSandbox({ jobDurationMs: 60_000 });
    try {
      const client = new MoveUgc({ apiKey: slow.apiKey, endpoint: slow.url });
      const file = await client.files.create({ type: 'mp4' });
      const take = await client.takes.createSingleCam({ sources: [{ fileId: file.id, deviceLabel: 'cam', format: 'MP4' }] });
      const job = await client.jobs.createSingleCam({ takeId: take.id, outputs: ['MAIN_GLB'] });
      const r = await runCli(['preview', job.id, '--no-open'], { MOVE_UGC_API_KEY: slow.apiKey, MOVE_UGC_ENDPOINT_URL: slow.url });
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(new RegExp(`Job ${job.id} is (NOT_STARTED|RUNNING): wait for it \\(\`${RUN} jobs wait ${job.id}\`\\)`));
    } finally {
      await slow.close();
    }
  }, 60_000);
});

describe('move-ugc preview <file.glb>: bad input is refused before anything is served', () => {
  test.each([
    ['a missing file', () => join(dir, 'missing.glb'), /cannot read \S+missing\.glb: no such file/],
    [
      'a file that is not a GLB',
      () => {
        const path = join(dir, 'fake.glb');
        writeFileSync(path, 'move-ugc sandbox stand-in');
        return path;
      },
      /fake\.glb is not a GLB \(binary glTF 2\.0\) file/,
    ],
  ])('%s: exit 2', async (_name, path, message) => {
    const r = await runCli(['preview', path(), '--no-open']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stdout).toBe('');
  });

  test('a folder with no .glb in it: exit 2', async () => {
    const empty = join(dir, 'empty-folder');
    mkdirSync(empty);
    const r = await runCli(['preview', empty, '--no-open']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('holds no .glb file');
  });

  test('a port out of range: exit 2', async () => {
    const r = await runCli(['preview', 'x.glb', '--port', '70000', '--no-open']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--port must be a whole number from 0 to 65535, got 70000');
  });
});

test('the demo ends with a preview command that plays the GLB it downloaded', async () => {
  const cwd = join(dir, 'demo');
  mkdirSync(cwd);
  const demo = await runCli(['demo', '--job-duration-ms', '300'], {}, cwd);
  expect(demo.code, demo.stderr).toBe(0);
  // The folder the demo downloaded into: the job id in the file's name would not fit 80 columns.
  const command = /See the motion: npx move-ugc (preview (\S+))\n$/.exec(demo.stdout);
  expect(command, demo.stdout).not.toBeNull();
  const glbs = readdirSync(join(cwd, command![2]!)).filter((name) => name.endsWith('.glb'));
  expect(glbs).toHaveLength(1);
  const run = runCli([...command![1]!.split(' '), '--no-open', '--port', '0'], {}, cwd);
  try {
    const model = await get(`${await previewUrl(run)}model.glb`);
    expect(new Uint8Array(model.body)).toEqual(new Uint8Array(readFileSync(join(cwd, command![2]!, glbs[0]!))));
    expect(new Uint8Array(model.body)).toEqual(sandboxMotion().glb);
  } finally {
    run.child.kill('SIGINT');
  }
  expect((await run).code).toBe(130);
}, 60_000);
