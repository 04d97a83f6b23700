import { describe, expect, it } from 'vitest';
import {
  MoveUgcError,
  ValidationError,
  WebhookVerificationError,
  generateWebhookSecret,
  isWebhookEvent,
  signWebhook,
  verifyWebhook,
  type WebhookHeaders,
} from '../../src/index.js';

const SECRET = 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw';
const NOW = new Date('2024-05-01T12:00:00Z');
const T = Math.floor(NOW.getTime() / 1000);
const BODY = JSON.stringify({ type: 'ugc.job.state.completed', timestamp: NOW.toISOString(), data: { jobId: 'job-1', takeId: 'take-1' } });

const sign = (overrides: Partial<Parameters<typeof signWebhook>[0]> = {}) =>
  signWebhook({ id: 'msg_1', timestamp: T, body: BODY, secret: SECRET, ...overrides });

/** Runs verifyWebhook expecting a WebhookVerificationError, and returns it. */
async function rejection(...args: Parameters<typeof verifyWebhook>): Promise<WebhookVerificationError> {
  const err: unknown = await verifyWebhook(...args).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(WebhookVerificationError);
  return err as WebhookVerificationError;
}

describe('verifyWebhook', () => {
  it('accepts what signWebhook signed and returns the typed event', async () => {
    const event = await verifyWebhook(BODY, await sign(), SECRET, { now: NOW });
    expect(event.type).toBe('ugc.job.state.completed');
    expect(event.timestamp).toEqual(NOW);
    expect(isWebhookEvent(event, 'ugc.job.state.completed') && event.data).toEqual({ jobId: 'job-1', state: 'FINISHED', takeId: 'take-1' });
  });

  it('an invalid `now` is a ValidationError: it must not switch replay protection off', async () => {
    // A delivery signed a year ago: with `now` an invalid Date, every timestamp looked recent.
    const old = await sign({ timestamp: T - 365 * 24 * 3600 });
    for (const now of [new Date('not a date'), '2024-05-01' as unknown as Date]) {
      const err: unknown = await verifyWebhook(BODY, old, SECRET, { now }).catch((e: unknown) => e);
      expect(err).toMatchObject({ name: 'ValidationError', field: 'now' });
    }
  });

  it('headers or options that are not objects are ValidationErrors, not TypeErrors', async () => {
    const headers = await sign();
    const calls: [string, () => Promise<unknown>][] = [
      ['headers', () => verifyWebhook(BODY, null as never, SECRET, { now: NOW })],
      ['options', () => verifyWebhook(BODY, headers, SECRET, null as never)],
    ];
    for (const [field, call] of calls) {
      const err: unknown = await call().catch((e: unknown) => e);
      expect(err).toBeInstanceOf(ValidationError);
      expect((err as ValidationError).field).toBe(field);
    }
  });

  it('rejects a tampered body', async () => {
    const err = await rejection(BODY.replace('job-1', 'job-2'), await sign(), SECRET, { now: NOW });
    expect(err.reason).toBe('no_matching_signature');
  });

  it('rejects a delivery signed with another secret', async () => {
    const headers = await sign({ secret: generateWebhookSecret() });
    expect((await rejection(BODY, headers, SECRET, { now: NOW })).reason).toBe('no_matching_signature');
  });

  it.each([
    ['stale', -301],
    ['future', 301],
  ])('rejects a %s timestamp beyond the tolerance, and accepts one at the edge', async (_label, offset) => {
    const outside = await sign({ timestamp: T + offset });
    const err = await rejection(BODY, outside, SECRET, { now: NOW });
    expect(err.reason).toBe('timestamp_out_of_tolerance');
    expect(err.message).toContain('300s tolerance');
    const edge = await sign({ timestamp: T + Math.sign(offset) * 300 });
    await expect(verifyWebhook(BODY, edge, SECRET, { now: NOW })).resolves.toMatchObject({ type: 'ugc.job.state.completed' });
  });

  it('honours toleranceSeconds', async () => {
    const headers = await sign({ timestamp: T - 10 });
    expect((await rejection(BODY, headers, SECRET, { now: NOW, toleranceSeconds: 5 })).reason).toBe('timestamp_out_of_tolerance');
    await expect(verifyWebhook(BODY, headers, SECRET, { now: NOW, toleranceSeconds: 10 })).resolves.toBeDefined();
    await expect(verifyWebhook(BODY, headers, SECRET, { toleranceSeconds: -1 })).rejects.toThrow(ValidationError);
  });

  it('accepts a list of signatures when any v1 entry matches', async () => {
    const good = (await sign())['svix-signature'];
    const other = (await sign({ secret: generateWebhookSecret() }))['svix-signature'];
    const headers = { ...(await sign()), 'svix-signature': `v1,bm90LWJhc2U2NA== ${other} v1,%%% ${good} v1,AAAA` };
    await expect(verifyWebhook(BODY, headers, SECRET, { now: NOW })).resolves.toMatchObject({ type: 'ugc.job.state.completed' });
  });

  it('ignores signatures of other versions, even with the right bytes', async () => {
    const value = (await sign())['svix-signature'].slice('v1,'.length);
    const headers = { ...(await sign()), 'svix-signature': `v2,${value} v1a,${value} ${value}` };
    expect((await rejection(BODY, headers, SECRET, { now: NOW })).reason).toBe('no_matching_signature');
  });

  it.each(['svix-id', 'svix-timestamp', 'svix-signature'] as const)('rejects a delivery without %s', async (name) => {
    const headers: Partial<WebhookHeaders> = await sign();
    delete headers[name];
    const err = await rejection(BODY, headers, SECRET, { now: NOW });
    expect(err.reason).toBe('missing_header');
    expect(err.message).toContain(name);
    expect((await rejection(BODY, { ...(await sign()), [name]: '' }, SECRET, { now: NOW })).reason).toBe('missing_header');
  });

  it.each(['', '12.5', '-1', '1e9', 'now', '99999999999999999999'])('rejects the malformed timestamp %j', async (timestamp) => {
    const headers = { ...(await sign()), 'svix-timestamp': timestamp };
    const err = await rejection(BODY, headers, SECRET, { now: NOW });
    expect(err.reason).toBe(timestamp === '' ? 'missing_header' : 'invalid_timestamp');
  });

  it.each(['', 'whsec_', 'MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw', 'whsec_not base64!', 'whsec_abc'])(
    'rejects the malformed secret %j',
    async (secret) => {
      const err = await rejection(BODY, await sign(), secret, { now: NOW });
      expect(err.reason).toBe('invalid_secret');
      expect(err).toBeInstanceOf(MoveUgcError);
      await expect(signWebhook({ body: BODY, secret })).rejects.toThrow(ValidationError); // a bad argument to sign, where verify calls it a bad delivery
    },
  );

  it('reads headers from a Headers object and from a plain object in any case', async () => {
    const signed = await sign();
    await expect(verifyWebhook(BODY, new Headers(signed), SECRET, { now: NOW })).resolves.toMatchObject({
      type: 'ugc.job.state.completed',
    });
    const mixed = {
      'Svix-Id': signed['svix-id'],
      'SVIX-TIMESTAMP': signed['svix-timestamp'],
      'svix-Signature': [signed['svix-signature']],
    };
    await expect(verifyWebhook(BODY, mixed, SECRET, { now: NOW })).resolves.toMatchObject({ type: 'ugc.job.state.completed' });
  });

  it('verifies a Uint8Array body over its exact bytes, including non-ASCII text', async () => {
    const body = JSON.stringify({ type: 'job.state.failed', detail: { job_id: 'job-ü', client_id: 'client-1' } });
    const bytes = new TextEncoder().encode(body);
    const event = await verifyWebhook(bytes, await sign({ body: bytes }), SECRET, { now: NOW });
    expect(event).toMatchObject({ type: 'job.state.failed', data: { jobId: 'job-ü', state: 'FAILED', clientId: 'client-1' } });
    // The string form signs the same bytes.
    await expect(verifyWebhook(body, await sign({ body: bytes }), SECRET, { now: NOW })).resolves.toMatchObject({
      type: 'job.state.failed',
    });
  });

  it('rejects a body that is not a string or bytes', async () => {
    await expect(verifyWebhook({} as string, await sign(), SECRET, { now: NOW })).rejects.toThrow(ValidationError);
  });

  it('never puts the secret or the computed signature in an error message', async () => {
    const signed = await sign();
    const computed = signed['svix-signature'].slice('v1,'.length);
    const failures = [
      rejection(BODY + ' ', signed, SECRET, { now: NOW }),
      rejection(BODY, { ...signed, 'svix-timestamp': String(T + 1) }, SECRET, { now: NOW }),
      rejection(BODY, { ...signed, 'svix-timestamp': 'x' }, SECRET, { now: NOW }),
      rejection(BODY, { 'svix-id': 'msg_1' }, SECRET, { now: NOW }),
      rejection(BODY, signed, `${SECRET}!`, { now: NOW }),
      rejection('not json', await sign({ body: 'not json' }), SECRET, { now: NOW }),
    ];
    for (const err of await Promise.all(failures)) {
      expect(err.message).not.toContain(SECRET.slice('whsec_'.length, 20));
      expect(err.message).not.toContain(computed);
      expect(String(err.stack)).not.toContain(SECRET.slice('whsec_'.length, 20));
    }
  });
});

