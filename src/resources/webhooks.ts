import type { Transport } from '../core/transport.js';
import type { RequestOptions } from '../core/http.js';
import type { JsonValue } from '../core/scalars.js';
import { ValidationError } from '../core/errors.js';
import { checkCall, optionalMetadata, optionalString, requireArray, requireString } from '../core/validate.js';
import type { UpsertWebhookEndpointMutation } from '../generated/graphql.js';
import { UpsertWebhookEndpointDocument } from '../generated/operations.js';

/** A registered webhook endpoint. */
export type WebhookEndpoint = UpsertWebhookEndpointMutation['upsertWebhookEndpoint'];

export interface WebhookUpsertParams {
  /** Your identifier for the endpoint; upserting the same uid again replaces it. */
  uid: string;
  /** Where deliveries are POSTed. */
  url: string;
  /** Event names to receive, e.g. `ugc.job.state.completed`, `ugc.job.state.failed`. */
  events: string[];
  description?: string | undefined;
  /** Signing secret (`whsec_…`); the API makes one when omitted. Verify deliveries with `verifyWebhook`. */
  secret?: string | undefined;
  metadata?: JsonValue | undefined;
}

/** Webhook endpoints: Move POSTs a signed event to them when a job finishes or fails. */
export class Webhooks {
  readonly #transport: Transport;

  /** @internal Made by `MoveUgc`. */
  constructor(transport: Transport) {
    this.#transport = transport;
  }

  /**
   * Creates the endpoint `uid`, or replaces it if it exists.
   *
   * @example
   * ```ts
   * const endpoint = await ugc.webhooks.upsert({
   *   uid: 'jobs-prod',
   *   url: 'https://example.com/move-webhook',
   *   events: ['ugc.job.state.completed', 'ugc.job.state.failed'],
   * });
   * console.log(endpoint.secret); // keep it to verify deliveries
   * ```
   */
  async upsert(params: WebhookUpsertParams, options?: RequestOptions): Promise<WebhookEndpoint> {
    const [p, o] = checkCall(params, ['uid', 'url', 'events', 'description', 'secret', 'metadata'], options);
    const variables = {
      uid: requireString(p.uid, 'uid'),
      url: requireUrl(p.url, 'url'),
      events: requireArray(p.events, 'events', requireString),
      description: optionalString(p.description, 'description'),
      secret: optionalString(p.secret, 'secret'),
      metadata: optionalMetadata(p.metadata),
    };
    if (variables.events.length === 0) throw new ValidationError('events', 'must name at least one event');
    const data = await this.#transport.execute(UpsertWebhookEndpointDocument, variables, o);
    return data.upsertWebhookEndpoint;
  }
}

function requireUrl(value: unknown, field: string): string {
  const text = requireString(value, field);
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new ValidationError(field, `must be an absolute URL, got ${JSON.stringify(text)}`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    throw new ValidationError(field, `must be an http(s) URL, got ${url.protocol}`);
  return text;
}
