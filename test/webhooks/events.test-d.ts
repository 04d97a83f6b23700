import { describe, expectTypeOf, it } from 'vitest';
import { isWebhookEvent, verifyWebhook, type JsonValue, type WebhookEvent } from '../../src/index.js';

declare const event: WebhookEvent;

describe('webhook event types', () => {
  it('verifyWebhook resolves to a WebhookEvent', () => {
    expectTypeOf(verifyWebhook).returns.resolves.toEqualTypeOf<WebhookEvent>();
  });

  it('isWebhookEvent narrows to the typed payload', () => {
    if (isWebhookEvent(event, 'ugc.job.state.completed')) {
      expectTypeOf(event.type).toEqualTypeOf<'ugc.job.state.completed'>();
      expectTypeOf(event.data.jobId).toEqualTypeOf<string>();
      expectTypeOf(event.data.state).toEqualTypeOf<'FINISHED'>();
      expectTypeOf(event.data.takeId).toEqualTypeOf<string | undefined>();
      expectTypeOf(event.data.metadata).toEqualTypeOf<JsonValue | undefined>();
      expectTypeOf(event.timestamp).toEqualTypeOf<Date | undefined>();
    }
    if (isWebhookEvent(event, 'job.state.failed')) {
      expectTypeOf(event.data.state).toEqualTypeOf<'FAILED'>();
    }
  });

  it('accepts only known event types in isWebhookEvent', () => {
    // @ts-expect-error: not an event this SDK types
    isWebhookEvent(event, 'ugc.job.state.exploded');
  });

  it('keeps an unknown event usable as { type: string, data: unknown }', () => {
    expectTypeOf(event.type).toEqualTypeOf<string>();
    expectTypeOf(event.data).toEqualTypeOf<unknown>();
  });
});
