import { oneOf, optionalArray } from './validate.js';

export type { Simplify, WithExpand } from './types.js';

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
