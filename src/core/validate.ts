import { ValidationError } from './errors.js';
import { readGuarded, readInput } from './read-input.js';
import { encodeJson, MAX_JSON_DEPTH } from './scalars.js';
import { checkHeaders, checkRetries, checkTimeout, REQUEST_OPTION_KEYS } from './request-options.js';

// Checks run before any request is sent; each error names the parameter and the problem.

export function requireString(value: unknown, field: string): string {
  if (typeof value !== 'string') mustBe(field, 'a string', value);
  if (value.trim() === '') throw new ValidationError(field, 'must not be empty');
  // No id, name of a type, uid or URL holds one; a server would cut the string there or refuse it.
  if (value.includes('\0')) throw new ValidationError(field, 'must not contain a NUL character');
  return value;
}

export function optionalString(value: unknown, field: string): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'string') mustBe(field, 'a string', value);
  return value;
}

export function optionalInt(value: unknown, field: string, min: number): number | undefined {
  if (value === undefined) return undefined;
  return requireInt(value, field, min);
}

export function requireInt(value: unknown, field: string, min: number): number {
  if (typeof value !== 'number' || !Number.isInteger(value)) mustBe(field, 'an integer', value);
  if (value < min) throw new ValidationError(field, `must be at least ${min}, got ${value}`);
  if (value > 2 ** 31 - 1) throw new ValidationError(field, `must be at most ${2 ** 31 - 1}, got ${value}`);
  return value;
}

export function requireNumber(value: unknown, field: string, options: { positive?: boolean } = {}): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) mustBe(field, 'a finite number', value);
  if (options.positive && value <= 0) throw new ValidationError(field, `must be greater than 0, got ${value}`);
  return value;
}

export function optionalBoolean(value: unknown, field: string): boolean | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'boolean') mustBe(field, 'a boolean', value);
  return value;
}

export function oneOf<T extends string>(value: unknown, field: string, allowed: readonly T[]): T {
  if (typeof value !== 'string' || !(allowed as readonly string[]).includes(value)) {
    throw new ValidationError(field, `must be one of ${allowed.join(', ')}; got ${describeValue(value)}`);
  }
  return value as T;
}

export function optionalOneOf<T extends string>(value: unknown, field: string, allowed: readonly T[]): T | undefined {
  return value === undefined ? undefined : oneOf(value, field, allowed);
}

export function optionalArray<T>(value: unknown, field: string, item: (v: unknown, field: string) => T): T[] | undefined {
  if (value === undefined) return undefined;
  return requireArray(value, field, item);
}

export function requireArray<T>(value: unknown, field: string, item: (v: unknown, field: string) => T): T[] {
  if (!Array.isArray(value)) mustBe(field, 'an array', value);
  // Array.from visits holes (`[, x]`), which `map` would skip and send on as null.
  return Array.from(value, (v, i) => item(v, `${field}[${i}]`));
}

export function requireObject(value: unknown, field: string): Record<string, unknown> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) mustBe(field, 'an object', value);
  // A Map, Date or class instance has no own keys to check, so it would pass as `{}`.
  const proto: unknown = Object.getPrototypeOf(value);
  if (proto !== null && Object.getPrototypeOf(proto) !== null) {
    const name = (proto as { constructor?: { name?: unknown } }).constructor?.name;
    throw new ValidationError(field, `must be a plain object, got ${typeof name === 'string' ? name : 'an instance of a class'}`);
  }
  return value as Record<string, unknown>;
}

/** A time window in seconds: both ends finite, start at least 0, end after start. */
export function optionalTimeWindow(value: unknown, field: string): { startTime: number; endTime: number } | undefined {
  if (value === undefined) return undefined;
  const w = requireObject(value, field);
  const startTime = requireNumber(w.startTime, `${field}.startTime`);
  const endTime = requireNumber(w.endTime, `${field}.endTime`);
  if (startTime < 0) throw new ValidationError(`${field}.startTime`, `must be at least 0, got ${startTime}`);
  if (endTime <= startTime) {
    throw new ValidationError(`${field}.endTime`, `must be greater than startTime (${startTime}), got ${endTime}`);
  }
  return { startTime, endTime };
}

