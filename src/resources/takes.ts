import type { Transport } from '../core/transport.js';
import type { RequestOptions } from '../core/http.js';
import { expandVariables, type WithExpand } from '../core/expand.js';
import type { JsonValue } from '../core/scalars.js';
import { PagePromise } from '../core/pagination.js';
import { optionalSyncMethod, requireSources } from '../core/sources.js';
import { checkCall, requireString } from '../core/validate.js';
import { listPages, nameAndMetadata, UPDATE_KEYS, updateVariables, type ListParams } from './params.js';
import type { SourceInput, SyncMethodInput, TakeFieldsFragment } from '../generated/graphql.js';
import {
  CreateMultiCamTakeDocument,
  CreateSingleCamTakeDocument,
  GetTakeDocument,
  ListTakesDocument,
  UpdateTakeDocument,
} from '../generated/operations.js';

const TAKE_EXPAND = {
  client: 'withClient',
  sources: 'withSources',
  videoFile: 'withVideoFile',
  additionalFiles: 'withAdditionalFiles',
  volume: 'withVolume',
} as const;

/** Related objects a take call can include: `client`, `sources`, `videoFile`, `additionalFiles`, `volume`. */
export type TakeExpand = keyof typeof TAKE_EXPAND;

/** A take, with exactly the related objects named in `expand` present. */
export type Take<E extends TakeExpand = never> = WithExpand<TakeFieldsFragment, TakeExpand, E>;

interface TakeWriteParams<E extends TakeExpand> {
  name?: string | undefined;
  /** Any JSON value; stored as given and returned parsed. */
  metadata?: JsonValue | undefined;
  expand?: readonly E[] | undefined;
}

export interface TakeCreateSingleCamParams<E extends TakeExpand = never> extends TakeWriteParams<E> {
  /** The uploaded video(s): `{ fileId, deviceLabel, format }`. */
  sources: SourceInput[];
}

export interface TakeCreateMultiCamParams<E extends TakeExpand = never> extends TakeWriteParams<E> {
  /** One source per camera, each with `cameraSettings` naming its lens. */
  sources: SourceInput[];
  /** The calibrated volume the cameras were set up in. */
  volumeId: string;
  /** How the cameras' videos line up: a clap window or timecode. */
  syncMethod?: SyncMethodInput | undefined;
}

export interface TakeRetrieveParams<E extends TakeExpand = never> {
  id: string;
  expand?: readonly E[] | undefined;
}

export interface TakeUpdateParams<E extends TakeExpand = never> extends TakeWriteParams<E> {
  id: string;
}

export type TakeListParams<E extends TakeExpand = never> = ListParams<E>;

/** Takes are recordings: one or more camera videos to process. */
export class Takes {
  readonly #transport: Transport;

  /** @internal Made by `MoveUgc`. */
  constructor(transport: Transport) {
    this.#transport = transport;
  }

  /**
   * Creates a take from one camera's video.
   *
   * @example
   * ```ts
   * const file = await ugc.files.upload('./dance.mp4', { type: 'mp4' });
   * const take = await ugc.takes.createSingleCam({ sources: [{ fileId: file.id, deviceLabel: 'phone', format: 'MP4' }] });
   * ```
   */
  async createSingleCam<const E extends TakeExpand = never>(
    params: TakeCreateSingleCamParams<E>,
    options?: RequestOptions,
  ): Promise<Take<E>> {
    const [p, o] = checkCall(params, ['sources', 'name', 'metadata', 'expand'], options);
    const variables = { sources: requireSources(p.sources), ...writeVariables(p) };
    const data = await this.#transport.execute(CreateSingleCamTakeDocument, variables, o);
    return data.createSingleCamTake as unknown as Take<E>;
  }

  /**
   * Creates a take from several synchronised cameras in a calibrated volume.
   *
   * @example
   * ```ts
   * const take = await ugc.takes.createMultiCam({
   *   volumeId: volume.id,
   *   sources: cams.map((c) => ({ fileId: c.fileId, deviceLabel: c.label, format: 'MP4', cameraSettings: { lens: 'goprohero10-medium' } })),
   *   syncMethod: { timecodeSync: { useTimecode: true } },
   * });
   * ```
   */
  async createMultiCam<const E extends TakeExpand = never>(
    params: TakeCreateMultiCamParams<E>,
    options?: RequestOptions,
  ): Promise<Take<E>> {
    const [p, o] = checkCall(params, ['sources', 'volumeId', 'syncMethod', 'name', 'metadata', 'expand'], options);
    const variables = {
      volumeId: requireString(p.volumeId, 'volumeId'),
      sources: requireSources(p.sources),
      syncMethod: optionalSyncMethod(p.syncMethod),
      ...writeVariables(p),
    };
    const data = await this.#transport.execute(CreateMultiCamTakeDocument, variables, o);
    return data.createMultiCamTake as unknown as Take<E>;
  }

  /**
   * Fetches one take.
   *
   * @example
   * ```ts
   * const take = await ugc.takes.retrieve({ id: 'take-…', expand: ['sources'] });
   * ```
   */
  async retrieve<const E extends TakeExpand = never>(params: TakeRetrieveParams<E>, options?: RequestOptions): Promise<Take<E>> {
    const [p, o] = checkCall(params, ['id', 'expand'], options);
    const variables = { takeId: requireString(p.id, 'id'), ...expandVariables(p.expand, TAKE_EXPAND) };
    const data = await this.#transport.execute(GetTakeDocument, variables, o);
    return data.getTake as unknown as Take<E>;
  }

  /**
   * Renames a take or replaces its metadata.
   *
   * @example
   * ```ts
   * await ugc.takes.update({ id: take.id, name: 'Final take' });
   * ```
   */
  async update<const E extends TakeExpand = never>(params: TakeUpdateParams<E>, options?: RequestOptions): Promise<Take<E>> {
    const [p, o] = checkCall(params, UPDATE_KEYS, options);
    const data = await this.#transport.execute(UpdateTakeDocument, updateVariables(p, TAKE_EXPAND), o);
    return data.updateTake as unknown as Take<E>;
  }

  /**
   * Lists takes a page at a time; `for await` walks every page.
   *
   * @example
   * ```ts
   * for await (const take of ugc.takes.list({ limit: 50 })) console.log(take.id, take.takeType);
   * ```
   */
  list<const E extends TakeExpand = never>(params: TakeListParams<E> = {}, options?: RequestOptions): PagePromise<Take<E>> {
    return listPages<Take<E>>(this.#transport, ListTakesDocument, 'listTakes', params, options, (p) =>
      expandVariables(p.expand, TAKE_EXPAND),
    );
  }
}

function writeVariables(p: Record<string, unknown>) {
  return { ...nameAndMetadata(p), ...expandVariables(p.expand, TAKE_EXPAND) };
}
