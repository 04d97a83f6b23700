import { ValidationError } from './errors.js';
import { readOptions } from './validate.js';
import { checkHeaders, checkRetries, checkTimeout, type HttpPolicy } from './http.js';
import { checkLogLevel, createLog, redactor, type Redact } from './log.js';
import { clientHeaders } from './version.js';

/** @internal The exchange's options, checked and completed with defaults. */
export interface HttpConfig extends HttpPolicy {
  readonly endpoint: string | undefined;
  /** Every request's headers, `authorization` included; lower-case names. */
  readonly headers: Record<string, string>;
  readonly timeoutMs: number;
  /** Undefined: each call's own `(maxRetries + 1) * timeoutMs`. */
  readonly deadlineMs: number | undefined;
  readonly maxRetries: number;
}

export const DEFAULT_TIMEOUT_MS = 60_000;
export const DEFAULT_MAX_RETRIES = 2;
export const DEFAULT_MAX_RESPONSE_BYTES = 32 * 1024 * 1024;
const MIN_KEY_LENGTH = 12;
// Far above any real key; every form the redactor hides is built from the key once, so an unbounded
// one cost its size many times over (10 MB: 45 s and 6.8 GB in the constructor).
export const MAX_KEY_LENGTH = 1024;
const ACCEPT = 'application/graphql-response+json, application/json';
const KEYS = ['apiKey', 'endpoint', 'fetch', 'headers', 'timeoutMs', 'deadlineMs', 'maxRetries', 'maxResponseBytes', 'logLevel', 'logger'];

interface HttpOptions {
  apiKey?: unknown;
  endpoint?: unknown;
  fetch?: unknown;
  headers?: unknown;
  timeoutMs?: unknown;
  deadlineMs?: unknown;
  maxRetries?: unknown;
  maxResponseBytes?: unknown;
  logLevel?: unknown;
  logger?: unknown;
}

/** Checks every option, naming the field of the first bad one; the key is never echoed. */
export function resolveHttpConfig(given: HttpOptions, what: string, known: readonly string[] = KEYS): HttpConfig {
  const options: HttpOptions = readOptions(given, 'options');
  for (const name of Object.keys(options)) {
    if (!known.includes(name)) throw new ValidationError(name, `is not an option of ${what} (known: ${known.join(', ')})`);
  }
  const apiKey = checkApiKey(options.apiKey);
  const redact = redactor(apiKey);
  if (options.fetch === undefined && typeof globalThis.fetch !== 'function') {
    throw new ValidationError('fetch', 'must be given: this runtime has no global fetch');
  }
  if (options.fetch !== undefined && typeof options.fetch !== 'function') throw new ValidationError('fetch', 'must be a function');
  // Browsers refuse a fetch called with any `this` but the window ("Illegal invocation").
  const fetchImpl = (options.fetch as typeof fetch | undefined) ?? ((input, init) => globalThis.fetch(input, init));
  const headers: Record<string, string> = { accept: ACCEPT, 'content-type': 'application/json', ...clientHeaders() };
  if (options.headers !== undefined) {
    for (const [name, value] of Object.entries(checkHeaders(options.headers, 'headers'))) headers[name.toLowerCase()] = value;
  }
  headers.authorization = apiKey;
  const logLevel = options.logLevel === undefined ? 'off' : checkLogLevel(options.logLevel, 'logLevel');
  const endpoint = options.endpoint === undefined ? undefined : checkEndpoint(options.endpoint, 'endpoint', redact);
  // In the URL the key would be shown wherever the endpoint is (inspect, logs) and sent in clear.
  if (endpoint !== undefined && redact(endpoint) !== endpoint) {
    throw new ValidationError('endpoint', 'must not contain the API key: the key goes in the authorization header, which the SDK sets');
  }
  return {
    endpoint,
    fetch: fetchImpl,
    headers,
    timeoutMs: options.timeoutMs === undefined ? DEFAULT_TIMEOUT_MS : checkTimeout(options.timeoutMs, 'timeoutMs'),
    deadlineMs: options.deadlineMs === undefined ? undefined : checkTimeout(options.deadlineMs, 'deadlineMs'),
    maxRetries: options.maxRetries === undefined ? DEFAULT_MAX_RETRIES : checkRetries(options.maxRetries, 'maxRetries'),
    maxResponseBytes: options.maxResponseBytes === undefined ? DEFAULT_MAX_RESPONSE_BYTES : checkSize(options.maxResponseBytes),
    redact,
    log: createLog(logLevel, options.logger, redact),
  };
}

/** The key, trimmed; a missing, short, long or control-character key is refused without echoing it. */
export function checkApiKey(value: unknown): string {
  if (value === undefined || value === '') throw new ValidationError('apiKey', 'is required: pass { apiKey } or set MOVE_UGC_API_KEY');
  if (typeof value !== 'string') throw new ValidationError('apiKey', 'must be a string');
  const key = value.trim();
  // Before the character checks, which read the whole string.
  if (key.length > MAX_KEY_LENGTH)
    throw new ValidationError('apiKey', `must be at most ${MAX_KEY_LENGTH} characters, got ${key.length}; check how it was copied`);
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f]/.test(key))
    throw new ValidationError('apiKey', 'must not contain control characters (CR, LF, NUL, …); check how it was copied');
  // A header value is Latin-1: fetch would refuse the key on every request, as a network failure.
  if ([...key].some((char) => char.charCodeAt(0) > 0xff))
    throw new ValidationError('apiKey', 'must hold Latin-1 characters only; check how it was copied');
  if (key.length < MIN_KEY_LENGTH) throw new ValidationError('apiKey', `must be a string of at least ${MIN_KEY_LENGTH} characters`);
  return key;
}

/** An absolute https URL (http only for loopback), without credentials in it. */
export function checkEndpoint(endpoint: unknown, field: string, redact: Redact = redactor(undefined)): string {
  if (typeof endpoint !== 'string') throw new ValidationError(field, 'must be a URL string');
  let url: URL;
  try {
    url = new URL(endpoint);
  } catch {
    // Redacted before it is cut: a key pasted into the URL must not show, in part or whole.
    throw new ValidationError(field, `must be an absolute URL, got ${JSON.stringify(redact(endpoint, 200))}`);
  }
  if (url.username || url.password) {
    throw new ValidationError(field, 'must not contain a user name or password (user:password@); the API key is the only credential');
  }
  if (url.protocol === 'https:') return url.href;
  if (url.protocol === 'http:' && isLoopback(url.hostname)) return url.href;
  throw new ValidationError(
    field,
    `must use https (http is allowed only for localhost, where the key does not cross a network), got ${redact(`${url.protocol}//${url.host}`)}`,
  );
}

function isLoopback(host: string): boolean {
  return host === 'localhost' || host === '[::1]' || /^127\.\d+\.\d+\.\d+$/.test(host);
}

function checkSize(value: unknown): number {
  if (!Number.isInteger(value) || (value as number) < 1)
    throw new ValidationError('maxResponseBytes', `must be a whole number of bytes >= 1, got ${String(value)}`);
  return value as number;
}
