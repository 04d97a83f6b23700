import type { Transport } from '../core/transport.js';
import type { RequestOptions } from '../core/http.js';
import { expandVariables, type WithExpand } from '../core/expand.js';
import type { JsonValue } from '../core/scalars.js';
import { ValidationError } from '../core/errors.js';
import {
  putToPresignedUrl,
  sourceSize,
  transferControl,
  uploadTargets,
  type TransferOptions,
  type UploadSource,
} from '../core/transfer.js';
import { platform } from '../platform/runtime.js';
import type { DownloadResult, FileReference } from '../platform/types.js';
import { checkCall, knownKeys, readParams, requireString } from '../core/validate.js';
import { nameAndMetadata, UPDATE_KEYS, updateVariables } from './params.js';
import type { FileFieldsFragment, GenerateShareCodeMutation } from '../generated/graphql.js';
import { CreateFileDocument, GenerateShareCodeDocument, GetFileDocument, UpdateFileDocument } from '../generated/operations.js';

const FILE_EXPAND = { client: 'withClient' } as const;

/** Related objects a file call can include: `client`. */
export type UgcFileExpand = keyof typeof FILE_EXPAND;

/** A file stored by Move (an uploaded video or a job output). `presignedUrl` reads or writes its bytes. */
export type UgcFile<E extends UgcFileExpand = never> = WithExpand<FileFieldsFragment, UgcFileExpand, E>;

/** A short code and public URL that share one file. */
export type ShareCode = GenerateShareCodeMutation['generateShareCode'];

export interface FileCreateParams<E extends UgcFileExpand = never> {
  /** The file's extension, e.g. `mp4`, `mov`. */
  type: string;
  name?: string | undefined;
  metadata?: JsonValue | undefined;
  expand?: readonly E[] | undefined;
}

export interface FileRetrieveParams<E extends UgcFileExpand = never> {
  id: string;
  expand?: readonly E[] | undefined;
}

export interface FileUpdateParams<E extends UgcFileExpand = never> {
  id: string;
  name?: string | undefined;
  metadata?: JsonValue | undefined;
  expand?: readonly E[] | undefined;
}

export interface FileCreateShareCodeParams {
  fileId: string;
}

export interface FileUploadParams<E extends UgcFileExpand = never> extends FileCreateParams<E>, TransferOptions {
  /** Byte length of a ReadableStream source (required for one; ignored otherwise). */
  size?: number | undefined;
}

export interface FileDownloadOptions extends TransferOptions {
  /** Replace a file already at the destination. Without it, an existing file is an error raised before any request. */
  overwrite?: boolean;
  /**
   * Keep an interrupted download's part (a hidden `.move-ugc-….part` beside the destination) and
   * continue it on the next call with `Range`, when storage serves ranges of the same file (same
   * ETag and size); otherwise start over. Without it a failed download leaves nothing.
   */
  resume?: boolean;
}

/** Where a download landed and how many bytes it holds; `complete: 'unknown'` when storage sent no length to check. */
export type FileDownloadResult = DownloadResult;

// Defined by the platform, which carries the download out.
export type { FileReference };

const CREATE_KEYS = ['type', 'name', 'metadata', 'expand'];

/** Files: uploaded videos and job outputs. */
export class Files {
  readonly #transport: Transport;
  readonly #fetch: typeof fetch;
  readonly #timeoutMs: number;

  /** @internal Made by `MoveUgc`; `timeoutMs` is the idle limit of uploads and downloads. */
  constructor(transport: Transport, fetchImpl: typeof fetch, timeoutMs = 60_000) {
    this.#transport = transport;
    this.#fetch = fetchImpl;
    this.#timeoutMs = timeoutMs;
  }

  /**
   * Registers a new file and returns it with a `presignedUrl` to PUT the bytes to.
   * `upload` does this and the PUT in one call.
   *
   * @example
   * ```ts
   * const file = await ugc.files.create({ type: 'mp4', name: 'dance' });
   * await fetch(file.presignedUrl!, { method: 'PUT', body: video });
   * ```
   */
  async create<const E extends UgcFileExpand = never>(params: FileCreateParams<E>, options?: RequestOptions): Promise<UgcFile<E>> {
    const [p, o] = checkCall(params, CREATE_KEYS, options);
    return this.#create<E>(p, o);
  }

