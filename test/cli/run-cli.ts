import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const CLI = fileURLToPath(new URL('../../dist/cli.js', import.meta.url));
/** How hints name the CLI in these runs: dist/cli.js is not the `move-ugc` on PATH (see test/cli/hints.test.ts). */
export const RUN = 'npx move-ugc';

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the built CLI (`npm test` builds first) as a user would, with only the environment given (no inherited key). */
export function runCli(args: string[], env: Record<string, string> = {}, cwd?: string): Promise<CliResult> & { child: ChildProcess } {
  const base = { ...process.env };
  // npm_command (set when vitest runs under npm or npx) would change how hints name the CLI.
  for (const name of ['MOVE_UGC_API_KEY', 'MOVE_UGC_ENDPOINT_URL', 'MOVE_UGC_LOG', 'FORCE_COLOR', 'NO_COLOR', 'COLUMNS', 'npm_command'])
    delete base[name];
  const child = spawn(process.execPath, [CLI, ...args], { env: { ...base, ...env }, cwd, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const done = new Promise<CliResult>((resolve) => child.on('close', (code) => resolve({ code, stdout, stderr })));
  return Object.assign(done, { child });
}
