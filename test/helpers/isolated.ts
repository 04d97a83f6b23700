import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/**
 * Runs `script` (an ES module importing `./dist/index.js`, which `npm test` builds first) in a
 * Node process of its own. A test that counts timers or handles counts them there: in the test's
 * own process vitest, its RPC and other tests hold timers too, so such a count is not the SDK's.
 * `send` posts a message the script receives with `process.on('message')`; the script answers
 * with `process.send`.
 */
export function isolated(script: string): {
  child: ChildProcess;
  send(message: unknown): void;
  /** The next message the script sends. */
  next<T>(): Promise<T>;
  /** `promise`, or the script's stderr as an error if it exits first (not a wait until the test's timeout). */
  alive<T>(promise: Promise<T>): Promise<T>;
  /** Resolves with the exit code and everything printed, once the process has exited. */
  exit: Promise<{ code: number | null; stdout: string; stderr: string }>;
} {
  const child = spawn(process.execPath, ['--input-type=module', '-e', script], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe', 'ipc'] });
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
  const queue: unknown[] = [];
  const waiting: ((m: unknown) => void)[] = [];
  child.on('message', (m) => (waiting.length ? waiting.shift()!(m) : queue.push(m)));
  const exit = new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) =>
    child.on('close', (code) => resolve({ code, stdout, stderr })),
  );
  const died = exit.then(({ code, stderr: err }) => Promise.reject(new Error(`the script exited (${code}) before answering: ${err}`)));
  died.catch(() => undefined);
  return {
    child,
    send: (message) => child.send(message as object),
    next: <T>() =>
      queue.length
        ? Promise.resolve(queue.shift() as T)
        : Promise.race([new Promise<T>((resolve) => waiting.push(resolve as (m: unknown) => void)), died]),
    alive: (promise) => Promise.race([promise, died]),
    exit,
  };
}

/** Script source for counting the ref'd timers of the process it runs in. */
export const COUNT_TIMEOUTS = `const timeouts = () => process.getActiveResourcesInfo().filter((r) => r === 'Timeout').length;`;
