import type { Transport } from '../core/transport.js';
import type { RequestOptions } from '../core/http.js';
import { expandVariables, type WithExpand } from '../core/expand.js';
import type { JsonValue } from '../core/scalars.js';
import { PagePromise } from '../core/pagination.js';
import { optionalClipWindow } from '../core/inputs.js';
import { optionalSyncMethod, requireSources } from '../core/sources.js';
import { schemaEnums } from '../generated/schema-map.js';
import { checkCall, oneOf, requireNumber, requireString } from '../core/validate.js';
import { listPages, nameAndMetadata, type ListParams } from './params.js';
import type { AreaType, ClipWindowInput, SourceInput, SyncMethodInput, VolumeFieldsFragment } from '../generated/graphql.js';
import { CreateVolumeWithHumanDocument, GetVolumeDocument, ListVolumesDocument } from '../generated/operations.js';

const VOLUME_EXPAND = {
  client: 'withClient',
  sources: 'withSources',
  outputs: 'withOutputs',
  clipWindow: 'withClipWindow',
} as const;

/** Related objects a volume call can include: `client`, `sources`, `outputs`, `clipWindow`. */
export type VolumeExpand = keyof typeof VOLUME_EXPAND;

/** A calibrated capture volume, with exactly the related objects named in `expand` present. */
export type Volume<E extends VolumeExpand = never> = WithExpand<VolumeFieldsFragment, VolumeExpand, E>;

export interface VolumeCreateHumanParams<E extends VolumeExpand = never> {
  /** One source per camera: a video of a person walking the capture area. */
  sources: SourceInput[];
  /** Height of the person in the calibration videos, in metres. */
  humanHeight: number;
  areaType: AreaType;
  syncMethod?: SyncMethodInput | undefined;
  /** Use only this part of the videos, in seconds. */
  clipWindow?: ClipWindowInput | undefined;
  name?: string | undefined;
  metadata?: JsonValue | undefined;
  expand?: readonly E[] | undefined;
}

export interface VolumeRetrieveParams<E extends VolumeExpand = never> {
  id: string;
  expand?: readonly E[] | undefined;
}

export type VolumeListParams<E extends VolumeExpand = never> = ListParams<E>;

/** Volumes calibrate a multi-camera setup; multi-camera takes are recorded in one. */
export class Volumes {
  readonly #transport: Transport;

  /** @internal Made by `MoveUgc`. */
  constructor(transport: Transport) {
    this.#transport = transport;
  }

  /**
   * Starts calibrating a volume from videos of a person of known height.
   *
   * @example
   * ```ts
   * const volume = await ugc.volumes.createHuman({
   *   sources: cams.map((c) => ({ fileId: c.fileId, deviceLabel: c.label, format: 'MP4', cameraSettings: { lens: 'goprohero10-medium' } })),
   *   humanHeight: 1.78,
   *   areaType: 'NORMAL',
   * });
   * ```
   */
  async createHuman<const E extends VolumeExpand = never>(
    params: VolumeCreateHumanParams<E>,
    options?: RequestOptions,
  ): Promise<Volume<E>> {
    const [p, o] = checkCall(
      params,
      ['sources', 'humanHeight', 'areaType', 'syncMethod', 'clipWindow', 'name', 'metadata', 'expand'],
      options,
    );
    const variables = {
      sources: requireSources(p.sources),
      humanHeight: requireNumber(p.humanHeight, 'humanHeight', { positive: true }),
      areaType: oneOf(p.areaType, 'areaType', schemaEnums.AreaType),
      syncMethod: optionalSyncMethod(p.syncMethod),
      clipWindow: optionalClipWindow(p.clipWindow),
      ...nameAndMetadata(p),
      ...expandVariables(p.expand, VOLUME_EXPAND),
    };
    const data = await this.#transport.execute(CreateVolumeWithHumanDocument, variables, o);
    return data.createVolumeWithHuman as unknown as Volume<E>;
  }

  /**
   * Fetches one volume; `state` tells whether calibration has finished.
   *
   * @example
   * ```ts
   * const volume = await ugc.volumes.retrieve({ id: 'volume-…', expand: ['outputs'] });
   * if (volume.state === 'FINISHED') console.log('calibrated');
   * ```
   */
  async retrieve<const E extends VolumeExpand = never>(params: VolumeRetrieveParams<E>, options?: RequestOptions): Promise<Volume<E>> {
    const [p, o] = checkCall(params, ['id', 'expand'], options);
    const variables = { id: requireString(p.id, 'id'), ...expandVariables(p.expand, VOLUME_EXPAND) };
    const data = await this.#transport.execute(GetVolumeDocument, variables, o);
    return data.getVolume as unknown as Volume<E>;
  }

  /**
   * Lists volumes a page at a time; `for await` walks every page.
   *
   * @example
   * ```ts
   * for await (const volume of ugc.volumes.list()) console.log(volume.id, volume.state);
   * ```
   */
  list<const E extends VolumeExpand = never>(params: VolumeListParams<E> = {}, options?: RequestOptions): PagePromise<Volume<E>> {
    return listPages<Volume<E>>(this.#transport, ListVolumesDocument, 'listVolumes', params, options, (p) =>
      expandVariables(p.expand, VOLUME_EXPAND),
    );
  }
}
