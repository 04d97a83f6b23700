import { WebhookVerificationError } from './errors.js';

// atob/btoa exist in Node 20, browsers and edge runtimes; they work on "binary strings", one char per byte.

const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}

/** Decodes strict, padded base64; undefined for anything else (atob alone is too forgiving). */
export function fromBase64(text: string): Uint8Array<ArrayBuffer> | undefined {
  if (!BASE64.test(text)) return undefined;
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

export function concatBytes(...parts: Uint8Array[]): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.byteLength, 0));
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.byteLength;
  }
  return out;
}

/**
 * True when a and b hold the same bytes. Every byte is visited whatever the content, so the time
 * taken says nothing about where a forged signature first differs.
 */
export function bytesEqual(a: Uint8Array, b: Uint8Array): boolean {
  if (a.byteLength !== b.byteLength) return false;
  let diff = 0;
  for (let i = 0; i < a.byteLength; i++) diff |= a[i]! ^ b[i]!;
  return diff === 0;
}

/** The HMAC key inside `whsec_<base64>`. */
export function decodeSecret(secret: unknown): Uint8Array<ArrayBuffer> {
  const key = typeof secret === 'string' && secret.startsWith('whsec_') ? fromBase64(secret.slice(6)) : undefined;
  if (!key?.byteLength) {
    throw new WebhookVerificationError('invalid_secret', 'The webhook secret must be "whsec_" followed by non-empty base64');
  }
  return key;
}
