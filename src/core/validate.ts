import { ValidationError } from './errors.js';
import { encodeJson } from './scalars.js';

// Checks run before any request is sent; each error names the parameter and the problem.

export function requireString(value: unknown, field: string): string {
  if (typeof value !== 'string') throw new ValidationError(field, `must be a string, got ${typeName(value)}`);
  if (value.trim() === '') throw new ValidationError(field, 'must not be empty');
  return value;
}

export function optionalString(value: unknown, field: string): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'string') throw new ValidationError(field, `must be a string, got ${typeName(value)}`);
  return value;
}

export function optionalInt(value: unknown, field: string, min: number): number | undefined {
  if (value === undefined) return undefined;
  return requireInt(value, field, min);
}

export function requireInt(value: unknown, field: string, min: number): number {
  if (typeof value !== 'number' || !Number.isInteger(value)) {
    throw new ValidationError(field, `must be an integer, got ${typeName(value)}`);
  }
  if (value < min) throw new ValidationError(field, `must be at least ${min}, got ${value}`);
  if (value > 2 ** 31 - 1) throw new ValidationError(field, `must be at most ${2 ** 31 - 1}, got ${value}`);
  return value;
}

export function requireNumber(value: unknown, field: string, options: { positive?: boolean } = {}): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    throw new ValidationError(field, `must be a finite number, got ${typeName(value)}`);
  }
  if (options.positive && value <= 0) throw new ValidationError(field, `must be greater than 0, got ${value}`);
  return value;
}

export function optionalBoolean(value: unknown, field: string): boolean | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'boolean') throw new ValidationError(field, `must be a boolean, got ${typeName(value)}`);
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
  if (!Array.isArray(value)) throw new ValidationError(field, `must be an array, got ${typeName(value)}`);
  return value.map((v, i) => item(v, `${field}[${i}]`));
}

export function requireObject(value: unknown, field: string): Record<string, unknown> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new ValidationError(field, `must be an object, got ${typeName(value)}`);
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
export function knownKeys(params: Record<string, unknown>, allowed: readonly string[], where: string): void {
  for (const key of Object.keys(params)) {
    if (!allowed.includes(key)) throw new ValidationError(`${where}.${key}`, `is not a known parameter (known: ${allowed.join(', ')})`);
  }
}

export function typeName(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

function describeValue(value: unknown): string {
  return typeof value === 'string' ? JSON.stringify(value) : typeName(value);
}
