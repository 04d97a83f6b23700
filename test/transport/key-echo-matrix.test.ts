// Issue Q.2: a hostile server echoes the key it was sent, in one of many encodings, into every
// place a response can carry text (reason phrase, request id, body, GraphQL errors, data). Nothing
// the caller can see (message, stack, inspect, JSON, causes, errors[], data, requestId, log lines,
// the result) may hold the key, nor a piece of it that is recognisably the key.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { inspect } from 'node:util';
import { Client, fetchExchange } from '@urql/core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { MoveUgc, moveUgcExchange, type ResponseInfo } from '../../src/index.js';
import { GetJobDocument } from '../../src/documents.js';

// Every character an encoder may treat specially: quotes and backslash (JSON), `/`, space and `+`
// (URLs), `&`, `<`, `>`, `'` (HTML), and a Latin-1 letter (byte encodings, misreads).
const KEY = `mu-test-"quo\\ted"-é/ SECRETKEY0123456789+&<x>'`;
// The key's longest plain run: left behind by a partial redaction, it would be recognisable.
const RUN = 'SECRETKEY0123456789';

const utf8 = Buffer.from(KEY, 'utf8');
const latin1 = Buffer.from(KEY, 'latin1');
const percent = (bytes: Buffer, hex: (b: number) => string) => Array.from(bytes, (b) => `%${hex(b).padStart(2, '0')}`).join('');
const jsonEscaped = (text: string, times: number) => {
  for (let i = 0; i < times; i++) text = JSON.stringify(text).slice(1, -1);
  return text;
};
const blob = (before: string, after: string) => Buffer.concat([Buffer.from(before), utf8, Buffer.from(after)]);

interface Form {
  /** What the server writes where it echoes the key. */
  echo: string;
  /** The body is sent as Latin-1 bytes (the client reads UTF-8): the key's é arrives as U+FFFD. */
  latin1Body?: boolean;
  /** A piece the client would see if the form were not hidden. */
  piece: string;
}

const form = (echo: string, piece = echo.slice(4, -4)): Form => ({ echo, piece });
const FORMS: Record<string, Form> = {
  'as is': form(KEY),
  'JSON-escaped once': form(jsonEscaped(KEY, 1)),
  // Four times on the wire: three left once the body is parsed.
  'JSON-escaped three times': form(jsonEscaped(KEY, 3)),
  'JSON with \\u escapes (ensure_ascii)': form(
    jsonEscaped(KEY, 1).replace(/[^\x20-\x7e]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`),
  ),
  'every character \\u-escaped': form(Array.from(KEY, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`).join('')),
  encodeURIComponent: form(encodeURIComponent(KEY)),
  'form-encoded': form(new URLSearchParams({ k: KEY }).toString().slice(2)),
  'every byte percent-encoded, upper case': form(percent(utf8, (b) => b.toString(16).toUpperCase())),
  'every byte percent-encoded, lower case': form(percent(utf8, (b) => b.toString(16))),
  'every Latin-1 byte percent-encoded, mixed case': form(percent(latin1, (b) => (b % 2 ? b.toString(16) : b.toString(16).toUpperCase()))),
  base64: form(utf8.toString('base64')),
  base64url: form(utf8.toString('base64url')),
  'base64 inside a blob, offset 1': form(blob('x', 'yz').toString('base64'), blob('x', 'yz').toString('base64').slice(4, -4)),
  'base64 inside a blob, offset 2': form(blob('xy', 'z').toString('base64')),
  'base64url inside a blob, offset 1': form(blob('x', '').toString('base64url')),
  'hex, lower case': form(utf8.toString('hex')),
  'hex, upper case': form(utf8.toString('hex').toUpperCase()),
  'HTML decimal entities': form(Array.from(KEY, (c) => `&#${c.charCodeAt(0)};`).join('')),
  'HTML hex entities': form(Array.from(KEY, (c) => `&#x${c.charCodeAt(0).toString(16)};`).join('')),
  'HTML named entities': form(
    KEY.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;'),
  ),
  'UTF-8 bytes read as Latin-1': form(utf8.toString('latin1')),
  'Latin-1 bytes read as UTF-8': { echo: KEY, latin1Body: true, piece: new TextDecoder().decode(latin1).slice(4, -4) },
};

type Scenario = 'reason' | 'body' | 'errors' | 'data' | 'auth';
const SCENARIOS: readonly Scenario[] = ['reason', 'body', 'errors', 'data', 'auth'];

function job(echo: string) {
  const metadata = JSON.stringify({ note: echo });
  return { id: 'job-1', name: `clip ${echo}`, metadata, created: '2026-01-01T00:00:00.000Z', state: 'FINISHED', progress: null };
}

// The hostile server: /<form index>/<scenario>, echoing the authorization header it was sent.
function answer(req: IncomingMessage, res: ServerResponse): void {
  const [, index, scenario] = (req.url ?? '').split('/');
  const f = Object.values(FORMS)[Number(index)]!;
  const key = req.headers.authorization ?? '';
  // The forms are built from KEY; the server must have been sent exactly that.
  const echo = key === KEY ? f.echo : 'wrong key';
  const id = { 'x-amzn-requestid': `req-${echo}` };
  const send = (status: number, body: unknown, headers: Record<string, string> = {}, reason?: string) => {
    const text = typeof body === 'string' ? body : JSON.stringify(body);
    const type = typeof body === 'string' ? 'text/plain' : 'application/json';
    res.writeHead(status, reason ?? '', { 'content-type': type, ...headers });
    res.end(Buffer.from(text, f.latin1Body ? 'latin1' : 'utf8'));
  };
  if (scenario === 'reason') return send(500, `${echo} is not JSON`, id, `bad ${echo}`);
  if (scenario === 'body') return send(500, { message: `bad key ${echo}` }, { 'x-request-id': `req-${echo}` });
  if (scenario === 'auth') return send(401, { errors: [{ message: `key ${echo} refused`, errorType: 'UnauthorizedException' }] }, id);
  const errors = [{ message: `bad ${echo}`, errorType: 'MoveError', errorInfo: { sent: echo } }];
  if (scenario === 'errors') return send(200, { data: { getJob: job(echo) }, errors }, id);
  return send(200, { data: { getJob: job(echo) } }, id);
}

