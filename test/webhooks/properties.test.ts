import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { WebhookVerificationError, generateWebhookSecret, signWebhook, verifyWebhook } from '../../src/index.js';

const SECRET = generateWebhookSecret();
const bodies = fc
  .uint8Array({ minLength: 1, maxLength: 512 })
  .map((bytes) => JSON.stringify({ type: 'test.event', data: Array.from(bytes) }));
const ids = fc.string({ minLength: 1, maxLength: 40 }).filter((s) => s.trim() === s && s !== '' && !/[\r\n]/.test(s));
const timestamps = fc.integer({ min: 0, max: 2 ** 40 });

describe('webhook signatures (properties)', () => {
  it('verify accepts whatever sign produced, for any body, id and timestamp', async () => {
    await fc.assert(
      fc.asyncProperty(bodies, ids, timestamps, async (body, id, timestamp) => {
        const headers = await signWebhook({ id, timestamp, body, secret: SECRET });
        const event = await verifyWebhook(body, headers, SECRET, { now: new Date(timestamp * 1000) });
        expect(event.type).toBe('test.event');
      }),
      { numRuns: 200 },
    );
  });

  it('verify rejects the body with any single byte changed', async () => {
    const changes = fc.record({
      body: fc.uint8Array({ minLength: 1, maxLength: 512 }),
      at: fc.nat(),
      delta: fc.integer({ min: 1, max: 255 }),
    });
    await fc.assert(
      fc.asyncProperty(changes, timestamps, async ({ body, at, delta }, timestamp) => {
        const headers = await signWebhook({ id: 'msg_p', timestamp, body, secret: SECRET });
        const changed = body.slice();
        const i = at % changed.length;
        changed[i] = (changed[i]! + delta) % 256;
        const err: unknown = await verifyWebhook(changed, headers, SECRET, { now: new Date(timestamp * 1000) }).catch((e: unknown) => e);
        expect(err).toBeInstanceOf(WebhookVerificationError);
        expect((err as WebhookVerificationError).reason).toBe('no_matching_signature');
      }),
      { numRuns: 200 },
    );
  });
});
