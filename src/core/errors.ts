import type { Job } from './job.js';
import type { JobOutputDownload } from './outputs.js';

/** One GraphQL error as AppSync reports it: `errorType` sits beside the message, not in extensions. */
export interface GraphQLErrorEntry {
  message: string;
  errorType?: string;
  path?: ReadonlyArray<string | number>;
  [key: string]: unknown;
}

/** What every error knows about the call that produced it. */
export interface ErrorContext {
  /** GraphQL operation name, e.g. `getJob`. */
  operation?: string | undefined;
  /** HTTP status, when a response arrived. */
  status?: number | undefined;
  /** HTTP attempts made, retries included. */
  attempts?: number | undefined;
  /** The API's request id for this call (`x-amzn-requestid`), when a response arrived. */
  requestId?: string | undefined;
  cause?: unknown;
}

/** Base class of every error this SDK throws. */
export class MoveUgcError extends Error {
  /**
   * The class's name as a literal, which minifiers leave alone (they rename classes), and what
   * `instanceof` compares across copies of the SDK, such as its ESM and CJS builds in one process.
   * @internal
   */
  static readonly 'move-ugc.error': string = 'MoveUgcError';

  /** True for an error of this class or a subclass, whichever copy of the SDK made it. */
  static override [Symbol.hasInstance](value: unknown): boolean {
    const name = ownName(this);
    try {
      // What the built-in check does, and a class of the same SDK name from another copy.
      for (let proto = value; (proto = Object.getPrototypeOf(proto));) {
        if (proto === this.prototype || (name && ownName((proto as { constructor: object }).constructor) === name)) return true;
      }
    } catch {
      // null, undefined, a revoked Proxy or a throwing trap: not an SDK error.
    }
    return false;
  }

  readonly operation?: string;
  readonly status?: number;
  readonly attempts?: number;
  /** The API's request id (`x-amzn-requestid`): quote it when asking Move for help. */
  readonly requestId?: string;

  constructor(message: string, context: ErrorContext = {}) {
    super(message, context.cause === undefined ? undefined : { cause: context.cause });
    // A subclass outside the SDK keeps its own class name.
    this.name = ownName(new.target) ?? new.target.name;
    copyDefined(this, context, ['operation', 'status', 'attempts', 'requestId']);
  }
}

/** Bad input, caught before any request was sent. `field` names the parameter. */
export class ValidationError extends MoveUgcError {
  static override readonly 'move-ugc.error': string = 'ValidationError';

  constructor(
    readonly field: string,
    readonly problem: string,
    cause?: unknown,
  ) {
    super(`${field} ${problem}`, { cause });
  }
}

/** The API key is missing, malformed or rejected (HTTP 401 or `UnauthorizedException`). */
export class AuthenticationError extends MoveUgcError {
  static override readonly 'move-ugc.error': string = 'AuthenticationError';
}

/** The key is valid but not allowed to do this (HTTP 403). */
export class PermissionError extends MoveUgcError {
  static override readonly 'move-ugc.error': string = 'PermissionError';
}

/** Too many requests (HTTP 429). `retryAfterMs` is the server's hint, when it gave one. */
export class RateLimitError extends MoveUgcError {
  static override readonly 'move-ugc.error': string = 'RateLimitError';

  constructor(
    message: string,
    context: ErrorContext,
    readonly retryAfterMs?: number,
  ) {
    super(message, context);
  }
}

/** The server failed (HTTP 5xx). */
export class ServerError extends MoveUgcError {
  static override readonly 'move-ugc.error': string = 'ServerError';
}

/** No connection could be made, or it broke before a response arrived. */
export class ConnectionError extends MoveUgcError {
  static override readonly 'move-ugc.error': string = 'ConnectionError';
}

/** The call took longer than its `timeoutMs`. */
export class TimeoutError extends MoveUgcError {
  static override readonly 'move-ugc.error': string = 'TimeoutError';
}

/** The caller's AbortSignal fired. `reason` is the signal's reason. */
export class AbortError extends MoveUgcError {
  static override readonly 'move-ugc.error': string = 'AbortError';

