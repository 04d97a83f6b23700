import type { Transport } from '../core/transport.js';
import type { RequestOptions } from '../core/http.js';
import { PagePromise } from '../core/pagination.js';
import { checkOptions } from '../core/validate.js';
import { ListRigsDocument } from '../generated/operations.js';

/** A camera rig a multi-camera job can be processed with. */
export interface Rig {
  name: string;
}

/** The rigs available to multi-camera jobs. */
export class Rigs {
  readonly #transport: Transport;

  /** @internal Made by `MoveUgc`. */
  constructor(transport: Transport) {
    this.#transport = transport;
  }

  /**
   * Lists the available rigs (one page: the API does not paginate this list).
   *
   * @example
   * ```ts
   * const { items } = await ugc.rigs.list();
   * const job = await ugc.jobs.createMultiCam({ takeId, numberOfActors: 1, rig: items[0]!.name });
   * ```
   */
  list(options?: RequestOptions): PagePromise<Rig> {
    return new PagePromise(async () => {
      const o = checkOptions(options);
      const data = await this.#transport.execute(ListRigsDocument, {}, o);
      const items = (data.listRigs?.items ?? []).filter((r) => r !== null);
      return { items, limit: null, nextToken: null };
    }, 'listRigs');
  }
}
