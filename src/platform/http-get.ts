import net from 'node:net';
import { write } from 'node:fs';
import { TransferError } from '../core/errors.js';
import { afterChunkLine, connectTo, framing, garbled, parseHead, type ChunkLine } from './http-head.js';
import { aborted, stalled } from '../core/transfer.js';

// A download's GET, spoken over a socket of its own. node:http hands each socket read over in a
// fresh 64 KiB buffer: a gigabyte of those, dead but not yet collected, grew a download's memory
// by 35-60 MB, and the JS per chunk held it near 0.65x curl's throughput. Here the socket reads
// (`onread`) straight into two halves of one arena, and each half, once full, goes to the file in
// one write while the other fills: no allocation per read, and reading waits for the disk.

const HALF = 1024 * 1024;
/** Less room than this left in a half and it is written out. */
const MIN_READ = 64 * 1024;
const MAX_HEAD = 64 * 1024;

export interface GetOptions {
  headers: Record<string, string>;
  timeoutMs: number;
  signal: AbortSignal | undefined;
  lookup?: net.LookupFunction | undefined;
}

/** A response whose head has arrived; its body waits, unread beyond what came with the head, for `pour`. */
export interface StorageResponse {
  status: number;
  /** Lowercased names; repeated headers joined with ", ". */
  headers: Record<string, string | undefined>;
  chunked: boolean;
  /**
   * Writes the body to `fd` from `position`, calling `onBytes` with each run of bytes received.
   * Resolves once the body is complete and written; when it fails, every byte received has been
   * written before it rejects (unless the disk failed: `diskFailed`).
   */
  pour(fd: number, position: number, onBytes: (bytes: number) => void): Promise<void>;
  /** The write error a failed `pour` rejected with, when it was the disk's. */
  readonly diskFailed: Error | undefined;
  destroy(err?: Error): void;
}

/** GETs `url`, resolving once the response's head has arrived. */
export function storageGet(url: URL, options: GetOptions): Promise<StorageResponse> {
  if (options.signal?.aborted) return Promise.reject(aborted(options.signal, 'download'));
  // Values come from storage (a kept part's ETag): none may end the line it is written on.
  if (Object.values(options.headers).some((value) => /[\r\n]/.test(value))) {
    return Promise.reject(new TransferError('The download failed: a header to send holds a line break'));
  }
  return new Promise((resolve, reject) => void new Get(url, options, resolve, reject));
}

type Phase = 'head' | 'length' | 'close' | 'size' | 'data' | 'crlf' | 'trailer' | 'done';

class Get implements StorageResponse {
  status = 0;
  headers: Record<string, string | undefined> = {};
  chunked = false;
  diskFailed: Error | undefined;
  readonly #socket: net.Socket;
  readonly #arena = Buffer.allocUnsafeSlow(2 * HALF);
  // Where TLS, which can deliver what it already decrypted after reading stopped, puts such bytes.
  readonly #spare = Buffer.allocUnsafeSlow(MIN_READ);
  readonly #overflow: Buffer[] = [];
  #half = 0;
  #fill = 0;
  #writes = 0;
  #waiting = false;
  #head = '';
  #phase: Phase = 'head';
  #left = 0;
  #line = '';
  #received = 0;
  #eof = false;
  #error: Error | undefined;
  #sink: { fd: number; position: number; onBytes: (n: number) => void; done: () => void; fail: (e: Error) => void } | undefined;
  #last = performance.now();
  #timer: ReturnType<typeof setTimeout>;
  readonly #options: GetOptions;
  #answered: ((res: StorageResponse) => void) | undefined;
  readonly #refused: (err: Error) => void;
  readonly #onAbort = () => this.#fail(aborted(this.#options.signal!, 'download'));

