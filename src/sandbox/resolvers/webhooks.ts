import { randomUUID } from 'node:crypto';
import { generateWebhookSecret, signWebhook } from '../../index.js';
import { badInput } from '../errors.js';
import type { JobRecord, Store, WebhookRecord } from '../store.js';
import type { Args } from './views.js';

/** Event names the sandbox delivers when a job ends. */
export const JOB_EVENTS = { FINISHED: 'ugc.job.state.completed', FAILED: 'ugc.job.state.failed' } as const;

/** One delivery attempt the sandbox made. */
export interface WebhookDelivery {
  url: string;
  event: string;
  jobId: string;
  /** The message id (`svix-id`), the same on every attempt of one message. */
  messageId: string;
  /** 1 for the first attempt, 2 for the first retry, ... */
  attempt: number;
  /** HTTP status of the endpoint's answer; absent while in flight or when it could not be reached. */
  status?: number;
  error?: string;
}

export interface DeliverySettings {
  /** Waits before each retry; Svix's schedule, compressed. */
  retryDelaysMs: readonly number[];
  /** How long an endpoint may take to answer one attempt. */
  timeoutMs: number;
}

/** What deliveries share with the sandbox: the record of attempts, and what to cancel on close. */
export interface DeliveryRuntime {
  deliveries: WebhookDelivery[];
  timers: Set<NodeJS.Timeout>;
  closing: AbortController;
}

/**
 * Webhook endpoints, and deliveries to them like Svix's: when a job ends, every endpoint
 * subscribed to the event gets one message, signed, retried with backoff until a 2xx answer or
 * the schedule runs out, under one `svix-id` on every attempt. A 3xx answer is a failure, never
 * followed.
 */
export function webhookResolvers(store: Store, delivery: DeliverySettings, runtime: DeliveryRuntime, client: () => unknown) {
  const attempt = async (endpoint: WebhookRecord, message: { id: string; event: string; jobId: string; body: string }, n: number) => {
    const record: WebhookDelivery = { url: endpoint.url, event: message.event, jobId: message.jobId, messageId: message.id, attempt: n };
    runtime.deliveries.push(record);
    try {
      const timestamp = Math.floor(store.now() / 1000);
      const headers = await signWebhook({ id: message.id, timestamp, body: message.body, secret: endpoint.secret });
      const res = await fetch(endpoint.url, {
        method: 'POST',
        headers: { ...headers, 'content-type': 'application/json' },
        body: message.body,
        // As Svix: a redirect is a failed attempt, retried on the schedule. Followed, a 301/302
        // turned the POST into a GET without the message, and a loop multiplied every attempt.
        redirect: 'manual',
        signal: AbortSignal.any([AbortSignal.timeout(delivery.timeoutMs), runtime.closing.signal]),
      });
      record.status = res.status;
      await res.body?.cancel();
      if (res.ok) return;
      if (res.status >= 300 && res.status < 400)
        record.error = `redirect to ${res.headers.get('location') ?? '(no location)'} not followed`;
    } catch (err) {
      record.error = err instanceof Error ? err.message : String(err);
    }
    const wait = delivery.retryDelaysMs[n - 1];
    if (wait === undefined || runtime.closing.signal.aborted) return;
    const timer = setTimeout(() => {
      runtime.timers.delete(timer);
      void attempt(endpoint, message, n + 1);
    }, wait);
    timer.unref();
    runtime.timers.add(timer);
  };

  return {
    /** Sends the job's end event to every endpoint subscribed to it; called once per job. */
    onJobEnded: (job: JobRecord) => {
      const state = job.ended!;
      const event = JOB_EVENTS[state];
      // Move's layout: `event_name`, and the job under `detail.event_attributes`.
      const body = JSON.stringify({
        event_name: event,
        timestamp: new Date(store.now()).toISOString(),
        detail: {
          client_id: store.client.id,
          job_id: job.id,
          event_attributes: {
            job: { id: job.id, state, name: job.name, metadata: job.metadata, created: job.created },
            take: { id: job.takeId },
          },
        },
      });
      for (const endpoint of store.webhooks.values()) {
        if (!endpoint.events.includes(event)) continue;
        void attempt(endpoint, { id: `msg_${randomUUID().replaceAll('-', '')}`, event, jobId: job.id, body }, 1);
      }
    },
    resolvers: {
      upsertWebhookEndpoint: async (args: Args) => {
        const url = String(args.url);
        if (!/^https?:\/\//.test(url)) throw badInput('url must be an http(s) URL');
        // A secret nothing could sign with would leave every delivery failing unseen: refused up
        // front, by the library's own rule (signWebhook refuses what it cannot sign with).
        if (typeof args.secret === 'string' && args.secret !== '') {
          await signWebhook({ body: '', secret: args.secret }).catch(() => {
            throw badInput('secret must be "whsec_" followed by base64, as generateWebhookSecret() makes');
          });
        }
        const uid = String(args.uid);
        const existing = store.webhooks.get(uid);
        const given = <T>(key: string, fallback: T): T => (args[key] != null ? (args[key] as T) : fallback);
        // Like the API, an upsert keeps what it is not given, the endpoint's secret above all.
        const endpoint: WebhookRecord = {
          uid,
          url,
          events: given('events', existing?.events ?? []),
          description: given('description', existing?.description ?? null),
          secret: given('secret', existing?.secret ?? '') || generateWebhookSecret(),
          metadata: given('metadata', existing?.metadata ?? null),
        };
        store.webhooks.set(uid, endpoint);
        return { ...endpoint, client };
      },
    },
  };
}