/** Metadata as the AWSJSON string the API takes; undefined stays undefined (leave unchanged). */
export function optionalMetadata(value: unknown, field = 'metadata'): string | undefined {
  return value === undefined ? undefined : encodeJson(value, field);
}

/** Rejects keys the method does not know, so a typo is not silently ignored. */
export function knownKeys(params: Record<string, unknown>, allowed: readonly string[], where: string, what = 'parameter'): void {
  for (const key of Object.keys(params)) {
    if (!allowed.includes(key))
      throw new ValidationError(`${where}.${key}`, `is not a known ${what} (known: ${allowed.join(', ') || 'none'})`);
  }
}

/**
 * The checks every method starts with: its options, then its params object and their keys.
 * Returns both as read once (see `readParams`); the method uses these copies, never the arguments.
 */
export function checkCall<O>(params: unknown, keys: readonly string[], options: O): [Record<string, unknown>, O] {
  const o = checkOptions(options);
  const p = readParams(params, 'params');
  knownKeys(p, keys, 'params');
  return [p, o];
}

/** A method's params object, read once into plain data deep enough for metadata's nesting limit. */
export function readParams(value: unknown, field: string): Record<string, unknown> {
  return requireObject(readInput(value, field, MAX_JSON_DEPTH + 2), field);
}

/** An options object, read once, one level deep: its values (a signal, a logger) are kept as given. */
export function readOptions(value: unknown, field: string): Record<string, unknown> {
  return requireObject(readInput(value, field, 1), field);
}

/**
 * Checks a method's per-call `options` (undefined, or `RequestOptions`) before anything is sent,
 * and returns them read once, as the copy to send with. The one check of them: the transport
 * trusts what reaches it.
 */
export function checkOptions<T>(options: T, field = 'options', extraKeys: readonly string[] = []): T {
  if (options === undefined) return options;
  const o = readOptions(options, field);
  knownKeys(o, [...REQUEST_OPTION_KEYS, ...extraKeys], field, 'option');
  optionalSignal(o.signal, `${field}.signal`);
  if (o.timeoutMs !== undefined) checkTimeout(o.timeoutMs, `${field}.timeoutMs`);
  if (o.deadlineMs !== undefined) checkTimeout(o.deadlineMs, `${field}.deadlineMs`);
  if (o.maxRetries !== undefined) checkRetries(o.maxRetries, `${field}.maxRetries`);
  if (o.headers !== undefined) o.headers = checkHeaders(o.headers, `${field}.headers`);
  optionalFunction(o.onResponse, `${field}.onResponse`);
  return o as T;
}

export function optionalSignal(value: unknown, field: string): AbortSignal | undefined {
  if (value === undefined) return undefined;
  const s =
    value !== null && typeof value === 'object'
      ? (value as { aborted?: unknown; addEventListener?: unknown; removeEventListener?: unknown })
      : undefined;
  const fits = readGuarded(
    field,
    () => typeof s?.aborted === 'boolean' && typeof s.addEventListener === 'function' && typeof s.removeEventListener === 'function',
  );
  if (!fits) mustBe(field, 'an AbortSignal', value);
  return value as AbortSignal;
}

export function optionalFunction(value: unknown, field: string): void {
  if (value !== undefined && typeof value !== 'function') mustBe(field, 'a function', value);
}

/** The error for a value of the wrong kind: `field must be <what>, got <its type>`. */
export function mustBe(field: string, what: string, value: unknown): never {
  throw new ValidationError(field, `must be ${what}, got ${typeName(value)}`);
}

export function typeName(value: unknown): string {
  if (value === null) return 'null';
  if (typeof value === 'number' && !Number.isFinite(value)) return String(value);
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

function describeValue(value: unknown): string {
  return typeof value === 'string' ? JSON.stringify(value) : typeName(value);
}
