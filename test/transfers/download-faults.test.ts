import { execFileSync } from 'node:child_process';
import net from 'node:net';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, expect, test } from 'vitest';
import { MoveUgc, TimeoutError, TransferError } from '../../src/index.js';
import { refuseRedirect } from '../../src/platform/redirects.js';
import { startStorage, type Storage } from './servers.js';

// Downloads against a storage stand-in that stalls, cuts bodies short, sends no length, and
// redirects anywhere. A guard on net.Socket#connect records (and stops) any attempt to connect
// to an address other than loopback: the redirect policy must refuse such hops before connecting.

const SIZE = 256 * 1024;
const body = Buffer.alloc(SIZE, 7);
let storage: Storage;
let dir: string;
const ugc = new MoveUgc({ apiKey: 'test-key-not-used-here', endpoint: 'http://127.0.0.1:9/graphql', timeoutMs: 60_000 });
const never = () => {};

const connectAttempts: string[] = [];
// eslint-disable-next-line @typescript-eslint/unbound-method -- kept to be restored and called with its socket
const connect = net.Socket.prototype.connect;

beforeAll(async () => {
  net.Socket.prototype.connect = function (this: net.Socket, ...args: unknown[]) {
    // node:net passes its own normalized [options, callback] array; callers may pass (options) or (port, host).
    const given: unknown[] = Array.isArray(args[0]) ? args[0] : args;
    // (An http agent's options carry the request's `path` too, so a path does not mean a Unix socket here.)
    const options = (typeof given[0] === 'object' && given[0] !== null ? given[0] : { host: given[1] }) as { host?: string };
    const host = options.host ?? 'localhost';
    if (!['127.0.0.1', 'localhost', '::1'].includes(host)) {
      connectAttempts.push(host);
      process.nextTick(() => this.destroy(new Error(`test guard: refused a connection to ${host}`)));
      return this;
    }
    return (connect as (...a: unknown[]) => net.Socket).apply(this, args);
  };
  storage = await startStorage({
    '/whole': (_req, res) => res.writeHead(200, { 'content-length': SIZE }).end(body),
    '/chunked': (_req, res) => {
      res.writeHead(200);
      res.write(body.subarray(0, 1000));
      res.end(body.subarray(1000, 3000));
    },
    // No length, no chunking: the body is whatever arrives before the connection closes.
    '/unframed': (req) => {
      req.socket.write('HTTP/1.1 200 OK\r\nconnection: close\r\n\r\n');
      req.socket.end(body.subarray(0, 1234));
    },
    '/short': (req, res) => {
      res.writeHead(200, { 'content-length': SIZE });
      res.write(body.subarray(0, 1000), () => req.socket.end());
    },
    '/stall-headers': never,
    '/stall-at/': (req, res) => {
      const at = Number(req.url!.split('/').pop());
      res.writeHead(200, { 'content-length': SIZE });
      if (at > 0) res.write(body.subarray(0, at));
    },
    '/hops/': (req, res) => {
      const n = Number(req.url!.split('/').pop());
      if (n === 0) return void res.writeHead(200, { 'content-length': 5 }).end('hello');
      res.writeHead(302, { location: `/hops/${n - 1}` }).end();
    },
    '/to?': (req, res) => res.writeHead(307, { location: decodeURIComponent(req.url!.slice('/to?'.length)) }).end(),
  });
});
afterAll(async () => {
  net.Socket.prototype.connect = connect;
  await storage.close();
});
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'move-ugc-transfer-'));
});
afterEach(async () => {
  expect(connectAttempts).toEqual([]);
  await rm(dir, { recursive: true, force: true });
});

const file = (path: string) => ({ id: 'file-test', presignedUrl: `${storage.base}${path}` });
const failure = (p: Promise<unknown>) =>
  p.then(
    () => new Error('expected a failure'),
    (e: unknown) => e as Error,
  );

test('a body with a length arrives whole and is reported complete', async () => {
  const result = await ugc.files.download(file('/whole'), join(dir, 'a.bin'));
  expect(result).toMatchObject({ bytes: SIZE, complete: true });
  expect((await readFile(join(dir, 'a.bin'))).equals(body)).toBe(true);
});

test('a chunked body ends with its terminator: complete', async () => {
  expect(await ugc.files.download(file('/chunked'), join(dir, 'c.bin'))).toMatchObject({ bytes: 3000, complete: true });
});

