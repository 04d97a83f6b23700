import net from 'node:net';
import tls from 'node:tls';
import { TransferError } from '../core/errors.js';

// The HTTP/1.1 that transfers speak on sockets of their own (a download's GET, http-get.ts; an
// upload's PUT, node-put.ts): the connection, the head of storage's answer, and how its body is
// framed: by a length, by chunks, or by the connection closing.

/** A socket to `url`'s host (TLS with SNI for https), with what the caller adds (`onread`, `lookup`). */
export function connectTo(url: URL, extra: Pick<net.TcpNetConnectOpts, 'onread' | 'lookup'> = {}): net.Socket {
  const host = url.hostname.replace(/^\[|\]$/g, '');
  const port = Number(url.port) || (url.protocol === 'https:' ? 443 : 80);
  if (url.protocol !== 'https:') return net.connect({ host, port, ...extra });
  // tls.connect takes `onread` as net.connect does (Node >= 14.5), though @types/node omits it.
  const secure = { host, port, ALPNProtocols: ['http/1.1'], ...(net.isIP(host) ? {} : { servername: host }), ...extra };
  return tls.connect(secure as tls.ConnectionOptions);
}

/** A response head: its status and headers (lowercased names, repeated headers joined with ", "). */
export interface Head {
  status: number;
  headers: Record<string, string | undefined>;
}

/** Where the body stands once the head is read: its first phase, and the bytes left of a Content-Length. */
export interface Framing {
  phase: 'done' | 'length' | 'close' | 'size';
  left: number;
  chunked: boolean;
}

export const garbled = (why: string) => new TransferError(`The download failed: storage answered something that is not HTTP/1.1 (${why})`);

/** Parses a head, without the blank line that ends it. */
export function parseHead(text: string): Head {
  const lines = text.split('\r\n');
  const status = /^HTTP\/1\.[01] (\d{3})(?: |$)/.exec(lines[0]!);
  if (!status) throw garbled('no status line');
  const headers: Head['headers'] = {};
  for (const line of lines.slice(1)) {
    const colon = line.indexOf(':');
    if (colon <= 0) throw garbled('a header line without a name');
    const name = line.slice(0, colon).trim().toLowerCase();
    const value = line.slice(colon + 1).trim();
    headers[name] = headers[name] === undefined ? value : `${headers[name]}, ${value}`;
  }
  return { status: Number(status[1]), headers };
}

/** How the body ends: by its length, its last chunk, or the connection closing (RFC 9112 section 6.3). */
export function framing({ status, headers }: Head): Framing {
  const coding = headers['transfer-encoding'];
  const length = headers['content-length'];
  if (status === 204 || status === 304) return { phase: 'done', left: 0, chunked: false };
  if (coding !== undefined) {
    const chunked = /(^|,)\s*chunked\s*$/i.test(coding);
    return { phase: chunked ? 'size' : 'close', left: 0, chunked };
  }
  if (length === undefined) return { phase: 'close', left: 0, chunked: false };
  const values = new Set(length.split(',').map((v) => v.trim()));
  const [only] = values;
  if (values.size !== 1 || !/^\d{1,15}$/.test(only!)) throw garbled(`Content-Length ${length.slice(0, 40)}`);
  const left = Number(only);
  return { phase: left === 0 ? 'done' : 'length', left, chunked: false };
}

/** A line of chunk framing: a chunk's size, the CRLF after its data, or a trailer. */
export type ChunkLine = 'size' | 'crlf' | 'trailer';

/** What follows a line of chunk framing (without its CRLF): a chunk's `left` bytes of data, another line, or the end. */
export function afterChunkLine(phase: ChunkLine, line: string): { phase: ChunkLine | 'data' | 'done'; left: number } {
  if (phase === 'crlf') {
    if (line !== '') throw garbled('chunk data longer than its size');
    return { phase: 'size', left: 0 };
  }
  if (phase === 'trailer') return { phase: line === '' ? 'done' : 'trailer', left: 0 };
  const size = /^[0-9a-f]{1,12}(?=\s*(;|$))/i.exec(line);
  if (!size) throw garbled('a bad chunk size');
  const left = parseInt(size[0], 16);
  return { phase: left === 0 ? 'trailer' : 'data', left };
}
