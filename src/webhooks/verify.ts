import { ValidationError } from '../core/errors.js';
import { bytesEqual, decodeSecret, fromBase64 } from './bytes.js';
import { WebhookVerificationError } from './errors.js';
import { parseWebhookEvent, type WebhookEvent } from './events.js';
import { computeSignature } from './sign.js';

/** Request headers as frameworks hand them over: a `Headers` object, or a plain object (Node's `req.headers`). */
export type WebhookRequestHeaders = Headers | Readonly<Record<string, string | readonly string[] | undefined>>;

export interface WebhookVerifyOptions {
  /** How far `svix-timestamp` may be from now, either way, before a delivery counts as replayed. Default 300. */
  toleranceSeconds?: number | undefined;
  /** The current time; for tests. */
  now?: Date | undefined;
}

function header(headers: WebhookRequestHeaders, name: string): string {
  let value: string | readonly string[] | null | undefined;
  if (typeof Headers !== 'undefined' && headers instanceof Headers) {
    value = headers.get(name);
  } else {
    const record = headers as Readonly<Record<string, string | readonly string[] | undefined>>;
    const key = Object.keys(record).find((k) => k.toLowerCase() === name);
    value = key === undefined ? undefined : record[key];
  }
  const text = typeof value === 'string' ? value : value?.join(' ');
  if (!text) throw new WebhookVerificationError('missing_header', `The ${name} header is missing`);
  return text.trim();
}

function checkTimestamp(timestamp: string, toleranceSeconds: number, now: Date): void {
  if (!/^\d{1,15}$/.test(timestamp)) {
    throw new WebhookVerificationError('invalid_timestamp', 'The svix-timestamp header is not a whole number of unix seconds');
  }
  const skew = Number(timestamp) - now.getTime() / 1000;
  if (Math.abs(skew) > toleranceSeconds) {
    const direction = skew < 0 ? 'old' : 'far in the future';
    throw new WebhookVerificationError(
      'timestamp_out_of_tolerance',
      `The svix-timestamp is ${Math.round(Math.abs(skew))}s ${direction}, beyond the ${toleranceSeconds}s tolerance`,
    );
  }
}

/**
 * Checks that a webhook delivery was signed with your endpoint's secret and is recent, then parses
 * its body. Pass the body exactly as received (before any JSON parsing: re-serialised JSON no
 * longer matches the signature). Every `v1` signature in `svix-signature` is compared in full, in
 * constant time; other versions are ignored.
 *
 * @throws {WebhookVerificationError} on a bad secret, a missing header, a malformed or out-of-tolerance
 * timestamp, no matching signature, or a body that is not a JSON event.
 *
 * @example
 * ```ts
 * // Node, with the raw body (e.g. express.raw({ type: 'application/json' }))
 * app.post('/move-webhook', async (req, res) => {
 *   try {
 *     const event = await verifyWebhook(req.body, req.headers, process.env.MOVE_WEBHOOK_SECRET!);
 *     if (isWebhookEvent(event, 'ugc.job.state.completed')) console.log('finished', event.data.jobId);
 *     res.sendStatus(204);
 *   } catch (err) {
 *     if (err instanceof WebhookVerificationError) res.status(400).send(err.message);
 *     else throw err;
 *   }
 * });
 * ```
 */
export async function verifyWebhook(
  rawBody: string | Uint8Array,
  headers: WebhookRequestHeaders,
  secret: string,
  options: WebhookVerifyOptions = {},
): Promise<WebhookEvent> {
  if (options === null || typeof options !== 'object') throw new ValidationError('options', 'must be an object');
  const { toleranceSeconds = 300, now = new Date() } = options;
  if (typeof toleranceSeconds !== 'number' || !(toleranceSeconds >= 0)) {
    throw new ValidationError('toleranceSeconds', 'must be a number of seconds, 0 or more');
  }
  // An invalid date would make every timestamp look recent: replay protection would be off.
  if (!(now instanceof Date) || Number.isNaN(now.getTime())) throw new ValidationError('now', 'must be a valid Date');
  if (typeof rawBody !== 'string' && !(rawBody instanceof Uint8Array)) {
    throw new ValidationError('rawBody', 'must be the body as received: a string or a Uint8Array');
  }
  if (headers === null || typeof headers !== 'object') {
    throw new ValidationError('headers', 'must be the request headers: a Headers object or a plain object');
  }
  decodeSecret(secret);
  const id = header(headers, 'svix-id');
  const timestamp = header(headers, 'svix-timestamp');
  const signatures = header(headers, 'svix-signature');
  checkTimestamp(timestamp, toleranceSeconds, now);

  const expected = await computeSignature(secret, id, timestamp, rawBody);
  let matched = false;
  for (const entry of signatures.split(/\s+/)) {
    const [version, value] = entry.split(',', 2);
    if (version !== 'v1' || value === undefined) continue;
    // No break on a match: every candidate costs the same, whichever one matches.
    const candidate = fromBase64(value);
    if (candidate && bytesEqual(candidate, expected)) matched = true;
  }
  if (!matched) {
    throw new WebhookVerificationError('no_matching_signature', 'No v1 signature in svix-signature matches the body and secret');
  }

  const text = typeof rawBody === 'string' ? rawBody : new TextDecoder().decode(rawBody);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new WebhookVerificationError('invalid_payload', 'The webhook body is signed but is not JSON');
  }
  return parseWebhookEvent(json);
}
