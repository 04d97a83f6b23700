import { randomUUID } from 'node:crypto';
import { generateWebhookSecret, signWebhook } from '../../index.js';
import { badInput } from '../errors.js';
import type { JobRecord, Store, WebhookRecord } from '../store.js';
import { progressOf, type Args, type SandboxSettings } from './views.js';
import { nameAndMetadata } from './records.js';

/** Event names the sandbox delivers when a job ends. */
export const JOB_EVENTS = { FINISHED: 'ugc.job.state.completed', FAILED: 'ugc.job.state.failed' } as const;

/** One delivery attempt the sandbox made. */
export interface WebhookDelivery {
  url: string;
  event: string;
  jobId: string;
  /** HTTP status of the endpoint's answer; absent when it could not be reached. */
  status?: number;
  error?: string;
}

/**
 * Webhook endpoints, and deliveries to them: when a job reaches FINISHED or FAILED, every
 * endpoint subscribed to that event gets a signed POST.
 */
export function webhookResolvers(store: Store, settings: SandboxSettings, deliveries: WebhookDelivery[], timers: Set<NodeJS.Timeout>) {
  const deliver = async (job: JobRecord) => {
    const state = progressOf(job, store, settings.jobDurationMs).state as keyof typeof JOB_EVENTS;
    const event = JOB_EVENTS[state];
    const targets = [...store.webhooks.values()].filter((w) => w.events.includes(event));
    const timestamp = Math.floor(store.now() / 1000);
    // Move's layout: `event_name`, and the job under `detail.event_attributes`.
    const body = JSON.stringify({
      event_name: event,
      timestamp: new Date(timestamp * 1000).toISOString(),
      detail: {
        client_id: store.client.id,
        job_id: job.id,
        event_attributes: {
          job: { id: job.id, state, name: job.name, metadata: job.metadata, created: job.created },
          take: { id: job.takeId },
        },
      },
    });
    await Promise.all(targets.map((endpoint) => post(endpoint, event, job.id, body, timestamp)));
  };

  const post = async (endpoint: WebhookRecord, event: string, jobId: string, body: string, timestamp: number) => {
    const record: WebhookDelivery = { url: endpoint.url, event, jobId };
    deliveries.push(record);
    try {
      const headers = await signWebhook({ id: `msg_${randomUUID().replaceAll('-', '')}`, timestamp, body, secret: endpoint.secret });
      const res = await fetch(endpoint.url, {
        method: 'POST',
        headers: { ...headers, 'content-type': 'application/json' },
        body,
        signal: AbortSignal.timeout(10_000),
      });
      record.status = res.status;
      await res.body?.cancel();
    } catch (err) {
      record.error = err instanceof Error ? err.message : String(err);
    }
  };

  return {
    /** Schedules the job's end-of-work delivery; the timer is cleared if the sandbox closes first. */
    onJobCreated: (job: JobRecord) => {
      const timer = setTimeout(
        () => {
          timers.delete(timer);
          void deliver(job);
        },
        Math.max(0, job.createdMs + settings.jobDurationMs - store.now()),
      );
      timer.unref();
      timers.add(timer);
    },
    resolvers: {
      upsertWebhookEndpoint: (args: Args) => {
        const url = String(args.url);
        if (!/^https?:\/\//.test(url)) throw badInput('url must be an http(s) URL');
        const endpoint: WebhookRecord = {
          uid: String(args.uid),
          url,
          events: (args.events as string[] | null | undefined) ?? [],
          description: (args.description as string | null | undefined) ?? null,
          secret: (args.secret as string | null | undefined) || generateWebhookSecret(),
          metadata: nameAndMetadata(args).metadata,
        };
        store.webhooks.set(endpoint.uid, endpoint);
        return { ...endpoint, client: () => ({ ...store.client }) };
      },
    },
  };
}
