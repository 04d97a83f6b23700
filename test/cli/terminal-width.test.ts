import type { Command } from 'commander';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { program } from '../../src/cli/program.js';
import { continuation } from '../../src/cli/commands/shared.js';
import { formatBytes } from '../../src/cli/output.js';
import { MoveUgc } from '../../src/index.js';
import { createSandbox, type Sandbox } from '../../src/sandbox/index.js';
import { runCli } from './run-cli.js';

// Issue P item 3: at COLUMNS=80 every help screen and every table fits 80 columns; headers are
// words (PROGRESS); `--wide` prints every character.

const ANSI = /\x1b\[[\d;]*m/g; // eslint-disable-line no-control-regex
// Counted here independently of the CLI's own table code: CJK and emoji take two columns.
const WIDE = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\uff00-\uff60\u{1f300}-\u{1faff}]/u;
function columns(line: string): number {
  return [...line.replace(ANSI, '')].reduce((n, c) => n + (WIDE.test(c) ? 2 : 1), 0);
}
function tooWide(text: string, limit = 80): string[] {
  return text.split('\n').filter((line) => columns(line) > limit);
}

function everyCommand(command: Command, into: Command[] = []): Command[] {
  into.push(command);
  for (const sub of command.commands) everyCommand(sub, into);
  return into;
}

/** What `<command> --help` prints, the before/after texts included. */
function helpOf(command: Command): string {
  let text = '';
  for (let c: Command | null = command; c; c = c.parent) c.configureOutput({ writeOut: (s) => (text += s), writeErr: (s) => (text += s) });
  command.outputHelp();
  return text;
}

describe('help at 80 columns', () => {
  const saved = process.env.COLUMNS;
  let commands: Command[];
  beforeAll(() => {
    process.env.COLUMNS = '80';
    // Walked from the program itself, so a command added later is covered without touching this test.
    commands = everyCommand(program());
  });
  afterAll(() => {
    if (saved === undefined) delete process.env.COLUMNS;
    else process.env.COLUMNS = saved;
  });

  test('every command and subcommand', () => {
    expect(commands.length).toBeGreaterThan(30);
    const over: string[] = [];
    for (const command of commands) {
      const help = helpOf(command);
      expect(help).toContain('Usage:');
      for (const line of tooWide(help)) over.push(`${command.name()}: ${line}`);
    }
    expect(over).toEqual([]);
  });

  test('the built CLI prints the same help', async () => {
    for (const path of [[], ['jobs', 'list'], ['takes', 'create'], ['sandbox']]) {
      const command = path.reduce((c, name) => c.commands.find((s) => s.name() === name)!, commands[0]!);
      const r = await runCli([...path, '--help'], { COLUMNS: '80', npm_command: 'exec' });
      expect(r.code).toBe(0);
      expect(r.stdout).toBe(helpOf(command).replace(/`move-ugc demo`/, '`npx move-ugc demo`'));
      expect(tooWide(r.stdout)).toEqual([]);
    }
  });

  test('sandbox --help lists only its own options', () => {
    const sandbox = commands.find((c) => c.name() === 'sandbox')!;
    const help = helpOf(sandbox);
    expect(help).not.toContain('--endpoint');
    expect(help).not.toContain('Global Options');
    for (const option of ['--port', '--job-duration-ms', '--fault', '--api-key', '--json']) expect(help).toContain(option);
  });
});

