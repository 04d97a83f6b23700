import { operationOf, type DefinitionNode, type DocumentLike, type SelectionSetNode } from './document.js';
import { schemaMap } from '../generated/schema-map.js';
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
  checkJson(value, field, new Set());
  return JSON.stringify(value);
}

function checkJson(value: unknown, path: string, seen: Set<object>): void {
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
      const proto: unknown = Object.getPrototypeOf(value);
      if (!Array.isArray(value) && proto !== Object.prototype && proto !== null) {
        const name = (proto as { constructor?: { name?: string } } | null)?.constructor?.name ?? 'object';
        throw new ValidationError(path, `must be plain JSON: ${name} is not a plain object, array or primitive`);
      }
      seen.add(value);
      if (Array.isArray(value)) value.forEach((v, i) => checkJson(v, `${path}[${i}]`, seen));
      else for (const [k, v] of Object.entries(value)) checkJson(v, `${path}.${k}`, seen);
      seen.delete(value);
      return;
    }
    default:
      throw new ValidationError(path, `must be JSON-serialisable, got ${typeof value}`);
  }
}

// A decode plan mirrors a selection: response key -> scalar kind or the plan of its sub-selection.
type Plan = { [responseKey: string]: 'json' | 'date' | Plan };
const plans = new WeakMap<object, Plan | null>();

/** Decodes AWSJSON and AWSDateTime values of `data` in place, as selected by `document`. */
export function decodeResult<T>(document: object, data: T): T {
  let plan = plans.get(document);
  if (plan === undefined) plans.set(document, (plan = planFor(document)));
  if (plan) apply(plan, data);
  return data;
}

function planFor(document: object): Plan | null {
  const fragments = new Map<string, DefinitionNode>();
  for (const d of (document as DocumentLike).definitions) if (d.kind === 'FragmentDefinition' && d.name) fragments.set(d.name.value, d);
  const op = operationOf(document);
  const root = op.operation === 'mutation' ? 'Mutation' : op.operation === 'subscription' ? 'Subscription' : 'Query';
  if (!op.selectionSet) return null;
  const plan = planSelection(root, op.selectionSet, fragments);
  return Object.keys(plan).length ? plan : null;
}

function planSelection(type: string, set: SelectionSetNode, fragments: Map<string, DefinitionNode>): Plan {
  const plan: Plan = {};
  for (const sel of set.selections) {
    if (sel.kind === 'Field') {
      const name = sel.name?.value ?? '';
      const target = schemaMap[type]?.[name];
      if (!target) continue;
      const key = sel.alias?.value ?? name;
      if (target === 'json' || target === 'date') plan[key] = target;
      else if (sel.selectionSet) {
        const sub = planSelection(target, sel.selectionSet, fragments);
        if (Object.keys(sub).length) plan[key] = merge(plan[key], sub);
      }
    } else {
      const frag = sel.kind === 'FragmentSpread' ? fragments.get(sel.name?.value ?? '') : sel;
      if (!frag?.selectionSet) continue;
      Object.assign(plan, mergeAll(plan, planSelection(frag.typeCondition?.name.value ?? type, frag.selectionSet, fragments)));
    }
  }
  return plan;
}

function merge(a: Plan | 'json' | 'date' | undefined, b: Plan): Plan {
  return a && typeof a === 'object' ? mergeAll(a, b) : b;
}

function mergeAll(a: Plan, b: Plan): Plan {
  const out: Plan = { ...a };
  for (const [k, v] of Object.entries(b)) out[k] = typeof v === 'object' ? merge(out[k], v) : v;
  return out;
}

function apply(plan: Plan, value: unknown): void {
  if (value === null || typeof value !== 'object') return;
  if (Array.isArray(value)) {
    for (const item of value) apply(plan, item);
    return;
  }
  const obj = value as Record<string, unknown>;
  for (const key in plan) {
    const step = plan[key]!;
    const v = obj[key];
    if (v === undefined || v === null) continue;
    if (step === 'json') obj[key] = typeof v === 'string' ? parseJson(v) : v;
    else if (step === 'date') obj[key] = typeof v === 'string' ? new Date(v) : v;
    else apply(step, v);
  }
}

function parseJson(text: string): JsonValue {
  try {
    return JSON.parse(text) as JsonValue;
  } catch {
    // Not every stored value was written as JSON; the raw text is still a valid JsonValue.
    return text;
  }
}
