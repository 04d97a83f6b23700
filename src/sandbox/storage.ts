import { createHmac, randomBytes, randomUUID, timingSafeEqual } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { open, rename, rm } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import type { FileRecord, Store } from './store.js';

// Storage the way S3 serves it: query-string presigned URLs bound to one object, one method and an
// expiry, and XML error bodies. The signature is an HMAC under a key only this sandbox holds.

export type UrlMethod = 'GET' | 'PUT';

export class Signer {
  readonly #key = randomBytes(32);
  constructor(
    private readonly now: () => number,
    private readonly ttlSeconds: number,
  ) {}

  /** A URL that lets its holder `method` the file's bytes until it expires. */
  url(base: string, fileId: string, method: UrlMethod): string {
    const expires = Math.floor((this.now() + this.ttlSeconds * 1000) / 1000);
    const query = new URLSearchParams({
      AWSAccessKeyId: 'SANDBOX',
      Expires: String(expires),
      Signature: this.#sign(fileId, method, expires),
    });
    return `${base}/files/${fileId}?${query}`;
  }

  /** Why a request for the file may not proceed (an S3 error code and message), or undefined when it may. */
  refusal(fileId: string, method: string, query: URLSearchParams): [code: string, message: string] | undefined {
    const expires = Number(query.get('Expires'));
    const given = Buffer.from(query.get('Signature') ?? '');
    if (!query.get('Signature') || !Number.isInteger(expires))
      return ['AccessDenied', 'Query-string authentication requires Signature and Expires'];
    const wanted = Buffer.from(this.#sign(fileId, method, expires));
    if (given.length !== wanted.length || !timingSafeEqual(given, wanted)) {
      return ['SignatureDoesNotMatch', 'The signature does not match this file, method and expiry'];
    }
    if (this.now() >= expires * 1000) return ['AccessDenied', 'Request has expired'];
    return undefined;
  }

  #sign(fileId: string, method: string, expires: number): string {
    return createHmac('sha256', this.#key).update(`${method}\n${fileId}\n${expires}`).digest('base64url');
  }
}

/** An S3-style XML error. */
export function s3Error(res: ServerResponse, status: number, code: string, message: string, resource: string): void {
  const escape = (s: string) => s.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);
  const body =
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    `<Error><Code>${code}</Code><Message>${escape(message)}</Message><Resource>${escape(resource)}</Resource>` +
    `<RequestId>${randomUUID()}</RequestId></Error>`;
  res.writeHead(status, { 'content-type': 'application/xml', 'content-length': Buffer.byteLength(body) }).end(body);
}

export interface StorageSettings {
  uploadDir: string;
  signer: Signer;
  downloadBytesPerSecond?: number;
}

/**
 * Presigned URLs: PUT stores the bytes, GET returns them. Like S3, a PUT must state its
 * Content-Length and must not carry an Authorization header (the URL is the credential).
 */
export function fileRoute(store: Store, settings: StorageSettings, id: string, req: IncomingMessage, res: ServerResponse): void {
  const resource = `/files/${id}`;
  const query = new URL(req.url ?? '/', 'http://sandbox').searchParams;
  const method = req.method === 'HEAD' ? 'GET' : (req.method ?? '');
  if (method !== 'GET' && method !== 'PUT') return s3Error(res, 405, 'MethodNotAllowed', `${method} is not allowed here`, resource);
  if (req.headers.authorization !== undefined) {
    return s3Error(res, 400, 'InvalidArgument', 'Only one auth mechanism allowed: the URL is already signed', resource);
  }
  const refused = settings.signer.refusal(id, method, query);
  if (refused) return s3Error(res, 403, refused[0], refused[1], resource);
  const file = store.files.get(id);
  if (!file) return s3Error(res, 404, 'NoSuchKey', 'The specified key does not exist.', resource);
  if (method === 'PUT') {
    if (req.headers['content-length'] === undefined)
      return s3Error(res, 411, 'MissingContentLength', 'You must provide the Content-Length HTTP header.', resource);
    if (Number(req.headers['content-length']) > MAX_PUT_BYTES)
      return s3Error(res, 400, 'EntityTooLarge', 'Your proposed upload exceeds the maximum allowed size (5 GiB)', resource);
    return void storeUpload(settings.uploadDir, file, req).then(
      () => res.writeHead(200, { 'content-length': 0 }).end(),
      () => s3Error(res, 400, 'IncompleteBody', 'The body did not match the Content-Length', resource),
    );
  }
  serveFile(file, settings.downloadBytesPerSecond, req, res, resource);
}

