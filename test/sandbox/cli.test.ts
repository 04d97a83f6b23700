import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, test } from 'vitest';

// Issue 13 items 13 and 14, from a terminal: `move-ugc sandbox` (also `npm run sandbox`)
// keep a chosen key across restarts and take --fault flags. Runs the build (`npx tsup`).

const CLI = fileURLToPath(new URL('../../dist/cli.js', import.meta.url));
const running: ChildProcess[] = [];
afterEach(async () => {
  await Promise.all(running.splice(0).map(stop));
});

async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as { port: number };
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

/** Starts a sandbox process and resolves with its URL and key once it says them. */
function start(args: string[], env: Record<string, string> = {}): Promise<{ url: string; key: string }> {
  const child = spawn(process.execPath, args, { env: { ...process.env, MOVE_UGC_API_KEY: '', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  running.push(child);
  let out = '';
  return new Promise((resolve, reject) => {
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      out += chunk;
      const url = /MOVE_UGC_ENDPOINT_URL=(\S+)/.exec(out)?.[1];
      const key = /MOVE_UGC_API_KEY=(\S+)/.exec(out)?.[1];
      if (url && key) resolve({ url, key });
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (out += chunk));
    child.once('exit', (code) => reject(new Error(`sandbox exited (${code}) before it was ready:\n${out}`)));
  });
}

/** Runs a command to its end: its exit code and output. */
function run(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, args, {
    env: { ...process.env, MOVE_UGC_API_KEY: '', COLUMNS: '80' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  running.push(child);
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
  child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
  return new Promise((resolve) => child.once('close', (code) => resolve({ code, stdout, stderr })));
}

function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}

async function status(url: string, key: string, query = '{ client { id } }'): Promise<number> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: key },
    body: JSON.stringify({ query }),
  });
  await res.body?.cancel();
  return res.status;
}

describe.skipIf(!existsSync(CLI))(
  !existsSync(CLI) ? 'SKIPPED (no build: run npx tsup): the sandbox from a terminal' : 'the sandbox from a terminal',
  () => {
    test.each([['move-ugc sandbox', [CLI, 'sandbox']]])(
      '%s: --api-key KEY is the key, and a restart with the exported key keeps it',
      async (_name, command) => {
        const key = 'sandbox-chosen-key-1234';
        const first = await start([...command, '--port', String(await freePort()), '--api-key', key]);
        expect(first.key).toBe(key);
        expect(await status(first.url, key)).toBe(200);
        await stop(running.pop()!);
        // Restarted with nothing but the shell's export: the same key still works.
        const again = await start([...command, '--port', String(await freePort())], { MOVE_UGC_API_KEY: key });
        expect(again.key).toBe(key);
        expect(await status(again.url, key)).toBe(200);
        expect(await status(again.url, 'sandbox-some-other-key')).toBe(401);
      },
    );

    test('a key that is not a sandbox key is never adopted (or printed) from the environment', async () => {
      const real = 'a-real-production-key-0000';
      const started = await start([CLI, 'sandbox', '--port', String(await freePort())], { MOVE_UGC_API_KEY: real });
      expect(started.key).not.toBe(real);
      expect(started.key).toMatch(/^sandbox-/);
    });

    test.each([['move-ugc sandbox', [CLI, 'sandbox']]])('%s: --fault injects faults', async (_name, command) => {
      const args = [...command, '--port', String(await freePort()), '--fault', 'unavailable:client#2', '--fault', 'rate-limited:listRigs'];
      const { url, key } = await start(args);
      expect([await status(url, key), await status(url, key), await status(url, key)]).toEqual([200, 503, 200]);
      expect(await status(url, key, '{ listRigs { items { name } } }')).toBe(429);
    });

    test.each([
      ['SIGINT', 130],
      ['SIGTERM', 143],
    ] as const)('%s stops it with one line and exit %d, a keep-alive client connected', async (signal, code) => {
      const { url, key } = await start([CLI, 'sandbox', '--port', String(await freePort())]);
      // fetch keeps its connection open after this answer: the sandbox must not wait for it to close.
      expect(await status(url, key)).toBe(200);
      const child = running.pop()!;
      let stderr = '';
      child.stderr!.on('data', (d: string) => (stderr += d));
      const exited = new Promise<number | null>((resolve) => child.once('exit', (c) => resolve(c)));
      child.kill(signal);
      expect(await exited).toBe(code);
      expect(stderr).toBe('Sandbox stopped.\n');
    });

    test('a port in use is one line naming --port, exit 1', async () => {
      const taken = createServer();
      await new Promise<void>((resolve) => taken.listen(0, '127.0.0.1', resolve));
      try {
        const { port } = taken.address() as { port: number };
        const r = await run([CLI, 'sandbox', '--port', String(port)]);
        expect(r.code).toBe(1);
        expect(r.stdout).toBe('');
        expect(r.stderr).toBe(`error: port ${port} is already in use: stop what uses it, or pick another with --port <n>\n`);
      } finally {
        taken.close();
      }
    });

    // `npm run sandbox` runs `node dist/cli.js sandbox`.
    test.each([['move-ugc sandbox', [CLI, 'sandbox']]])(
      '%s: --help lists its own options only; a bad flag is a usage error, not a stack trace',
      async (_name, command) => {
        const help = await run([...command, '--help']);
        expect(help.code).toBe(0);
        expect(help.stdout).toMatch(/^Usage: move-ugc sandbox/);
        expect(help.stdout).toContain('--port <n>');
        expect(help.stdout).not.toMatch(/--endpoint|Global Options/);
        for (const [args, message] of [
          [['--port', 'abc'], '--port must be a whole number from 1 to 65535, got abc'],
          [['--nope'], "unknown option '--nope'"],
        ] as const) {
          const r = await run([...command, ...args]);
          expect(r.code).toBe(2);
          expect(r.stderr).toContain(message);
          expect(r.stderr).not.toMatch(/\n\s+at /);
        }
      },
    );

    test('package.json runs the sandbox through the main CLI', () => {
      const scripts = (
        JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { scripts: Record<string, string> }
      ).scripts;
      expect(scripts.sandbox).toBe('node dist/cli.js sandbox');
    });
  },
);
