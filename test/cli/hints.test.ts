import { chmodSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { CLI, runCli } from './run-cli.js';

// Issue P item 4: a hint names the command as the user's shell runs it. From a clone (or through
// npx) `move-ugc` is not on PATH, so hints say `npx move-ugc …`; installed, they say `move-ugc …`.
// The hint checked is the no-key one, which needs no server.

const dir = mkdtempSync(join(tmpdir(), 'move-ugc-hints-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function binWith(name: string, target?: string): string {
  const bin = mkdtempSync(join(dir, `${name}-`));
  if (target) symlinkSync(target, join(bin, 'move-ugc'));
  else {
    writeFileSync(join(bin, 'move-ugc'), '#!/bin/sh\necho another move-ugc\n');
    chmodSync(join(bin, 'move-ugc'), 0o755);
  }
  return bin;
}

async function demoHint(env: Record<string, string>): Promise<string> {
  const r = await runCli(['jobs', 'list'], env);
  expect(r.code).toBe(2);
  const hint = /`([^`]*) demo` needs no key/.exec(r.stderr);
  expect(hint, r.stderr).not.toBeNull();
  return hint![1]!;
}

test.skipIf(process.platform === 'win32')('move-ugc on PATH is this CLI: hints say `move-ugc`', async () => {
  const installed = binWith('installed', CLI);
  expect(await demoHint({ PATH: `${installed}${delimiter}${process.env.PATH}` })).toBe('move-ugc');
});

test('not on PATH (a clone): hints say `npx move-ugc`', async () => {
  expect(await demoHint({})).toBe('npx move-ugc');
});

test.skipIf(process.platform === 'win32')('a different move-ugc first on PATH: hints say `npx move-ugc`', async () => {
  const other = binWith('other');
  const installed = binWith('installed', CLI);
  expect(await demoHint({ PATH: [other, installed, process.env.PATH].join(delimiter) })).toBe('npx move-ugc');
});

test.skipIf(process.platform === 'win32')('started by npx or npm run, whose PATH the shell does not have: `npx move-ugc`', async () => {
  const installed = binWith('installed', CLI);
  for (const npm_command of ['exec', 'run-script']) {
    expect(await demoHint({ PATH: `${installed}${delimiter}${process.env.PATH}`, npm_command })).toBe('npx move-ugc');
  }
});