test('a body without length or chunking says complete: unknown, with the bytes it got', async () => {
  const result = await ugc.files.download(file('/unframed'), join(dir, 'u.bin'));
  expect(result).toMatchObject({ bytes: 1234, complete: 'unknown' });
  expect((await readFile(join(dir, 'u.bin'))).byteLength).toBe(1234);
});

test('a body shorter than its Content-Length is a TransferError and leaves nothing', async () => {
  expect(await failure(ugc.files.download(file('/short'), join(dir, 's.bin')))).toBeInstanceOf(TransferError);
  expect(await readdir(dir)).toEqual([]);
});

test.each([
  ['before the headers', '/stall-headers'],
  ['at the first byte of the body', '/stall-at/0'],
  ['mid-body', '/stall-at/100000'],
  ['one byte short of the end', `/stall-at/${SIZE - 1}`],
])('storage that stalls %s fails with TimeoutError and leaves the destination untouched', async (_, path) => {
  await writeFile(join(dir, 'keep.bin'), 'previous');
  const error = await failure(ugc.files.download(file(path), join(dir, 'keep.bin'), { timeoutMs: 300, overwrite: true }));
  expect(error).toBeInstanceOf(TimeoutError);
  expect(error.message).toMatch(/no byte moved for 300 ms/);
  expect(await readFile(join(dir, 'keep.bin'), 'utf8')).toBe('previous');
  expect(await readdir(dir)).toEqual(['keep.bin']);
});

test("the client's timeoutMs is the idle limit when the call gives none", async () => {
  const quick = new MoveUgc({ apiKey: 'test-key-not-used-here', endpoint: 'http://127.0.0.1:9/graphql', timeoutMs: 300 });
  expect(await failure(quick.files.download(file('/stall-at/10'), join(dir, 'x.bin')))).toBeInstanceOf(TimeoutError);
});

test('an existing file is kept unless overwrite is true, and the refusal comes before any request', async () => {
  await writeFile(join(dir, 'keep.bin'), 'previous');
  const before = storage.hits.length;
  const error = await failure(ugc.files.download(file('/whole'), join(dir, 'keep.bin')));
  expect(error).toBeInstanceOf(TransferError);
  expect(error).toMatchObject({ code: 'EEXIST', path: join(dir, 'keep.bin') });
  expect(storage.hits.length).toBe(before);
  expect(await readFile(join(dir, 'keep.bin'), 'utf8')).toBe('previous');
  await ugc.files.download(file('/whole'), join(dir, 'keep.bin'), { overwrite: true });
  expect((await readFile(join(dir, 'keep.bin'))).byteLength).toBe(SIZE);
});

test('by id, a taken destination is refused before the API is asked for the file', async () => {
  await writeFile(join(dir, 'keep.bin'), 'previous');
  // The client's API is a closed port: asking it would be a ConnectionError, not EEXIST.
  const error = await failure(ugc.files.download('file-1', join(dir, 'keep.bin')));
  expect(error).toMatchObject({ name: 'TransferError', code: 'EEXIST' });
  expect(await readFile(join(dir, 'keep.bin'), 'utf8')).toBe('previous');
});

test('a directory as destination is a ValidationError before any request, even with overwrite', async () => {
  const before = storage.hits.length;
  const error = await failure(ugc.files.download(file('/whole'), dir, { overwrite: true }));
  expect(error).toMatchObject({ name: 'ValidationError', field: 'destination' });
  expect(storage.hits.length).toBe(before);
});

test('an onProgress that throws mid-body is reported to the logger and the download goes on: the file arrives whole', async () => {
  const lines: string[] = [];
  const logged = new MoveUgc({
    apiKey: 'test-key-not-used-here',
    endpoint: 'http://127.0.0.1:9/graphql',
    logLevel: 'warn',
    logger: (line) => lines.push(line),
  });
  let calls = 0;
  const onProgress = ({ bytes }: { bytes: number }) => {
    calls++;
    if (bytes > 0) throw new Error('the progress bar broke');
  };
  const result = await logged.files.download(file('/whole'), join(dir, 'x.bin'), { onProgress });
  expect(result).toMatchObject({ bytes: SIZE, complete: true });
  expect((await readFile(join(dir, 'x.bin'))).equals(body)).toBe(true);
  expect(calls).toBeGreaterThan(1);
  expect(lines).toContain('move-ugc: options.onProgress threw, ignored: Error: the progress bar broke');
});

test('five redirects are followed; a sixth is refused', async () => {
  expect(await ugc.files.download(file('/hops/5'), join(dir, 'five.bin'))).toMatchObject({ bytes: 5 });
  const error = await failure(ugc.files.download(file('/hops/6'), join(dir, 'six.bin')));
  expect(error).toBeInstanceOf(TransferError);
  expect(error.message).toMatch(/more than 5 redirects/);
});

