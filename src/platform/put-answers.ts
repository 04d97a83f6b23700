// Reads what storage sends back on an upload's own connection: the PUT's answer and, when storage
// keeps the connection, the answer to the request sent after it (see node-put.ts). Only the
// framing matters here: the status, whether storage closes, and where the first answer ends.
import { framing, parseHead, type Framing, type Head } from './http-head.js';

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
    let answer: Head;
    let body: Framing;
    try {
      answer = parseHead(head);
      // Interim answers (100 Continue, 103 Early Hints) come before the one that counts.
      if (answer.status < 200) return true;
      body = framing(answer);
    } catch {
      return this.#fail();
    }
    const status = answer.status;
    // A body that runs to the connection's close leaves no room for the next answer.
    const closes = head.startsWith('HTTP/1.0') || /\bclose\b/i.test(answer.headers.connection ?? '') || body.phase === 'close';
    this.#phase = closes ? 'done' : body.phase === 'done' ? 'next' : body.phase === 'size' ? 'chunks' : 'length';
    this.#left = body.left;
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