  constructor(url: URL, options: GetOptions, answered: (res: StorageResponse) => void, refused: (err: Error) => void) {
    this.#options = options;
    this.#answered = answered;
    this.#refused = refused;
    const onread = { buffer: () => this.#room(), callback: (n: number, buf: Uint8Array) => this.#read(n, buf) };
    this.#socket = connectTo(url, options.lookup ? { onread, lookup: options.lookup } : { onread });
    this.#socket.on('error', (err) => this.#fail(err));
    this.#socket.on('close', () => this.#closed());
    const extra = Object.entries(options.headers).map(([name, value]) => `${name}: ${value}\r\n`);
    this.#socket.write(`GET ${url.pathname}${url.search} HTTP/1.1\r\nHost: ${url.host}\r\n${extra.join('')}Connection: close\r\n\r\n`);
    // One timer for the whole exchange, re-armed only when it fires: resetting it per read costs more than the check.
    const check = () => {
      const idle = performance.now() - this.#last;
      if (idle >= options.timeoutMs) this.#fail(stalled('download', options.timeoutMs));
      else this.#timer = setTimeout(check, options.timeoutMs - idle);
    };
    this.#timer = setTimeout(check, options.timeoutMs);
    options.signal?.addEventListener('abort', this.#onAbort, { once: true });
  }

  pour(fd: number, position: number, onBytes: (n: number) => void): Promise<void> {
    return new Promise<void>((done, fail) => {
      this.#sink = { fd, position, onBytes, done, fail };
      try {
        if (this.#received > 0) onBytes(this.#received);
      } catch (err) {
        this.#fail(err as Error);
      }
      if (this.#phase === 'done' || this.#error) return this.#finish();
      if (HALF - this.#fill < MIN_READ && !this.#flush()) return;
      if (this.#release()) this.#socket.resume();
    });
  }

  destroy(err?: Error): void {
    this.#fail(err ?? new Error('The response was discarded'));
  }

  /** Where the next read lands: the filling half, or the spare when that half cannot take it now. */
  #room(): Uint8Array {
    const start = this.#half * HALF + this.#fill;
    return this.#waiting || this.#overflow.length > 0 || HALF - this.#fill < MIN_READ
      ? this.#spare
      : this.#arena.subarray(start, start + HALF - this.#fill);
  }

  /** A read of `n` bytes into `buf`; false stops reading. It must not throw: it runs inside Node's read callback. */
  #read(n: number, buf: Uint8Array): boolean {
    this.#last = performance.now();
    if (this.#error) return false;
    if (buf === this.#spare) {
      // Held while the filling half is being written or earlier bytes still wait; else taken now.
      if (this.#waiting || this.#overflow.length > 0 || HALF - this.#fill < n) {
        this.#overflow.push(Buffer.from(this.#spare.subarray(0, n)));
        return false;
      }
      const at = this.#half * HALF + this.#fill;
      this.#spare.copy(this.#arena, at, 0, n);
      return this.#take(at, n);
    }
    return this.#take(buf.byteOffset - this.#arena.byteOffset, n);
  }

  /** Takes `n` bytes read into the arena at `at`; false stops reading. Never throws: it fails the exchange instead. */
  #take(at: number, n: number): boolean {
    try {
      return this.#parse(at, n);
    } catch (err) {
      this.#fail(err as Error);
      return false;
    }
  }

  #parse(at: number, n: number): boolean {
    const end = at + n;
    if (this.#phase === 'head') {
      const body = this.#readHead(at, end);
      if (body === -1) return true;
      at = body;
    }
    const added = this.#decode(at, end);
    this.#received += added;
    if (!this.#sink) {
      // The head is in: reading waits for the caller to decide what to do with the body.
      if (this.#answered) {
        const answered = this.#answered;
        this.#answered = undefined;
        answered(this);
      }
      return false;
    }
    if (added > 0) this.#sink.onBytes(added);
    if (this.#phase === 'done') {
      this.#finish();
      return false;
    }
    return HALF - this.#fill < MIN_READ ? this.#flush() : true;
  }

  /** Adds to the head; once it is whole, parses it and returns where the body starts, else -1. */
  #readHead(at: number, end: number): number {
    const before = this.#head.length;
    this.#head += this.#arena.toString('latin1', at, end);
    let from = 0;
    for (;;) {
      const stop = this.#head.indexOf('\r\n\r\n', from);
      if (stop === -1) {
        if (this.#head.length > MAX_HEAD) throw garbled('a head larger than 64 KiB');
        if (from > 0) this.#head = this.#head.slice(from);
        return -1;
      }
      const head = parseHead(this.#head.slice(from, stop));
      from = stop + 4;
      // Interim answers (100 Continue, 103 Early Hints) come before the one that counts.
      if (head.status < 200) continue;
      ({ status: this.status, headers: this.headers } = head);
      ({ phase: this.#phase, left: this.#left, chunked: this.chunked } = framing(head));
      this.#head = '';
      return at + from - before;
    }
  }

  /** Moves the body bytes in [at, end) down to the filling half's end, dropping chunk framing; returns how many. */
  #decode(at: number, end: number): number {
    const arena = this.#arena;
    let added = 0;
    const keep = (n: number) => {
      const to = this.#half * HALF + this.#fill;
      if (to !== at) arena.copyWithin(to, at, at + n);
      this.#fill += n;
      added += n;
      at += n;
    };
    while (at < end && this.#phase !== 'done') {
      if (this.#phase === 'close') keep(end - at);
      else if (this.#phase === 'length' || this.#phase === 'data') {
        const n = Math.min(this.#left, end - at);
        keep(n);
        this.#left -= n;
        if (this.#left === 0) this.#phase = this.#phase === 'length' ? 'done' : 'crlf';
      } else {
        // A line of chunk framing: a size, the CRLF after a chunk's data, or a trailer.
        const nl = arena.subarray(at, end).indexOf(10);
        this.#line += arena.toString('latin1', at, nl === -1 ? end : at + nl);
        if (this.#line.length > 4096) throw garbled('a chunk line longer than 4 KiB');
        if (nl === -1) break;
        at += nl + 1;
        ({ phase: this.#phase, left: this.#left } = afterChunkLine(this.#phase as ChunkLine, this.#line.replace(/\r$/, '')));
        this.#line = '';
      }
    }
    return added;
  }

  /** Writes the filling half out and switches to the other; false when that one is still being written. */
  #flush(): boolean {
    // One write at a time: two at once contend for the file's lock, which cost CPU.
    if (this.#writes > 0) {
      this.#waiting = true;
      return false;
    }
    const sink = this.#sink!;
    const half = this.#half;
    const length = this.#fill;
    this.#half ^= 1;
    this.#fill = 0;
    this.#waiting = false;
    if (length > 0) {
      this.#writes++;
      writeAll(sink.fd, this.#arena, half * HALF, length, sink.position, (err) => {
        this.#writes--;
        this.#last = performance.now();
        if (err) {
          this.diskFailed ??= err;
          if (this.#error) this.#finish();
          else this.#fail(err);
        } else this.#drained();
      });
      sink.position += length;
    }
    return true;
  }

  /** A write finished: the half that filled meanwhile goes out, and reading goes on after any bytes held meanwhile. */
  #drained(): void {
    if (this.#error || this.#phase === 'done') return this.#finish();
    if (!this.#waiting) return;
    if (HALF - this.#fill < MIN_READ && !this.#flush()) return;
    this.#waiting = false;
    if (this.#release()) this.#socket.resume();
  }

  /** Takes the bytes held while reading waited; true when reading can go on. */
  #release(): boolean {
    while (this.#overflow.length > 0) {
      if (this.#waiting || this.#error || this.#phase === 'done') return false;
      const held = this.#overflow[0]!;
      if (HALF - this.#fill < held.byteLength) {
        if (!this.#sink || !this.#flush()) return false;
        continue;
      }
      this.#overflow.shift();
      const at = this.#half * HALF + this.#fill;
      held.copy(this.#arena, at);
      if (!this.#take(at, held.byteLength)) return false;
    }
    if (!this.#eof) return true;
    this.#closed();
    return false;
  }

  #closed(): void {
    this.#eof = true;
    if (this.#error || this.#phase === 'done') return;
    // Bytes still held wait for the half they go to; the end is judged after them.
    if (this.#waiting || this.#overflow.length > 0) return;
    if (this.#phase === 'head')
      return this.#fail(new TransferError('The download broke off: storage closed the connection before it answered'));
    if (this.#phase !== 'close') return this.#fail(new TransferError('The download broke off: storage closed the connection'));
    this.#phase = 'done';
    if (this.#sink) this.#finish();
  }

  #fail(err: Error): void {
    if (this.#error) return;
    this.#error = err;
    this.#socket.destroy();
    if (this.#answered) return (this.#stop(), this.#refused(err));
    this.#finish();
  }

  /** Once the body is complete or has failed: writes what is left (not after a disk error), then settles `pour`. */
  #finish(): void {
    const sink = this.#sink;
    if (!sink) return this.#stop();
    if (this.#phase === 'done') this.#socket.destroy();
    if (this.#fill > 0 && !this.diskFailed && this.#writes === 0) this.#flush();
    if (this.#writes > 0 || (this.#fill > 0 && !this.diskFailed)) return;
    this.#stop();
    this.#sink = undefined;
    if (this.#error) sink.fail(this.#error);
    else sink.done();
  }

  #stop(): void {
    clearTimeout(this.#timer);
    this.#options.signal?.removeEventListener('abort', this.#onAbort);
  }
}

/** fs.write until all `length` bytes are written: a regular file may take fewer at a time. */
function writeAll(fd: number, buf: Buffer, offset: number, length: number, position: number, done: (err: Error | null) => void): void {
  write(fd, buf, offset, length, position, (err, written) => {
    if (err) return done(err);
    if (written === length) return done(null);
    if (written === 0) return done(Object.assign(new Error('write wrote nothing'), { code: 'EIO', syscall: 'write' }));
    writeAll(fd, buf, offset + written, length - written, position + written, done);
  });
}
