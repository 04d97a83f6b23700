import { oneOf, optionalArray } from './validate.js';

/** Flattens an intersection so editors show the plain object type. */
export type Simplify<T> = { [K in keyof T]: T[K] } & {};

/**
 * The result type for one `expand` list: the expanded fields are present keys (their value may
 * still be null where the API allows), the others are absent from the type, as from the object.
 */
export type WithExpand<T, All extends keyof T, E extends All> = Simplify<Omit<T, All> & { [K in E]-?: Exclude<T[K], undefined> }>;

/**
 * Turns an `expand` list into the operation's `$withX` variables, only for the fields asked for:
 * the documents default every `$withX` to false, so nothing else needs to be sent.
 */
export function expandVariables<E extends string>(
  expand: unknown,
  variables: Readonly<Record<E, string>>,
  field = 'expand',
): Record<string, true> {
  const out: Record<string, true> = {};
  const names = Object.keys(variables) as E[];
  for (const name of optionalArray(expand, field, (v, f) => oneOf(v, f, names)) ?? []) out[variables[name]] = true;
  return out;
}
