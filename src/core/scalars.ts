import { ValidationError } from './errors.js';

export type { JsonValue } from './types.js';

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