test.each([
  'http://169.254.169.254/latest/meta-data/',
  'http://10.0.0.1/x',
  'http://[fe80::1]/x',
  'http://192.168.1.1/x',
  'http://[::ffff:10.1.2.3]/x',
])('a redirect to %s is refused before connecting', async (target) => {
  const error = await failure(ugc.files.download(file(`/to?${encodeURIComponent(target)}`), join(dir, 'r.bin')));
  expect(error).toBeInstanceOf(TransferError);
  expect(error.message).toMatch(/refused a redirect/);
  expect(await readdir(dir)).toEqual([]);
});

test('a redirect from loopback storage to another loopback name is followed', async () => {
  const port = new URL(storage.base).port;
  const result = await ugc.files.download(file(`/to?${encodeURIComponent(`http://localhost:${port}/whole`)}`), join(dir, 'l.bin'));
  expect(result.bytes).toBe(SIZE);
});

test('the redirect policy: no https to http, no internal address from a public origin', () => {
  const u = (s: string) => new URL(s);
  const origin = u('https://storage.example.com/a');
  expect(() => refuseRedirect(origin, u('http://storage.example.com/b'), origin)).toThrow(/leaves https for plain http/);
  expect(() => refuseRedirect(origin, u('https://127.0.0.1/b'), origin)).toThrow(/loopback, private or link-local/);
  expect(() => refuseRedirect(origin, u('https://localhost/b'), origin)).toThrow(/loopback, private or link-local/);
  expect(() => refuseRedirect(origin, u('https://169.254.169.254/b'), origin)).toThrow(TransferError);
  expect(() => refuseRedirect(origin, u('file:///etc/passwd'), origin)).toThrow(/not an http\(s\) URL/);
  expect(() => refuseRedirect(origin, u('https://cdn.example.net/b'), origin)).not.toThrow();
  const local = u('http://127.0.0.1:9000/a');
  expect(() => refuseRedirect(local, u('http://127.0.0.2:9000/b'), local)).not.toThrow();
  expect(() => refuseRedirect(local, u('http://10.0.0.1/b'), local)).toThrow(TransferError);
});

test.each([
  ['a missing directory', (d: string) => join(d, 'missing', 'x.bin'), 'ENOENT'],
  ['a directory whose parent is a file', (d: string) => join(d, 'plain', 'x.bin'), 'ENOTDIR'],
  ['a name over 255 bytes', (d: string) => join(d, `${'n'.repeat(300)}.bin`), 'ENAMETOOLONG'],
])('writing into %s is a TransferError with the system code and the path, and leaves nothing', async (_, where, code) => {
  await writeFile(join(dir, 'plain'), 'a file');
  const destination = where(dir);
  const error = await failure(ugc.files.download(file('/whole'), destination, { overwrite: true }));
  expect(error).toBeInstanceOf(TransferError);
  expect(error).toMatchObject({ code, path: destination });
  expect(error.message).toContain(destination);
  expect(await readdir(dir)).toEqual(['plain']);
});

test.each([212, 240, 255])('a %i-byte name downloads (the temporary name is never longer)', async (length) => {
  const name = `${'n'.repeat(length - 4)}.bin`;
  expect(Buffer.byteLength(name)).toBe(length);
  expect(await ugc.files.download(file('/whole'), join(dir, name))).toMatchObject({ bytes: SIZE, complete: true });
  expect(await readdir(dir)).toEqual([name]);
});

// A full disk needs a small file system of its own: a 64 KiB tmpfs, where the machine lets the test mount one (root on Linux).
const tiny = join(tmpdir(), `move-ugc-tiny-${process.pid}`);
const mounted = (() => {
  try {
    execFileSync('mkdir', ['-p', tiny]);
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', tiny], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();
afterAll(() => {
  if (mounted) execFileSync('umount', [tiny]);
  execFileSync('rm', ['-rf', tiny]);
});

test.runIf(mounted)('a full disk is a TransferError with code ENOSPC and the path, and leaves no partial file', async () => {
  const destination = join(tiny, 'big.bin');
  const error = await failure(ugc.files.download(file('/whole'), destination));
  expect(error).toBeInstanceOf(TransferError);
  expect(error).toMatchObject({ code: 'ENOSPC', path: destination });
  expect(await readdir(tiny)).toEqual([]);
});
