import { describe, expect, it } from 'vitest';
import { WebhookVerificationError, isWebhookEvent, signWebhook, verifyWebhook, type WebhookEvent } from '../../src/index.js';

const SECRET = 'whsec_c2FuZGJveC13ZWJob29rLXNlY3JldC0wMTIz';

async function deliver(payload: unknown): Promise<WebhookEvent> {
  const body = JSON.stringify(payload);
  return verifyWebhook(body, await signWebhook({ body, secret: SECRET }), SECRET);
}

describe('webhook events', () => {
  it("reads Move's layout of ugc.job.state.completed", async () => {
    const event = await deliver({
      event_name: 'ugc.job.state.completed',
      timestamp: '2023-09-14T09:18:17Z',
      detail: {
        api_name: 'move-ugc-api',
        client_id: 'client-7',
        event_name: 'ugc.job.state.completed',
        event_attributes: { job: { id: 'job-9', created: '2023-09-14T09:00:00Z', metadata: { foo: 'bar' } }, take: { id: 'take-3' } },
      },
    });
    expect(event).toEqual({
      type: 'ugc.job.state.completed',
      timestamp: new Date('2023-09-14T09:18:17Z'),
      data: {
        jobId: 'job-9',
        state: 'FINISHED',
        takeId: 'take-3',
        clientId: 'client-7',
        metadata: { foo: 'bar' },
        created: new Date('2023-09-14T09:00:00Z'),
      },
      raw: expect.objectContaining({ event_name: 'ugc.job.state.completed' }) as unknown,
    });
  });

  it('reads the older job.state.* layout', async () => {
    const event = await deliver({
      event_name: 'job.state.started',
      timestamp: 'not a date',
      detail: { client_id: 'client-7', job_id: 'job-1' },
    });
    expect(isWebhookEvent(event, 'job.state.started')).toBe(true);
    expect(event.timestamp).toBeUndefined();
    expect(event.data).toEqual({ jobId: 'job-1', state: 'RUNNING', clientId: 'client-7' });
  });

  it('reads the flat { type, data } layout, parsing AWSJSON metadata', async () => {
    const event = await deliver({
      type: 'ugc.job.state.failed',
      data: { jobId: 'job-2', state: 'FAILED', metadata: '{"n":1}', takeId: 'take-2' },
    });
    expect(isWebhookEvent(event, 'ugc.job.state.failed') && event.data).toEqual({
      jobId: 'job-2',
      state: 'FAILED',
      metadata: { n: 1 },
      takeId: 'take-2',
    });
    expect(isWebhookEvent(event, 'ugc.job.state.completed')).toBe(false);
  });

  it('isWebhookEvent of anything that is not an event is false, not a TypeError', () => {
    for (const value of [null, undefined, 'ugc.job.state.failed', 42, {}]) {
      expect(isWebhookEvent(value as WebhookEvent, 'ugc.job.state.failed')).toBe(false);
    }
  });

  it('parses an unknown event type as a generic event', async () => {
    const event = await deliver({ event_name: 'volume.state.completed', detail: { volume_id: 'vol-1' } });
    expect(event).toEqual({ type: 'volume.state.completed', data: { volume_id: 'vol-1' }, raw: expect.any(Object) as unknown });
    expect(await deliver({ type: 'ping' })).toMatchObject({ type: 'ping', data: null });
  });

  it.each([
    ['no event type', { data: { jobId: 'job-1' } }],
    ['not an object', [1, 2]],
    ['a job event without a job id', { type: 'ugc.job.state.completed', data: { state: 'FINISHED' } }],
  ])('rejects a signed body with %s', async (_label, payload) => {
    const err: unknown = await deliver(payload).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(WebhookVerificationError);
    expect((err as WebhookVerificationError).reason).toBe('invalid_payload');
  });
});
