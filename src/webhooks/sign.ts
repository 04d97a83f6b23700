import { ValidationError } from '../core/errors.js';
import { concatBytes, decodeSecret, toBase64 } from './bytes.js';

// A type alias, not an interface: only aliases are assignable to the header record verifyWebhook takes.
/** The three headers Svix sends with each delivery. */
export type WebhookHeaders = {
  'svix-id': string;
  /** Unix seconds, as a decimal string. */
  'svix-timestamp': string;
  /** Space-separated `v1,<base64>` entries. */
  'svix-signature': string;
};

export interface WebhookSignParams {
  /** Message id; a random `msg_…` id when omitted. */
  id?: string | undefined;
  /** Unix seconds; the current time when omitted. */
  timestamp?: number | undefined;
  /** The exact bytes that will be sent. */
  body: string | Uint8Array;
  /** `whsec_<base64>`. */
  secret: string;
}

const encoder = new TextEncoder();

/** HMAC-SHA256 of `${id}.${timestamp}.${body}`, over the body's exact bytes. */
export async function computeSignature(secret: string, id: string, timestamp: string, body: string | Uint8Array): Promise<Uint8Array> {
  const key = await crypto.subtle.importKey('raw', decodeSecret(secret), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
  const bodyBytes = typeof body === 'string' ? encoder.encode(body) : body;
  const signed = concatBytes(encoder.encode(`${id}.${timestamp}.`), bodyBytes);
  return new Uint8Array(await crypto.subtle.sign('HMAC', key, signed));
}

/**
 * Signs a body the way Move's webhook deliveries are signed, and returns the headers to send with
 * it. Use it to test your own webhook handler against {@link verifyWebhook}.
 *
 * @example
 * ```ts
 * const body = JSON.stringify({ type: 'ugc.job.state.completed', data: { jobId: 'job-1' } });
 * const headers = await signWebhook({ body, secret: process.env.MOVE_WEBHOOK_SECRET! });
 * await fetch('http://127.0.0.1:3000/move-webhook', { method: 'POST', headers, body });
 * ```
 */
export async function signWebhook(params: WebhookSignParams): Promise<WebhookHeaders> {
  const { id, timestamp, body, secret } = checkSignParams(params);
  const msgId = id ?? `msg_${crypto.randomUUID().replaceAll('-', '')}`;
  const seconds = String(timestamp ?? Math.floor(Date.now() / 1000));
  const signature = await computeSignature(secret, msgId, seconds, body);
  return { 'svix-id': msgId, 'svix-timestamp': seconds, 'svix-signature': `v1,${toBase64(signature)}` };
}

const SIGN_KEYS = ['body', 'secret', 'id', 'timestamp'];

/** The parameters of `signWebhook`, checked: what it signs must be what `verifyWebhook` accepts. */
function checkSignParams(params: unknown): WebhookSignParams {
  if (params === null || typeof params !== 'object' || Array.isArray(params)) {
    throw new ValidationError('params', 'must be an object: { body, secret, id?, timestamp? }');
  }
  for (const key of Object.keys(params)) {
    if (!SIGN_KEYS.includes(key)) throw new ValidationError(`params.${key}`, `is not a known parameter (known: ${SIGN_KEYS.join(', ')})`);
  }
  const { id, timestamp, body, secret } = params as Record<string, unknown>;
  if (typeof body !== 'string' && !(body instanceof Uint8Array)) {
    throw new ValidationError('body', 'must be a string or a Uint8Array: the exact bytes that will be sent');
  }
  try {
    decodeSecret(secret);
  } catch {
    throw new ValidationError('secret', 'must be "whsec_" followed by non-empty base64');
  }
  // As verifyWebhook reads them: whole unix seconds, and an id that can travel as a header value.
  if (timestamp !== undefined && !(Number.isInteger(timestamp) && (timestamp as number) >= 0 && (timestamp as number) < 1e15)) {
    throw new ValidationError('timestamp', 'must be whole unix seconds (an integer >= 0)');
  }
  if (id !== undefined && !(typeof id === 'string' && isHeaderValue(id))) {
    throw new ValidationError(
      'id',
      'must be 1 to 256 Latin-1 characters, no control characters nor spaces at either end (it is sent as a header)',
    );
  }
  return params as WebhookSignParams;
}

function isHeaderValue(text: string): boolean {
  if (text.length < 1 || text.length > 256 || text.trim() !== text) return false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x20 || code === 0x7f || code > 0xff) return false;
  }
  return true;
}

/**
 * Makes a new random signing secret (`whsec_` and 32 random bytes in base64), e.g. for
 * `ugc.webhooks.upsert({ secret })`.
 *
 * @example
 * ```ts
 * const secret = generateWebhookSecret();
 * await ugc.webhooks.upsert({ uid: 'jobs', url, events: ['ugc.job.state.completed'], secret });
 * ```
 */
export function generateWebhookSecret(): string {
  return `whsec_${toBase64(crypto.getRandomValues(new Uint8Array(32)))}`;
}
