import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { startSandbox, type TestSandbox } from '../helpers/sandbox.js';
import { runCli } from './run-cli.js';

// Ctrl-C twice, a few ms apart, during `files download --no-resume`: the second one exits at once,
// and the partial download goes with the process all the same (the library's 'exit' hook). It used
// to leave `.move-ugc-*.part` behind in about 7 runs of 8, or die of the signal's default action.
// By default the CLI resumes: the part stays, and the same command run again finishes it.

let t: TestSandbox;
let fileId: string;
beforeAll(async () => {
  t = await startSandbox({ downloadBytesPerSecond: 20_000 });
  fileId = (
    await t.ugc.files.upload(
      new Uint8Array(200_000).map((_, i) => i % 251),
      { type: 'mp4' },
    )
  ).id;
});
afterAll(() => t.sandbox.close());

/** Starts a slow `files download` in a fresh folder and resolves once bytes flow (the temporary file exists). */
async function downloading(prefix: string, extra = ['--no-resume'], given?: string) {
  const dir = given ?? (await mkdtemp(join(tmpdir(), prefix)));
  const run = runCli(
    ['files', 'download', fileId, 'out.mp4', ...extra],
    { MOVE_UGC_API_KEY: t.sandbox.apiKey, MOVE_UGC_ENDPOINT_URL: t.sandbox.url, NO_COLOR: '1' },
    dir,
  );
  let output = '';
  for (const stream of [run.child.stdout!, run.child.stderr!]) stream.on('data', (d: Buffer) => (output += d.toString()));
  while (!/Download: [1-9]/.test(output) && run.child.exitCode === null) await new Promise((resolve) => setTimeout(resolve, 20));
  return { dir, run };
}

test.each([0, 3, 10, 30])('two Ctrl-C %i ms apart leave no file behind', async (gap) => {
  const { dir, run } = await downloading('move-ugc-cli-sigint-');
  try {
    run.child.kill('SIGINT');
    setTimeout(() => run.child.kill('SIGINT'), gap);
    const result = await run;
    // 130 from the CLI, or the signal itself when the second lands as the process is already exiting.
    expect([130, null]).toContain(result.code);
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(await readdir(dir)).toEqual([]);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

// `kill`, `timeout`, docker and systemd stop a process with SIGTERM, whose default action skipped every cleanup.
test.each([
  ['SIGTERM', 143],
  ['SIGHUP', 129],
] as const)('%s during a download exits %d (128 + the signal) and leaves no file behind', async (signal, code) => {
  const { dir, run } = await downloading('move-ugc-cli-sigterm-');
  try {
    run.child.kill(signal);
    const result = await run;
    expect(result.code).toBe(code);
    expect(result.stderr).toMatch(/interrupted/);
    expect(await readdir(dir)).toEqual([]);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

test('by default an interrupted download keeps its part, and the same command finishes it', async () => {
  const { dir, run } = await downloading('move-ugc-cli-resume-', []);
  try {
    run.child.kill('SIGINT');
    expect((await run).code).toBe(130);
    const left = await readdir(dir);
    expect(left.filter((n) => n.endsWith('.part'))).toHaveLength(1);
    expect(left).not.toContain('out.mp4');
    const again = await downloading('', [], dir).then(({ run }) => run);
    expect(again.code, again.stderr).toBe(0);
    expect((await readFile(join(dir, 'out.mp4'))).equals(Buffer.from(new Uint8Array(200_000).map((_, i) => i % 251)))).toBe(true);
    expect((await readdir(dir)).filter((n) => n.startsWith('.move-ugc-'))).toEqual([]);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}, 60_000);