  /**
   * Fetches one file, with a fresh `presignedUrl` to download it.
   *
   * @example
   * ```ts
   * const file = await ugc.files.retrieve({ id: 'file-…', expand: ['client'] });
   * ```
   */
  async retrieve<const E extends UgcFileExpand = never>(params: FileRetrieveParams<E>, options?: RequestOptions): Promise<UgcFile<E>> {
    const [p, o] = checkCall(params, ['id', 'expand'], options);
    const variables = { fileId: requireString(p.id, 'id'), ...expandVariables(p.expand, FILE_EXPAND) };
    const data = await this.#transport.execute(GetFileDocument, variables, o);
    return data.getFile as unknown as UgcFile<E>;
  }

  /**
   * Renames a file or replaces its metadata.
   *
   * @example
   * ```ts
   * await ugc.files.update({ id: file.id, metadata: { shoot: 'day 2' } });
   * ```
   */
  async update<const E extends UgcFileExpand = never>(params: FileUpdateParams<E>, options?: RequestOptions): Promise<UgcFile<E>> {
    const [p, o] = checkCall(params, UPDATE_KEYS, options);
    const data = await this.#transport.execute(UpdateFileDocument, updateVariables(p, FILE_EXPAND), o);
    return data.updateFile as unknown as UgcFile<E>;
  }

  /**
   * Makes a share code and public URL for a file.
   *
   * @example
   * ```ts
   * const share = await ugc.files.createShareCode({ fileId: file.id });
   * console.log(share.url, 'valid until', share.expires);
   * ```
   */
  async createShareCode(params: FileCreateShareCodeParams, options?: RequestOptions): Promise<ShareCode> {
    const [p, o] = checkCall(params, ['fileId'], options);
    const data = await this.#transport.execute(GenerateShareCodeDocument, { fileId: requireString(p.fileId, 'fileId') }, o);
    return data.generateShareCode;
  }

  /**
   * Creates a file and streams `source` to it: a path (Node), a Blob or File, a Uint8Array, or a
   * ReadableStream with its `size`. The bytes go straight to storage without the API key.
   *
   * @example
   * ```ts
   * const file = await ugc.files.upload('./dance.mp4', {
   *   type: 'mp4',
   *   onProgress: ({ bytes, total }) => console.log(`${bytes} / ${total}`),
   * });
   * ```
   */
  async upload<const E extends UgcFileExpand = never>(source: UploadSource, params: FileUploadParams<E>): Promise<UgcFile<E>> {
    const p = readParams(params, 'params');
    knownKeys(p, [...CREATE_KEYS, 'size', 'onProgress', 'signal', 'timeoutMs'], 'params');
    const control = transferControl(p, this.#timeoutMs, this.#transport.report);
    // A path is checked to be a readable file here, before the file record is made.
    const size = await sourceSize(source, p.size as number | undefined, platform);
    const signal = control.signal;
    const timeoutMs = p.timeoutMs as number | undefined;
    const file = await this.#create<E>(p, { ...(signal ? { signal } : {}), ...(timeoutMs ? { timeoutMs } : {}) });
    if (!file.presignedUrl) throw new ValidationError('file', `${file.id} came back without a presignedUrl to upload to`);
    await putToPresignedUrl(this.#fetch, file.presignedUrl, source, size, control, platform);
    return file;
  }

  /**
   * Streams a file to `destination` (a file path; Node only). The bytes land in a temporary file
   * beside it, moved into place when complete: a failed or aborted download leaves nothing, and an
   * existing file is replaced only with `overwrite: true`. No byte moving for `timeoutMs` is a TimeoutError.
   * A file object's `presignedUrl` is tried first; when storage refuses it (401/403: expired, or
   * the upload-only URL of a stored copy of `upload`'s result), a fresh one is fetched by id, once.
   *
   * @example
   * ```ts
   * await ugc.files.download(output.file, './out/take.fbx', { onProgress: (p) => console.log(p.bytes) });
   * ```
   */
  async download(file: FileReference, destination: string, options: FileDownloadOptions = {}): Promise<FileDownloadResult> {
    return platform.downloadFile(
      file,
      destination,
      options,
      this.#timeoutMs,
      (id, signal) => this.retrieve({ id }, signal ? { signal } : {}),
      this.#transport.report,
    );
  }

  // `options` are checked, by `create` or built by `upload`.
  async #create<E extends UgcFileExpand>(p: Record<string, unknown>, options?: RequestOptions): Promise<UgcFile<E>> {
    const variables = {
      type: requireString(p.type, 'type'),
      ...nameAndMetadata(p),
      ...expandVariables(p.expand, FILE_EXPAND),
    };
    const data = await this.#transport.execute(CreateFileDocument, variables, options);
    const file = data.createFile as unknown as UgcFile<E>;
    uploadTargets.add(file);
    return file;
  }
}
