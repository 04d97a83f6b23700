import type { Transport } from '../core/transport.js';
import type { RequestOptions } from '../core/http.js';
import type { JsonValue } from '../core/scalars.js';
import { checkCall, checkOptions, optionalMetadata } from '../core/validate.js';
import { ValidationError } from '../core/errors.js';
import type { ClientFieldsFragment } from '../generated/graphql.js';
import { GetClientDocument, UpdateClientDocument } from '../generated/operations.js';

/** The account the API key belongs to. */
export type Client = ClientFieldsFragment;

export interface ClientUpdateParams {
  /** Any JSON value; replaces the stored metadata. */
  metadata: JsonValue;
}

/** The client (account) behind the API key. */
export class ClientResource {
  readonly #transport: Transport;

  /** @internal Made by `MoveUgc`. */
  constructor(transport: Transport) {
    this.#transport = transport;
  }

  /**
   * Fetches the client the API key belongs to.
   *
   * @example
   * ```ts
   * const client = await ugc.client.retrieve();
   * console.log(client.name, client.created.toISOString());
   * ```
   */
  async retrieve(options?: RequestOptions): Promise<Client> {
    const data = await this.#transport.execute(GetClientDocument, {}, checkOptions(options));
    return data.client;
  }

  /**
   * Replaces the client's metadata.
   *
   * @example
   * ```ts
   * const client = await ugc.client.update({ metadata: { plan: 'studio' } });
   * ```
   */
  async update(params: ClientUpdateParams, options?: RequestOptions): Promise<Client> {
    const [p, o] = checkCall(params, ['metadata'], options);
    const metadata = optionalMetadata(p.metadata);
    if (metadata === undefined) throw new ValidationError('metadata', 'is required');
    const data = await this.#transport.execute(UpdateClientDocument, { metadata }, o);
    return data.updateClient;
  }
}