describe('tables at 80 columns', { timeout: 120_000 }, () => {
  let sandbox: Sandbox;
  let env: Record<string, string>;
  let takeId: string;
  const LONG = 'a job name far longer than any eighty-column table has room for, 日本語の名前も';
  beforeAll(async () => {
    sandbox = await createSandbox({ jobDurationMs: 60_000 });
    env = { MOVE_UGC_API_KEY: sandbox.apiKey, MOVE_UGC_ENDPOINT_URL: sandbox.url };
    const ugc = new MoveUgc({ apiKey: sandbox.apiKey, endpoint: sandbox.url });
    const file = await ugc.files.upload(new Uint8Array(1000), { type: 'mp4' });
    takeId = (await ugc.takes.createSingleCam({ sources: [{ fileId: file.id, format: 'MP4', deviceLabel: 'phone' }] })).id;
    for (let i = 0; i < 20; i++) await ugc.jobs.createSingleCam({ takeId, name: i % 2 ? `${LONG} #${i}` : `job ${i}` });
  });
  afterAll(() => sandbox.close());

  async function listed(args: string[], extra: Record<string, string> = { COLUMNS: '80' }) {
    const r = await runCli(['jobs', 'list', ...args], { ...env, ...extra });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    return r.stdout;
  }

  test('20 jobs, with and without --expand, one page or --all: every line fits, headers are words', async () => {
    const plain = await listed(['--limit', '20']);
    const [header, ...rows] = plain.trimEnd().split('\n');
    expect(header).toMatch(/^ID\s+NAME\s+STATE\s+PROGRESS\s+CREATED$/);
    expect(rows).toHaveLength(20);
    expect(plain).toContain('…');
    expect(tooWide(plain)).toEqual([]);

    const expanded = await listed(['--limit', '20', '--expand', 'take,outputs']);
    expect(expanded.split('\n')[0]).toMatch(/^ID\s+NAME\s+STATE\s+PROGRESS\s+CREATED\s+TAKE\s+OUTPUTS$/);
    expect(tooWide(expanded)).toEqual([]);

    // --all streams pages with the widths of the first: later pages fit too.
    const streamed = await listed(['--all', '--limit', '7', '--expand', 'take']);
    expect(streamed.trimEnd().split('\n')).toHaveLength(21);
    expect(tooWide(streamed)).toEqual([]);

    const one = await runCli(['jobs', 'get', rows[1]!.split(' ')[0]!, '--expand', 'take,outputs'], { ...env, COLUMNS: '80' });
    expect(one.code).toBe(0);
    expect(tooWide(one.stdout)).toEqual([]);
  });

  test('the next-page hint fits: the option on a line of its own when the one-line form is too wide', async () => {
    const page = JSON.parse(await listed(['--limit', '7', '--json'], {})) as { nextToken: string };
    const option = `--next-token '${page.nextToken}'`;
    // The sandbox's cursor is AWSJSON naming a job id and a time, wider than 80 columns alone: the
    // option is pasted whole, so its line is the one line no layout can fit (asserted, so a shorter
    // cursor makes this test say so).
    expect(columns(page.nextToken)).toBeGreaterThan(80);
    const lines = (await listed(['--limit', '7'])).trimEnd().split('\n');
    expect(lines.slice(-2)).toEqual(['more: for the next page, add this option:', option]);
    expect(tooWide(lines.slice(0, -1).join('\n'))).toEqual([]);
    // A terminal wide enough gets the one-line form, and a pipe (no width) gets it as before.
    for (const extra of [{ COLUMNS: '120' }, {}] as Record<string, string>[])
      expect((await listed(['--limit', '7'], extra)).trimEnd().split('\n').at(-1)).toBe(`more: ${option}`);
  });

  test('a next-page cursor short enough fits 80 columns, on one line or two', () => {
    for (const length of [40, 59, 60, 65]) {
      const hint = continuation('t'.repeat(length), 80);
      expect(hint.join('\n')).toContain(`--next-token '${'t'.repeat(length)}'`);
      expect(hint).toHaveLength(length <= 59 ? 1 : 2);
      expect(tooWide(hint.join('\n'))).toEqual([]);
    }
    // 66 characters and more: the option line alone is over 80 columns, and is still printed whole.
    expect(continuation('t'.repeat(66), 80)[1]).toBe(`--next-token '${'t'.repeat(66)}'`);
    expect(continuation('t'.repeat(66), undefined)).toEqual([`more: --next-token '${'t'.repeat(66)}'`]);
    expect(tooWide(continuation('\x1b[31mred', 80).join('\n'))).toEqual([]);
  });

  test('a narrower terminal is fitted too', async () => {
    expect(tooWide(await listed(['--limit', '20'], { COLUMNS: '50' }), 50)).toEqual([]);
  });

  test('--wide, and a pipe with no COLUMNS, print every character', async () => {
    for (const text of [await listed(['--limit', '20', '--wide']), await listed(['--limit', '20'], {})]) {
      expect(text).toContain(`${LONG} #1`);
      expect(text).not.toContain('…');
    }
  });
});

test('sizes are SI: 1000 bytes to the kB', () => {
  expect(formatBytes(999)).toBe('999 B');
  expect(formatBytes(1000)).toBe('1.0 kB');
  expect(formatBytes(300_000)).toBe('300 kB');
  expect(formatBytes(2_100_000)).toBe('2.1 MB');
  expect(formatBytes(999_600)).toBe('1.0 MB');
  expect(formatBytes(9_960)).toBe('10 kB');
  expect(formatBytes(5_000_000_000)).toBe('5.0 GB');
});
