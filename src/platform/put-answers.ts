// Reads what storage sends back on an upload's own connection: the PUT's answer and, when storage
// keeps the connection, the answer to the request sent after it (see node-put.ts). Only the
// framing matters here: the status, whether storage closes, and where the first answer ends.

/** A header block larger than this is not storage speaking HTTP. */
const MAX_HEAD = 64 * 1024;

export interface AnswerEvents {
  /** The PUT's final status; `closes` when storage said it will close the connection (or cannot keep it). */
  answered(status: number, closes: boolean): void;
  /** The next request's status line arrived: storage read the whole PUT body to get to it. */
  next(): void;
  /** Not HTTP/1.x. */
  garbled(): void;
}

export class PutAnswers {
  readonly #on: AnswerEvents;
  #buf = '';
  #phase: 'head' | 'length' | 'chunks' | 'next' | 'done' = 'head';
  #left = 0;

  constructor(on: AnswerEvents) {
    this.#on = on;
  }

  push(chunk: Buffer): void {
    this.#buf += chunk.toString('latin1');
    for (let progressed = true; progressed && this.#phase !== 'done';) progressed = this.#step();
    if (this.#phase !== 'done' && this.#phase !== 'length' && this.#buf.length > MAX_HEAD) this.#fail();
  }

  #fail(): false {
    this.#phase = 'done';
    this.#on.garbled();
    return false;
  }

  /** Consumes what it can of the buffer; false when it needs more bytes. */
  #step(): boolean {
    if (this.#phase === 'next') {
      if (this.#buf.length < 12) return false;
      if (!/^HTTP\/1\.[01] \d{3}/.test(this.#buf)) return this.#fail();
      this.#phase = 'done';
      this.#on.next();
      return false;
    }
    if (this.#phase === 'length') {
      const taken = Math.min(this.#left, this.#buf.length);
      this.#left -= taken;
      this.#buf = this.#buf.slice(taken);
      if (this.#left > 0) return false;
      this.#phase = 'next';
      return true;
    }
    if (this.#phase === 'chunks') return this.#chunk();
    const end = this.#buf.indexOf('\r\n\r\n');
    if (end === -1) return false;
    const head = this.#buf.slice(0, end);
    this.#buf = this.#buf.slice(end + 4);
    const line = /^HTTP\/1\.([01]) (\d{3})/.exec(head);
    if (!line) return this.#fail();
    const status = Number(line[2]);
    // Interim answers (100 Continue, 103 Early Hints) come before the one that counts.
    if (status < 200) return true;
    const header = (name: string) => new RegExp(`\r\n${name}:[ \t]*([^\r]*)`, 'i').exec(head)?.[1]?.trim().toLowerCase();
    const length = header('content-length');
    const chunked = header('transfer-encoding')?.endsWith('chunked') ?? false;
    const bodiless = status === 204 || status === 304;
    // Without a length, a body runs to the connection's close.
    const closes = line[1] === '0' || /\bclose\b/.test(header('connection') ?? '') || (!bodiless && !chunked && length === undefined);
    if (bodiless || chunked || length !== undefined) {
      this.#phase = bodiless ? 'next' : chunked ? 'chunks' : 'length';
      this.#left = bodiless || chunked ? 0 : Number(length) || 0;
    } else this.#phase = 'done';
    if (closes) this.#phase = 'done';
    this.#on.answered(status, closes);
    return this.#phase !== 'done';
  }

  /** One chunk of a chunked body, or its last chunk and trailers. */
  #chunk(): boolean {
    const eol = this.#buf.indexOf('\r\n');
    if (eol === -1) return false;
    const size = parseInt(this.#buf.slice(0, eol), 16);
    if (Number.isNaN(size)) return this.#fail();
    if (size > 0) {
      if (this.#buf.length < eol + 2 + size + 2) return false;
      this.#buf = this.#buf.slice(eol + 2 + size + 2);
      return true;
    }
    const rest = this.#buf.slice(eol + 2);
    const trailers = rest.startsWith('\r\n') ? 0 : rest.indexOf('\r\n\r\n');
    if (trailers === -1) return false;
    this.#buf = rest.slice(trailers === 0 ? 2 : trailers + 4);
    this.#phase = 'next';
    return true;
  }
}