describe('signWebhook and generateWebhookSecret', () => {
  it('fills in a message id and the current time', async () => {
    const headers = await signWebhook({ body: BODY, secret: SECRET });
    expect(headers['svix-id']).toMatch(/^msg_[0-9a-f]{32}$/);
    expect(Math.abs(Number(headers['svix-timestamp']) - Date.now() / 1000)).toBeLessThan(60);
    expect(headers['svix-signature']).toMatch(/^v1,[A-Za-z0-9+/]{43}=$/);
    await expect(verifyWebhook(BODY, headers, SECRET)).resolves.toMatchObject({ type: 'ugc.job.state.completed' });
  });

  it.each([
    ['no params', undefined, 'params'],
    ['a number body', { body: 5, secret: SECRET }, 'body'],
    ['no secret', { body: '{}' }, 'secret'],
    ['a secret without whsec_', { body: '{}', secret: 'MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw' }, 'secret'],
    ['a NaN timestamp', { body: '{}', secret: SECRET, timestamp: Number.NaN }, 'timestamp'],
    ['a timestamp in ms as a string', { body: '{}', secret: SECRET, timestamp: 'soon' }, 'timestamp'],
    ['an id with a newline (a header value)', { body: '{}', secret: SECRET, id: 'msg_1\nx: y' }, 'id'],
    ['an unknown key', { body: '{}', secret: SECRET, secrets: [SECRET] }, 'params.secrets'],
  ])('refuses %s with a ValidationError naming it, as verifyWebhook would refuse what it signed', async (_, params, field) => {
    const err = await signWebhook(params as never).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ValidationError);
    expect((err as ValidationError).field).toBe(field);
  });

  it('makes distinct secrets holding 32 random bytes', () => {
    const a = generateWebhookSecret();
    expect(a).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
    expect(generateWebhookSecret()).not.toBe(a);
  });
});
