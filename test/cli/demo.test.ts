import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { MoveUgc } from '../../src/index.js';
import { createSandbox } from '../../src/sandbox/index.js';
import { command } from '../helpers/command.js';
import { CLI, runCli } from './run-cli.js';

const dir = mkdtempSync(join(tmpdir(), 'move-ugc-demo-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

test('demo runs the whole flow on an in-process sandbox with no key and no network', async () => {
  const out = join(dir, 'out');
  // A short job: the progress bar the default 4 s leaves time for is the terminal tests' concern (below).
  const r = await runCli(['demo', '--out', out, '--job-duration-ms', '300']);
  expect(r.code, r.stderr).toBe(0);
  const files = readdirSync(out);
  expect(files).toHaveLength(7);
  for (const f of files) expect(statSync(join(out, f)).size).toBeGreaterThan(0);
  expect(r.stdout).toMatch(/finished: 7 outputs downloaded/);
  expect(r.stdout).toMatch(/^FILE\s+SIZE$/m);
  expect(r.stdout).toMatch(/^job-\S+-main_fbx\.fbx\s+\d+(\.\d)? k?B$/m);
  expect(r.stderr).toContain('[5/5] Downloading 7 outputs');
  // Says plainly what the files are; which ones are valid files of their format is read from their bytes.
  expect(r.stdout).toContain('These are sandbox stand-ins, not motion capture of your video.');
  const motion = files.find((f) => f.endsWith('-motion_data.json'))!;
  const validJson = (() => {
    try {
      JSON.parse(readFileSync(join(out, motion), 'utf8'));
      return true;
    } catch {
      return false;
    }
  })();
  if (validJson) expect(r.stdout).toMatch(/Valid files you can open: .*MOTION_DATA \(JSON\)/);
  else expect(r.stdout).toContain('Each file only names the output it stands in for.');
}, 60_000);

test('demo --json prints the file, take, finished job and downloads', async () => {
  const r = await runCli(['demo', '--json', '--out', join(dir, 'json-out'), '--job-duration-ms', '300']);
  expect(r.code, r.stderr).toBe(0);
  const result = JSON.parse(r.stdout) as { job: { state: string }; downloads: { path: string }[] };
  expect(result.job.state).toBe('FINISHED');
  expect(result.downloads).toHaveLength(7);
}, 60_000);

test('Ctrl-C during a download with --no-resume removes the partial file and exits 130', async () => {
  const sandbox = await createSandbox({ downloadBytesPerSecond: 256 * 1024 });
  try {
    const ugc = new MoveUgc({ apiKey: sandbox.apiKey, endpoint: sandbox.url });
    const file = await ugc.files.upload(new Uint8Array(2 * 1024 * 1024), { type: 'mp4' });
    const target = join(dir, 'interrupted.mp4');
    const run = runCli(['files', 'download', file.id, target, '--no-resume'], {
      MOVE_UGC_API_KEY: sandbox.apiKey,
      MOVE_UGC_ENDPOINT_URL: sandbox.url,
    });
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

test('on a terminal the demo draws a live progress bar', async () => {
  // `script` gives the CLI a pseudo-terminal, as a person's shell would.
  const log = join(dir, 'tty.log');
  writeFileSync(log, '');
  await command('script', ['-qfec', `${process.execPath} ${CLI} demo --out ${join(dir, 'tty-out')}`, log], {
    env: { ...process.env, MOVE_UGC_API_KEY: '', NO_COLOR: '', TERM: 'xterm-256color', COLUMNS: '100' },
  });
  const screen = readFileSync(log, 'utf8');
  expect(screen).toMatch(/Processing\s+█+░*\s+\d+%/);
  expect(screen).toMatch(/Upload\s+█+/);
  expect(screen).toContain('\x1b['); // colour and cursor control, only on a terminal
  expect(screen).toContain('outputs downloaded');
}, 60_000);

test('at 80 columns (tmux) every line of the demo fits: progress bars, steps and the summary', async () => {
  // A real terminal emulator of 80 columns: a line longer than that wraps, and -J joins it back.
  const socket = `move-ugc-demo-${process.pid}`;
  const tmux = async (...args: string[]) => (await command('tmux', ['-L', socket, '-f', '/dev/null', ...args])).stdout;
  const cmd = `cd ${dir} && ${process.execPath} ${CLI} demo --out out80; tmux -L ${socket} wait-for -S done; sleep 300`;
  try {
    await tmux(
      'new-session',
      '-d',
      '-x',
      '80',
      '-y',
      '60',
      '-e',
      'COLUMNS=80',
      '-e',
      'MOVE_UGC_API_KEY=',
      '-e',
      'TERM=xterm-256color',
      cmd,
    );
    await tmux('wait-for', 'done');
    const screen = await tmux('capture-pane', '-p', '-J', '-S', '-', '-t', '0');
    const lines = screen.split('\n').map((l) => l.trimEnd());
    const shown = lines.join('\n');
    expect(shown).toContain('outputs downloaded');
    expect(lines.filter((l) => l.length > 80)).toEqual([]);
    expect(shown).toMatch(/^Processing +█+ 100% \| FINISHED$/m);
    expect(shown).toMatch(/^[A-Z_]+ +█+ 100% \| [\d.]+ k?B of [\d.]+ k?B$/m);
    expect(shown).toMatch(/^\[5\/5\] Downloading 7 outputs into out80$/m);
    expect(screen).not.toContain(dir);
  } finally {
    await command('tmux', ['-L', socket, 'kill-server']);
  }
}, 150_000);
