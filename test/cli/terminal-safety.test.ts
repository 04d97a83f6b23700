import { execFileSync } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { runCli } from './run-cli.js';

// A hostile API: every name, state and message carries escape sequences that would retitle the
// window, clear the screen, plant a hyperlink or reorder text if printed raw to a terminal.
const TITLE = '\x1b]0;pwned\x07';
const CLEAR = '\x1b[2J\x1b[H';
const LINK = '\x1b]8;;https://evil.example/\x1b\\click\x1b]8;;\x1b\\';
const C1 = '\x9b31m\x9d0;c1-title\x9c';
const BIDI = '\u202e\u2066\u061c\u200e';
// Invisible: zero-width space and joiner, line separator, byte-order mark.
const HIDDEN = '\u200b\u200d\u2028\ufeff';
const NAME = `${TITLE}evil${CLEAR} ${LINK}${C1}${BIDI}na${HIDDEN}me\x00\x7f`;
const JOB_ID = `job-1${CLEAR}`;

function job(state: string, progressState: string) {
  return {
    id: JOB_ID,
    name: NAME,
    created: '2026-01-01T00:00:00.000Z',
    metadata: JSON.stringify({ note: `${TITLE}meta` }),
    state,
    progress: { state: progressState, percentageComplete: 0 },
  };
}

/** The next-page cursor `jobs list` gets: server text, set per test. */
let after = `tok${TITLE}`;

function answer(query: string): unknown {
  if (/query listJobs\b/.test(query)) return { data: { listJobs: { first: 1, after, items: [job('RUNNING', 'RUNNING')] } } };
  if (/query getJob\b/.test(query)) return { data: { getJob: job('FAILED', `${LINK}disk full${CLEAR}`) } };
  return { data: null, errors: [{ message: `Job ${TITLE}not found${CLEAR}${LINK}`, errorType: 'MoveNotFoundError' }] };
}

let server: Server;
let env: Record<string, string>;
beforeAll(async () => {
  server = createServer((req, res) => {
    let body = '';
    req.on('data', (d: Buffer) => (body += d.toString()));
    req.on('end', () => {
      const { query } = JSON.parse(body) as { query: string };
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(answer(query)));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  env = { MOVE_UGC_API_KEY: 'hostile-test-key-0123456789', MOVE_UGC_ENDPOINT_URL: `http://127.0.0.1:${port}/graphql` };
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

// eslint-disable-next-line no-control-regex
const CONTROL = /[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200b-\u200f\u2028-\u202e\u2066-\u2069\ufeff]/;

test('tables show API names without escape sequences, keeping the visible text', async () => {
  const r = await runCli(['jobs', 'list'], env);
  expect(r.code, r.stderr).toBe(0);
  expect(r.stdout).not.toMatch(CONTROL);
  expect(r.stdout).toMatch(/^job-1\s+evil clickname\s+RUNNING/m);
  // The cursor held an escape sequence: shown stripped, it would fetch another page.
  expect(r.stdout).toContain('more: the next-page cursor has characters a terminal cannot show; see --json');
  const view = await runCli(['jobs', 'get', 'job-1'], env);
  expect(view.stdout).not.toMatch(CONTROL);
  expect(view.stdout).toMatch(/^name\s+evil clickname$/m);
  expect(view.stdout).toMatch(/^metadata\s+\{"note":"\\u001b\]0;pwned\\u0007meta"\}$/m);
}, 60_000);

test('the next-page option is printed quoted for a shell: pasted, it passes the exact cursor and runs nothing', async () => {
  after = `{"k":"it's"}'; touch /tmp/move-ugc-pwned; echo '`;
  try {
    const r = await runCli(['jobs', 'list'], env);
    expect(r.code, r.stderr).toBe(0);
    const printed = /^more: --next-token (.*)$/m.exec(r.stdout)?.[1];
    expect(printed).toBeDefined();
    // What a shell makes of the printed argument is exactly the cursor, one word.
    const word = execFileSync('sh', ['-c', `printf '%s' ${printed}`], { encoding: 'utf8' });
    expect(word).toBe(after);
  } finally {
    after = `tok${TITLE}`;
  }
}, 60_000);

test('--json stays exact: the same strings, JSON-escaped, controls included', async () => {
  const r = await runCli(['jobs', 'list', '--json'], env);
  expect(r.code, r.stderr).toBe(0);
  expect(r.stdout).not.toMatch(CONTROL);
  const page = JSON.parse(r.stdout) as { items: { id: string; name: string }[] };
  expect(page.items[0]).toMatchObject({ id: JOB_ID, name: NAME });
}, 60_000);

test('error lines and progress lines carry no escape sequences from the API', async () => {
  const missing = await runCli(['takes', 'get', 'take-1'], env);
  expect(missing.code).toBe(1);
  expect(missing.stderr).toMatch(/^error: Job not found ?click \(check the id/);
  expect(missing.stderr).not.toMatch(CONTROL);
  const failed = await runCli(['jobs', 'wait', 'job-1'], env);
  expect(failed.code).toBe(1);
  expect(failed.stderr).not.toMatch(CONTROL);
  expect(failed.stderr).toMatch(/error: job job-1 FAILED on the server \(clickdisk full\)/);
}, 60_000);
