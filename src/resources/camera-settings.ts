import type { Transport } from '../core/transport.js';
import type { RequestOptions } from '../core/http.js';
import { PagePromise } from '../core/pagination.js';
import { checkOptions } from '../core/validate.js';
import { ListCameraSettingsDocument } from '../generated/operations.js';

/** Camera settings a source can declare; `lens` names a supported lens. */
export interface CameraSettings {
  lens: string;
}

/** The camera settings the API knows, for the `cameraSettings` of multi-camera sources. */
export class CameraSettingsResource {
  readonly #transport: Transport;

  /** @internal Made by `MoveUgc`. */
  constructor(transport: Transport) {
    this.#transport = transport;
  }

  /**
   * Lists the supported camera settings (one page: the API does not paginate this list).
   *
   * @example
   * ```ts
   * const { items } = await ugc.cameraSettings.list();
   * console.log(items.map((s) => s.lens));
   * ```
   */
  list(options?: RequestOptions): PagePromise<CameraSettings> {
    return new PagePromise(async () => {
      const o = checkOptions(options);
      const data = await this.#transport.execute(ListCameraSettingsDocument, {}, o);
      const items = (data.listCameraSettings?.items ?? []).filter((s) => s !== null);
      return { items, limit: null, nextToken: null };
    }, 'listCameraSettings');
  }
}
