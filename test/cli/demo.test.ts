import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { MoveUgc } from '../../src/index.js';
import { createSandbox } from '../../src/sandbox/index.js';
import { CLI, runCli } from './run-cli.js';

const dir = mkdtempSync(join(tmpdir(), 'move-ugc-demo-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

test('demo runs the whole flow on an in-process sandbox with no key and no network', async () => {
  const out = join(dir, 'out');
  const r = await runCli(['demo', '--out', out]);
  expect(r.code, r.stderr).toBe(0);
  const files = readdirSync(out);
  expect(files).toHaveLength(7);
  for (const f of files) expect(statSync(join(out, f)).size).toBeGreaterThan(0);
  expect(r.stdout).toMatch(/finished: 7 outputs downloaded/);
  expect(r.stdout).toMatch(/^OUTPUT\s+FORMAT\s+SIZE\s+PATH$/m);
  expect(r.stdout).toMatch(/^main_fbx\s+fbx\s+\d+ B\s+\S+main_fbx\.fbx$/m);
  expect(r.stderr).toContain('[5/5] Downloading 7 outputs');
}, 60_000);

test('demo --json prints the file, take, finished job and downloads', async () => {
  const r = await runCli(['demo', '--json', '--out', join(dir, 'json-out')]);
  expect(r.code, r.stderr).toBe(0);
  const result = JSON.parse(r.stdout) as { job: { state: string }; downloads: { path: string }[] };
  expect(result.job.state).toBe('FINISHED');
  expect(result.downloads).toHaveLength(7);
}, 60_000);

test('Ctrl-C during a download removes the partial file and exits 130', async () => {
  const sandbox = await createSandbox({ downloadBytesPerSecond: 256 * 1024 });
  try {
    const ugc = new MoveUgc({ apiKey: sandbox.apiKey, endpoint: sandbox.url });
    const file = await ugc.files.upload(new Uint8Array(2 * 1024 * 1024), { type: 'mp4' });
    const target = join(dir, 'interrupted.mp4');
    const run = runCli(['files', 'download', file.id, target], { MOVE_UGC_API_KEY: sandbox.apiKey, MOVE_UGC_ENDPOINT_URL: sandbox.url });
    // Interrupt once bytes are flowing (the plain progress line shows the first tenth arrived).
    await new Promise<void>((resolve) => run.child.stderr!.on('data', (d: Buffer) => d.toString().includes('Download:') && resolve()));
    expect(readdirSync(dir).some((f) => f.startsWith('.move-ugc-') && f.endsWith('.part'))).toBe(true);
    run.child.kill('SIGINT');
    const r = await run;
    expect(r.code).toBe(130);
    expect(r.stderr).toContain('interrupted');
    expect(readdirSync(dir).filter((f) => f.includes('interrupted') || f.endsWith('.part'))).toEqual([]);
  } finally {
    await sandbox.close();
  }
}, 60_000);

test('on a terminal the demo draws a live progress bar', () => {
  // `script` gives the CLI a pseudo-terminal, as a person's shell would.
  const log = join(dir, 'tty.log');
  writeFileSync(log, '');
  execFileSync('script', ['-qfec', `${process.execPath} ${CLI} demo --out ${join(dir, 'tty-out')}`, log], {
    env: { ...process.env, MOVE_UGC_API_KEY: '', NO_COLOR: '', TERM: 'xterm-256color', COLUMNS: '100' },
    stdio: 'ignore',
    timeout: 60_000,
  });
  const screen = execFileSync('cat', [log], { encoding: 'utf8' });
  expect(screen).toMatch(/Processing\s+█+░*\s+\d+%/);
  expect(screen).toMatch(/Upload\s+█+/);
  expect(screen).toContain('\x1b['); // colour and cursor control, only on a terminal
  expect(screen).toContain('outputs downloaded');
}, 60_000);
