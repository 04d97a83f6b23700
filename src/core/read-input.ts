import { MoveUgcError, ValidationError } from './errors.js';

// A caller's argument is read once, here, into plain objects and arrays: a getter or Proxy trap that
// throws is then a ValidationError naming the field (not the caller's own TypeError from deep inside
// a check), and a getter cannot hand the checks one value and the request another.

/** Longer arrays are refused: a sparse `length = 2 ** 32 - 1` would otherwise be walked for minutes. */
export const MAX_INPUT_ITEMS = 1_000_000;

/**
 * A copy of `value` to `depth` levels of plain objects and arrays (holes kept, cycles kept as
 * cycles for the checks to name). Anything else (a Blob, a stream, an AbortSignal, a function, a
 * class instance) is kept as it is: the checks that take it look no deeper.
 */
export function readInput<T>(value: T, field: string, depth: number): T {
  return copy(value, field, depth, new Map()) as T;
}

function copy(value: unknown, path: string, depth: number, copies: Map<object, unknown>): unknown {
  if (value === null || typeof value !== 'object' || depth === 0) return value;
  const done = copies.get(value);
  if (done !== undefined) return done;
  const source = value as Record<string, unknown>;
  const array = readGuarded(path, () => Array.isArray(source));
  if (array) {
    const length = read(source, 'length', path) as number;
    if (length > MAX_INPUT_ITEMS) throw new ValidationError(path, `holds more than ${MAX_INPUT_ITEMS} items`);
    const out: unknown[] = new Array(length);
    copies.set(value, out);
    for (let i = 0; i < length; i++) {
      if (readGuarded(path, () => i in source)) out[i] = copy(read(source, String(i), `${path}[${i}]`), `${path}[${i}]`, depth - 1, copies);
    }
    return out;
  }
  const proto = readGuarded(path, () => Object.getPrototypeOf(source) as unknown);
  if (proto !== Object.prototype && proto !== null) return value;
  const out: Record<string, unknown> = {};
  copies.set(value, out);
  for (const key of readGuarded(path, () => Object.keys(source))) {
    const field = `${path}.${key}`;
    const item = copy(read(source, key, field), field, depth - 1, copies);
    // Assigned, `__proto__` (a key JSON.parse can make) would set the copy's prototype instead.
    if (key === '__proto__') Object.defineProperty(out, key, { value: item, enumerable: true, writable: true, configurable: true });
    else out[key] = item;
  }
  return out;
}

function read(source: Record<string, unknown>, key: string, path: string): unknown {
  return readGuarded(path, () => source[key]);
}

/** Runs `step`, which reads the caller's `path`; what it throws that is not ours becomes a ValidationError. */
export function readGuarded<T>(path: string, step: () => T): T {
  try {
    return step();
  } catch (err) {
    if (err instanceof MoveUgcError) throw err;
    // The thrown value's message is left out (it is the caller's, and may hold anything); it is the cause.
    const name = err instanceof Error ? err.name : typeof err;
    throw new ValidationError(path, `could not be read: a getter or Proxy trap threw ${name}`, err);
  }
}
