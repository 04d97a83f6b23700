import { spawn, type SpawnOptions } from 'node:child_process';

export interface CommandResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs a command and resolves with how it ended, as spawnSync would, without blocking: a test
 * that waits synchronously on a slow command (a build, a type check, the demo) keeps vitest's
 * worker from answering its runner, whose 60 s RPC timeout then fails the run ("Timeout calling
 * onTaskUpdate") although every test passed.
 */
export function command(cmd: string, args: readonly string[], options: SpawnOptions & { timeout?: number } = {}): Promise<CommandResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { ...options, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}