let base = '';
let close: () => Promise<void>;
beforeAll(async () => {
  const server = createServer((req, res) => {
    req.resume();
    req.on('end', () => answer(req, res));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  close = () => new Promise<void>((resolve) => server.close(() => resolve()));
});
afterAll(() => close());

/** Everything a caller can look at after one call: the outcome, the response info, the log. */
function shown(outcome: unknown, responses: ResponseInfo[], lines: string[]): string {
  const parts = [inspect(outcome, { depth: Infinity, showHidden: true, getters: true }), ...lines];
  for (let e: unknown = outcome, depth = 0; e && typeof e === 'object' && depth < 10; e = (e as Error).cause, depth++) {
    const err = e as Error & { requestId?: string; errors?: unknown; data?: unknown };
    parts.push(String(err.message), String(err.stack), JSON.stringify(e) ?? '', String(err.requestId));
    parts.push(JSON.stringify(err.errors) ?? '', JSON.stringify(err.data) ?? '');
  }
  for (const r of responses) parts.push(String(r.requestId), inspect(r.headers));
  return parts.join('\n');
}

type Path = (url: string, log: (line: string) => void) => (onResponse: (r: ResponseInfo) => void) => Promise<unknown>;
const exchange = (url: string, log: (line: string) => void) =>
  new Client({
    url,
    exchanges: [moveUgcExchange({ apiKey: KEY, maxRetries: 0, logLevel: 'debug', logger: log })],
    preferGetMethod: false,
  });
const PATHS: Record<string, Path> = {
  'the SDK facade': (url, log) => {
    const ugc = new MoveUgc({ apiKey: KEY, endpoint: url, maxRetries: 0, logLevel: 'debug', logger: log });
    return (onResponse) => ugc.jobs.retrieve({ id: 'job-1' }, { onResponse });
  },
  'ugc.request': (url, log) => {
    const ugc = new MoveUgc({ apiKey: KEY, endpoint: url, maxRetries: 0, logLevel: 'debug', logger: log });
    return (onResponse) => ugc.request(GetJobDocument, { jobId: 'job-1', withOutputs: false }, { onResponse });
  },
  "an app's urql Client with moveUgcExchange": (url, log) => {
    const ugc = new MoveUgc({ urql: exchange(url, log) });
    return (onResponse) => ugc.jobs.retrieve({ id: 'job-1' }, { onResponse });
  },
  "the app's urql Client itself, with moveUgcExchange": (url, log) => {
    const urql = exchange(url, log);
    return async () => {
      const result = await urql.query(GetJobDocument, { jobId: 'job-1', withOutputs: false }).toPromise();
      return { data: result.data, error: result.error, networkError: result.error?.networkError };
    };
  },
  "an app's urql Client with urql's fetchExchange": (url) => {
    const urql = new Client({ url, exchanges: [fetchExchange], preferGetMethod: false, fetchOptions: { headers: { authorization: KEY } } });
    const ugc = new MoveUgc({ urql });
    return (onResponse) => ugc.jobs.retrieve({ id: 'job-1' }, { onResponse });
  },
};

describe('the server really echoes each form (the control)', () => {
  test.each(Object.entries(FORMS).map(([name, f], i) => [name, f, i] as const))('%s', async (_name, f, index) => {
    for (const scenario of SCENARIOS) {
      const res = await fetch(`${base}/${index}/${scenario}`, { method: 'POST', headers: { authorization: KEY }, body: '{}' });
      const raw = `${res.statusText}\n${res.headers.get('x-amzn-requestid')}\n${res.headers.get('x-request-id')}\n${await res.text()}`;
      // In a JSON body the echo is JSON-escaped once more.
      expect(raw.includes(f.piece) || raw.includes(JSON.stringify(f.piece).slice(1, -1))).toBe(true);
    }
  });
});

describe.each(Object.entries(PATHS))('through %s, the key echoed', (_path, build) => {
  test.each(Object.entries(FORMS).map(([name, f], i) => [name, f, i] as const))('%s', async (_name, f, index) => {
    for (const scenario of SCENARIOS) {
      const lines: string[] = [];
      const responses: ResponseInfo[] = [];
      const call = build(`${base}/${index}/${scenario}`, (line) => lines.push(line));
      const outcome = await call((r) => responses.push(r)).catch((err: unknown) => err);
      const text = shown(outcome, responses, lines);
      // The call did happen, and says so: a failure names the operation, a success the job.
      expect(text).toMatch(/getJob|job-1/);
      for (const needle of [KEY, RUN, f.piece, JSON.stringify(f.piece).slice(1, -1)]) {
        if (text.includes(needle)) throw new Error(`${scenario}: ${JSON.stringify(needle)} shows in:\n${text.slice(0, 3000)}`);
      }
    }
  });
});
