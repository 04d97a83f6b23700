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
export async function signWebhook({ id, timestamp, body, secret }: WebhookSignParams): Promise<WebhookHeaders> {
  const msgId = id ?? `msg_${crypto.randomUUID().replaceAll('-', '')}`;
  const seconds = String(timestamp ?? Math.floor(Date.now() / 1000));
  const signature = await computeSignature(secret, msgId, seconds, body);
  return { 'svix-id': msgId, 'svix-timestamp': seconds, 'svix-signature': `v1,${toBase64(signature)}` };
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