/** S3's largest single PUT. */
const MAX_PUT_BYTES = 5 * 1024 ** 3;

/** A file's bytes, whole or (`Range: bytes=…`, as S3 serves one range) in part. */
export function serveFile(file: FileRecord, rate: number | undefined, req: IncomingMessage, res: ServerResponse, resource: string): void {
  if (file.path) return void serveStored(file.path, rate, req, res, resource).catch(() => res.destroy());
  if (!file.bytes) return s3Error(res, 404, 'NoSuchKey', 'Nothing has been uploaded to this file yet.', resource);
  const part = partOf(req, res, file.bytes.byteLength, resource);
  if (part && req.method !== 'HEAD') res.end(file.bytes.subarray(part.start, part.end + 1));
  else if (part) res.end();
}

// The version open here is served whole, size and bytes alike, even while a new upload replaces it.
async function serveStored(path: string, rate: number | undefined, req: IncomingMessage, res: ServerResponse, resource: string) {
  const handle = await open(path, 'r');
  try {
    const part = partOf(req, res, (await handle.stat()).size, resource);
    if (!part) return;
    if (req.method === 'HEAD' || part.end < part.start) return void res.end();
    const bytes = handle.createReadStream({ start: part.start, end: part.end, highWaterMark: 64 * 1024, autoClose: false });
    await (rate ? pipeline(bytes, throttle(rate), res) : pipeline(bytes, res));
  } finally {
    await handle.close().catch(() => undefined);
  }
}

/**
 * Writes the head of a GET of `size` bytes and returns the inclusive byte span to send, or
 * undefined once a 416 has been sent. Like S3: one range is served, anything else is the whole file.
 */
function partOf(req: IncomingMessage, res: ServerResponse, size: number, resource: string): { start: number; end: number } | undefined {
  const range = /^bytes=(\d*)-(\d*)$/.exec(req.headers.range?.trim() ?? '');
  let [start, end] = [0, size - 1];
  // A span that ends before it starts is no range at all (RFC 9110): the whole file, as without one.
  if (range && (range[1] || range[2]) && !(range[1] && range[2] && Number(range[2]) < Number(range[1]))) {
    if (range[1]) [start, end] = [Number(range[1]), range[2] ? Math.min(Number(range[2]), size - 1) : size - 1];
    else [start, end] = [Math.max(0, size - Number(range[2])), size - 1];
    if (start >= size || (!range[1] && Number(range[2]) === 0)) {
      res.setHeader('content-range', `bytes */${size}`);
      s3Error(res, 416, 'InvalidRange', 'The requested range is not satisfiable', resource);
      return undefined;
    }
    res.writeHead(206, {
      'content-type': 'application/octet-stream',
      'content-length': end - start + 1,
      'content-range': `bytes ${start}-${end}/${size}`,
      'accept-ranges': 'bytes',
    });
    return { start, end };
  }
  res.writeHead(200, { 'content-type': 'application/octet-stream', 'content-length': size, 'accept-ranges': 'bytes' });
  return { start, end };
}

/** Paces a stream to `bytesPerSecond`, so tests can interrupt a download half way. */
function throttle(bytesPerSecond: number) {
  return async function* (source: AsyncIterable<Buffer>) {
    for await (const chunk of source) {
      yield chunk;
      await new Promise((resolve) => setTimeout(resolve, (chunk.byteLength / bytesPerSecond) * 1000));
    }
  };
}

/** Streams an upload to disk; the file's content changes only once the whole body has arrived. */
async function storeUpload(dir: string, file: FileRecord, req: IncomingMessage): Promise<void> {
  const target = join(dir, file.id);
  const temp = `${target}.${randomUUID()}.part`;
  let size = 0;
  req.on('data', (chunk: Buffer) => (size += chunk.byteLength));
  try {
    await pipeline(req, createWriteStream(temp));
    if (size !== Number(req.headers['content-length'])) throw new Error('length mismatch');
    await rename(temp, target);
    Object.assign(file, { path: target, size, bytes: undefined });
  } catch (err) {
    await rm(temp, { force: true });
    throw err;
  }
}
