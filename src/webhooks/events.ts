import type { JsonValue } from '../core/scalars.js';
import { WebhookVerificationError } from './errors.js';

/** What a job event says about its job, whichever payload layout carried it. */
export interface WebhookJobData<S extends string = string> {
  jobId: string;
  /** The job state the event reports, implied by its type (completed: FINISHED, failed: FAILED). */
  state: S;
  takeId?: string;
  clientId?: string;
  /** The job's metadata, parsed. */
  metadata?: JsonValue;
  /** When the job was created. */
  created?: Date;
}

/** A job event: `type` names it, `data` is typed, `raw` is the JSON body as received. */
export interface WebhookJobEvent<T extends string, S extends string> {
  type: T;
  /** When Move emitted the event. */
  timestamp?: Date;
  data: WebhookJobData<S>;
  raw: unknown;
}

/** A job finished; fetch it with `ugc.jobs.retrieve({ id: event.data.jobId, expand: ['outputs'] })`. */
export type UgcJobCompletedEvent = WebhookJobEvent<'ugc.job.state.completed', 'FINISHED'>;
/** A job failed. */
export type UgcJobFailedEvent = WebhookJobEvent<'ugc.job.state.failed', 'FAILED'>;
/** Older event name for a finished job. */
export type JobStateCompletedEvent = WebhookJobEvent<'job.state.completed', 'FINISHED'>;
/** Older event name for a failed job. */
export type JobStateFailedEvent = WebhookJobEvent<'job.state.failed', 'FAILED'>;
/** Older event name for a job that started running. */
export type JobStateStartedEvent = WebhookJobEvent<'job.state.started', 'RUNNING'>;

/** Every event this SDK types. */
export type KnownWebhookEvent =
  UgcJobCompletedEvent | UgcJobFailedEvent | JobStateCompletedEvent | JobStateFailedEvent | JobStateStartedEvent;

export type KnownWebhookEventType = KnownWebhookEvent['type'];

/** An event type this SDK does not know yet: `data` is the payload's `detail` or `data`, unparsed. */
export interface UnknownWebhookEvent {
  type: string;
  timestamp?: Date;
  data: unknown;
  raw: unknown;
}

/**
 * What {@link verifyWebhook} returns. Narrow it with {@link isWebhookEvent}: because an unknown
 * event's `type` is any string, comparing `event.type` alone cannot tell TypeScript `data`'s shape.
 */
export type WebhookEvent = KnownWebhookEvent | UnknownWebhookEvent;

const JOB_STATES: Record<KnownWebhookEventType, string> = {
  'ugc.job.state.completed': 'FINISHED',
  'ugc.job.state.failed': 'FAILED',
  'job.state.completed': 'FINISHED',
  'job.state.failed': 'FAILED',
  'job.state.started': 'RUNNING',
};

/**
 * True when `event` is the known event `type`, narrowing it to that event's typed shape.
 *
 * @example
 * ```ts
 * const event = await verifyWebhook(rawBody, request.headers, secret);
 * if (isWebhookEvent(event, 'ugc.job.state.completed')) {
 *   const job = await ugc.jobs.retrieve({ id: event.data.jobId, expand: ['outputs'] });
 * }
 * ```
 */
export function isWebhookEvent<T extends KnownWebhookEventType>(
  event: WebhookEvent,
  type: T,
): event is Extract<KnownWebhookEvent, { type: T }> {
  // A guard is asked about anything (an unparsed body, null): it answers false.
  return typeof event === 'object' && event !== null && (event as { type?: unknown }).type === type;
}

type Obj = Record<string, unknown>;
const asObject = (value: unknown): Obj | undefined =>
  typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Obj) : undefined;
const asString = (value: unknown): string | undefined => (typeof value === 'string' && value !== '' ? value : undefined);

function asDate(value: unknown): Date | undefined {
  const date = typeof value === 'string' && value !== '' ? new Date(value) : undefined;
  return date && !Number.isNaN(date.getTime()) ? date : undefined;
}

/** Metadata travels as AWSJSON (a string of JSON) in some payloads and as an object in others. */
function asMetadata(value: unknown): JsonValue | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string') return value as JsonValue;
  try {
    return JSON.parse(value) as JsonValue;
  } catch {
    return value;
  }
}

/**
 * Reads a verified body. Two layouts are understood: Move's (`event_name`, `timestamp`, `detail`
 * with `job_id` or `event_attributes.job`/`.take`) and the flat `{ type, timestamp, data }` one
 * with camelCase fields.
 */
export function parseWebhookEvent(json: unknown): WebhookEvent {
  const body = asObject(json);
  const type = asString(body?.event_name) ?? asString(body?.type);
  if (!body || !type) throw new WebhookVerificationError('invalid_payload', 'The webhook body has no event type');
  const timestamp = asDate(body.timestamp);
  const payload = body.detail ?? body.data;
  const state = JOB_STATES[type as KnownWebhookEventType] as string | undefined;
  if (state === undefined) return { type, ...(timestamp && { timestamp }), data: payload ?? null, raw: json };

  const fields = asObject(payload) ?? {};
  const attributes = asObject(fields.event_attributes);
  const job = asObject(attributes?.job) ?? {};
  const jobId = asString(job.id) ?? asString(fields.job_id) ?? asString(fields.jobId);
  if (!jobId) throw new WebhookVerificationError('invalid_payload', `The ${type} webhook body has no job id`);
  const data: WebhookJobData = { jobId, state };
  const takeId = asString(asObject(attributes?.take)?.id) ?? asString(fields.takeId);
  const clientId = asString(fields.client_id) ?? asString(fields.clientId);
  const metadata = asMetadata(job.metadata ?? fields.metadata);
  const created = asDate(job.created ?? fields.created);
  if (takeId) data.takeId = takeId;
  if (clientId) data.clientId = clientId;
  if (metadata !== undefined) data.metadata = metadata;
  if (created) data.created = created;
  return { type, ...(timestamp && { timestamp }), data, raw: json };
}