  constructor(
    message: string,
    context: ErrorContext,
    readonly reason?: unknown,
  ) {
    super(message, context);
  }
}

/** The response was not a GraphQL response (HTML, malformed JSON, neither data nor errors). */
export class ResponseError extends MoveUgcError {
  static override readonly 'move-ugc.error': string = 'ResponseError';
}

/**
 * The API answered with GraphQL errors. The first one gives the message; `errors` holds all.
 * `partial` is true when the response also carried data: a method never half-returns it, but
 * `data` keeps it (raw, as on the wire) for a caller that can use what succeeded.
 */
export class ApiError extends MoveUgcError {
  static override readonly 'move-ugc.error': string = 'ApiError';

  readonly errorType?: string;
  readonly path?: ReadonlyArray<string | number>;
  declare readonly data?: unknown;

  constructor(
    readonly errors: readonly GraphQLErrorEntry[],
    context: ErrorContext = {},
    readonly partial = false,
    data?: unknown,
  ) {
    const first = errors[0];
    super(first?.message ?? 'The API returned an error', context);
    copyDefined(this, first ?? {}, ['errorType', 'path']);
    // Not enumerable: fifty jobs of data would drown the error where it is logged or inspected.
    if (data != null) Object.defineProperty(this, 'data', { value: data, enumerable: false });
  }
}

/** The requested object does not exist (AppSync `MoveNotFoundError`). */
export class NotFoundError extends ApiError {
  static override readonly 'move-ugc.error': string = 'NotFoundError';
}

/** A presigned-URL upload or download failed: an HTTP `status`, or a system `code` (ENOSPC, EACCES, …) at a local `path`. */
export class TransferError extends MoveUgcError {
  static override readonly 'move-ugc.error': string = 'TransferError';

  readonly code?: string;
  readonly path?: string;

  constructor(message: string, context: ErrorContext & { code?: string; path?: string } = {}) {
    super(message, context);
    copyDefined(this, context, ['code', 'path']);
  }
}

/** One output that `jobs.downloadOutputs` could not download, and why. */
export interface FailedOutputDownload {
  key: string | null;
  fileId: string;
  path: string;
  error: MoveUgcError;
}

/**
 * Some outputs of `jobs.downloadOutputs` failed. The others went on: `finished` lists the files
 * written (they are kept), `failed` the rest with their errors. Retry with `overwrite: true`
 * (and `resume: true` to continue what was cut off).
 */
export class DownloadOutputsError extends TransferError {
  static override readonly 'move-ugc.error': string = 'DownloadOutputsError';

  constructor(
    jobId: string,
    readonly finished: JobOutputDownload[],
    readonly failed: FailedOutputDownload[],
  ) {
    const keys = failed.map((f) => f.key ?? f.fileId).join(', ');
    super(`${failed.length} of ${finished.length + failed.length} outputs of job ${jobId} failed (${keys}): ${failed[0]!.error.message}`, {
      cause: failed[0]!.error,
      ...(failed[0]!.error.status !== undefined ? { status: failed[0]!.error.status } : {}),
    });
  }
}

/** `jobs.wait` saw the job end in FAILED. `job` is the job as last fetched, outputs included. */
export class JobFailedError extends MoveUgcError {
  static override readonly 'move-ugc.error': string = 'JobFailedError';

  constructor(readonly job: Job<'outputs'>) {
    super(`Job ${job.id} failed`);
  }
}

/** The literal name an SDK error class declares itself (not one it inherits); throws for null or undefined. */
function ownName(cls: object): string | undefined {
  return Object.hasOwn(cls, 'move-ugc.error') ? (cls as typeof MoveUgcError)['move-ugc.error'] : undefined;
}

/** Copies the `keys` that `from` defines, leaving the others as they are. */
function copyDefined<T extends object>(to: T, from: object, keys: readonly (keyof T & string)[]): void {
  for (const key of keys) {
    const value = (from as Record<string, unknown>)[key];
    if (value !== undefined) (to as Record<string, unknown>)[key] = value;
  }
}
