import { ValidationError } from './errors.js';

/** Any value JSON can represent. Metadata is typed as this. */
export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

declare const awsJson: unique symbol;
declare const awsDateTime: unique symbol;
/** An AWSJSON value as it travels: a string holding JSON. The facade hands out the parsed value. */
export type AwsJsonString = string & { readonly [awsJson]: true };
/** An AWSDateTime value as it travels: an ISO 8601 string. The facade hands out a `Date`. */
export type AwsDateTimeString = string & { readonly [awsDateTime]: true };

/** A wire result type with AWSJSON parsed and AWSDateTime turned into `Date`, as every method returns it. */
export type Decoded<T> = T extends AwsJsonString
  ? JsonValue
  : T extends AwsDateTimeString
    ? Date
    : T extends readonly (infer U)[]
      ? Decoded<U>[]
      : T extends object
        ? { [K in keyof T]: Decoded<T[K]> }
        : T;

/**
 * Turns a JSON value into the AWSJSON string the API expects, refusing what JSON cannot hold
 * faithfully (cycles, BigInt, functions, symbols, undefined, non-finite numbers) instead of
 * letting JSON.stringify drop or mangle it.
 */
export function encodeJson(value: unknown, field: string): string {
  checkJson(value, field, new Set(), field);
  return JSON.stringify(value);
}

/** Deeper than this, JSON.stringify (and many JSON readers) would run out of stack. */
export const MAX_JSON_DEPTH = 500;

function checkJson(value: unknown, path: string, seen: Set<object>, root: string): void {
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return;
    case 'number':
      if (!Number.isFinite(value)) throw new ValidationError(path, `must be a finite number, got ${value}`);
      return;
    case 'object': {
      if (value === null) return;
      if (seen.has(value)) throw new ValidationError(path, 'contains a circular reference');
      if (seen.size >= MAX_JSON_DEPTH) throw new ValidationError(root, `is nested more than ${MAX_JSON_DEPTH} levels deep`);
      const proto: unknown = Object.getPrototypeOf(value);
      if (!Array.isArray(value) && proto !== Object.prototype && proto !== null) {
        const name = (proto as { constructor?: { name?: string } } | null)?.constructor?.name ?? 'object';
        throw new ValidationError(path, `must be plain JSON: ${name} is not a plain object, array or primitive`);
      }
      seen.add(value);
      if (Array.isArray(value)) value.forEach((v, i) => checkJson(v, `${path}[${i}]`, seen, root));
      else for (const [k, v] of Object.entries(value)) checkJson(v, `${path}.${k}`, seen, root);
      seen.delete(value);
      return;
    }
    default:
      throw new ValidationError(path, `must be JSON-serialisable, got ${typeof value}`);
  }
}

export { decodeResult } from './decode.js';
