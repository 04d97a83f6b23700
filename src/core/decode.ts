import { operationOf, type DefinitionNode, type SelectionNode, type SelectionSetNode } from './document.js';
import { schemaEnums, schemaFields, schemaPossibleTypes } from '../generated/schema-map.js';
import { ResponseError } from './errors.js';
import type { JsonValue } from './types.js';
import { innermost, parseRef, type TypeRef } from './type-ref.js';

// Checks a response against its document and the schema, and decodes AWSJSON and AWSDateTime, in
// one walk. Data that does not fit (a null where the schema says non-null, a list for an object, a
// number for a String, an enum value the schema lacks) is a ResponseError at the call, naming the
// path, rather than a TypeError wherever the value is used later. The walk is compiled once per
// document, so aliased documents built at run time are followed exactly as written.

/** What a value of a named type is checked against; a name with none of these passes unchecked. */
interface Leaf {
  name: string;
  /** Scalars: whether a value has the scalar's wire form. */
  scalar?: ((v: unknown) => boolean) | undefined;
  /** Enums: the values the schema allows. */
  values?: ReadonlySet<string>;
  /** Objects: fields by concrete type name; `''` when the concrete type cannot be told. */
  plans?: Map<string, FieldCheck[]>;
  /** Objects of one possible type: its fields (the lookup in `plans` is then skipped). */
  only?: FieldCheck[] | undefined;
}

interface FieldCheck {
  key: string;
  /** Under @include/@skip/@defer or a type condition that may not apply: it may be absent. */
  optional: boolean;
  ref: TypeRef;
  leaf: Leaf;
}

/** The root fields an error entry explains: `has(key)`. */
export interface Errored {
  has(key: string): boolean;
}

interface Plan {
  operation: string;
  root: Leaf;
}

// Two scalar forms the variable checks (variables.ts) share; here, not in scalars.ts, which
// re-exports decode and would make the import circular.

/** GraphQL's Int: a whole number in 32 bits. */
export const isInt32 = (v: unknown): boolean => Number.isInteger(v) && (v as number) >= -(2 ** 31) && (v as number) < 2 ** 31;

/** AppSync's AWSDateTime: date, `T`, hh:mm with optional seconds and fraction, and a zone (`Z` or ±hh:mm[:ss]). */
const AWS_DATE_TIME = /^-?\d{4,}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2}(:\d{2})?)$/i;

/** Text in AppSync's AWSDateTime form (`new Date` alone would also read "12" or "March 7, 2001"). */
export const isAwsDateTime = (v: unknown): v is string => typeof v === 'string' && AWS_DATE_TIME.test(v);

const isString = (v: unknown) => typeof v === 'string';
/** The wire form of each built-in and AWS scalar; AWSJSON and AWSDateTime are then decoded. */
const SCALARS: Record<string, (v: unknown) => boolean> = {
  String: isString,
  ID: isString,
  AWSURL: isString,
  AWSJSON: isString,
  AWSDateTime: isString,
  Int: isInt32,
  Float: (v) => typeof v === 'number',
  Boolean: (v) => typeof v === 'boolean',
};

// A page's cursor is AWSJSON, yet it must go back to the API as the very text it came as (a
// parse and re-serialisation could reorder keys or round a large number): it stays a string,
// which its generated type (JsonValue) includes.
const CURSOR: Leaf = { name: 'AWSJSON cursor', scalar: isString };

// No record of decoded results: every caller gets data of its own (the SDK's client gives each
// call its own operation, an app's client's results are copied), and a WeakSet entry per call
// cost about 1% of a call in garbage-collector time.
const plans = new WeakMap<object, Plan>();

/**
 * Checks `data` against `document` and decodes its AWSJSON and AWSDateTime values in place.
 * Throws ResponseError naming the operation and the path of the first value that does not fit.
 */
export function decodeInPlace<T>(document: object, data: T, errored?: Errored): T {
  let plan = plans.get(document);
  if (!plan) plans.set(document, (plan = planFor(document)));
  // Root fields an error entry explains (partial data, as GraphQL allows) may be null whatever their type.
  if (errored && data !== null && typeof data === 'object' && !Array.isArray(data)) {
    const obj = data as Record<string, unknown>;
    checkFields(pickPlan(plan.root, obj), obj, [], plan.operation, errored);
  } else checkValue({ nonNull: true, list: null, name: plan.root.name }, plan.root, data, [], plan.operation);
  return data;
}

function planFor(document: object): Plan {
  const fragments = new Map<string, DefinitionNode>();
  for (const d of (document as { definitions: readonly DefinitionNode[] }).definitions) {
    if (d.kind === 'FragmentDefinition' && d.name) fragments.set(d.name.value, d);
  }
  const op = operationOf(document);
  // The schema's root types have the default names: `query` → Query, `mutation` → Mutation.
  const root = op.operation[0]!.toUpperCase() + op.operation.slice(1);
  const sets = op.selectionSet ? [op.selectionSet] : [];
  return { operation: op.name?.value ?? 'anonymous', root: objectLeaf(root, sets, fragments) };
}

function objectLeaf(type: string, sets: SelectionSetNode[], fragments: Map<string, DefinitionNode>): Leaf {
  const possible = schemaPossibleTypes[type] ?? [type];
  const plans = new Map<string, FieldCheck[]>();
  for (const runtime of possible) plans.set(runtime, fieldChecks(runtime, type, sets, fragments));
  if (possible.length !== 1) plans.set('', fieldChecks(null, type, sets, fragments));
  return { name: type, plans, only: possible.length === 1 ? plans.get(possible[0]!) : undefined };
}

interface Collected {
  name: string;
  owner: string;
  optional: boolean;
  sets: SelectionSetNode[];
}

/** The fields `sets` select on an object of type `runtime` (null: not known), merged by response key. */
function fieldChecks(runtime: string | null, type: string, sets: SelectionSetNode[], fragments: Map<string, DefinitionNode>) {
  const fields = new Map<string, Collected>();
  const collect = (owner: string, set: SelectionSetNode, optional: boolean, seen: Set<string>) => {
    for (const sel of set.selections) {
      const maybe = optional || isConditional(sel);
      if (sel.kind === 'Field') {
        const name = sel.name?.value ?? '';
        const key = sel.alias?.value ?? name;
        const entry = fields.get(key) ?? { name, owner: runtime ?? owner, optional: maybe, sets: [] };
        entry.optional &&= maybe;
        if (sel.selectionSet) entry.sets.push(sel.selectionSet);
        fields.set(key, entry);
        continue;
      }
      const spread = sel.kind === 'FragmentSpread' ? sel.name?.value : undefined;
      if (spread !== undefined && seen.has(spread)) continue;
      const frag = spread !== undefined ? fragments.get(spread) : sel;
      if (!frag?.selectionSet) continue;
      const condition = frag.typeCondition?.name.value ?? owner;
      if (runtime !== null && !applies(condition, runtime)) continue;
      const unsure = runtime === null && condition !== type;
      collect(condition, frag.selectionSet, maybe || unsure, spread !== undefined ? new Set(seen).add(spread) : seen);
    }
  };
  for (const set of sets) collect(type, set, false, new Set());
  const checks: FieldCheck[] = [];
  for (const [key, f] of fields) {
    const ref = f.name === '__typename' ? 'String!' : schemaFields[f.owner]?.[f.name];
    if (ref === undefined) continue; // Not in our schema (an app's own document): passed through unchecked.
    const parsed = parseRef(ref);
    const named = innermost(parsed);
    const leaf = f.name === 'after' && named === 'AWSJSON' ? CURSOR : leafFor(named, f.sets, fragments);
    checks.push({ key, optional: f.optional, ref: parsed, leaf });
  }
  return checks;
}

function applies(condition: string, runtime: string): boolean {
  return condition === runtime || (schemaPossibleTypes[condition]?.includes(runtime) ?? false);
}

function isConditional(sel: SelectionNode): boolean {
  const directives = (sel as { directives?: readonly { name: { value: string } }[] }).directives;
  return !!directives?.some((d) => /^(include|skip|defer)$/.test(d.name.value));
}

function leafFor(name: string, sets: SelectionSetNode[], fragments: Map<string, DefinitionNode>): Leaf {
  const values = (schemaEnums as Record<string, readonly string[]>)[name];
  if (values) return { name, values: new Set(values) };
  if (sets.length && (schemaFields[name] || schemaPossibleTypes[name])) return objectLeaf(name, sets, fragments);
  return { name, scalar: SCALARS[name] };
}

function checkValue(ref: TypeRef, leaf: Leaf, v: unknown, path: (string | number)[], operation: string): unknown {
  if (v === null) {
    if (ref.nonNull) fail(operation, path, `expected ${describe(ref)}, got null`);
    return null;
  }
  if (ref.list) {
    if (!Array.isArray(v)) fail(operation, path, `expected ${describe(ref)}, got ${kindOf(v)}`);
    for (let i = 0; i < v.length; i++) {
      path.push(i);
      const item: unknown = v[i];
      const out = checkValue(ref.list, leaf, item, path, operation);
      if (out !== item) v[i] = out;
      path.pop();
    }
    return v;
  }
  const { name, scalar, values, plans } = leaf;
  if (scalar ? !scalar(v) : plans && (typeof v !== 'object' || Array.isArray(v))) {
    fail(operation, path, `expected ${name}, got ${kindOf(v)}`);
  }
  if (name === 'AWSJSON') return parseJson(v as string);
  if (name === 'AWSDateTime') {
    const date = isAwsDateTime(v) ? new Date(v) : undefined;
    if (!date || Number.isNaN(date.getTime()))
      fail(operation, path, 'expected AWSDateTime, got a string that is not an ISO 8601 date-time');
    return date;
  }
  if (values && !(typeof v === 'string' && values.has(v))) {
    const got = typeof v === 'string' ? `a string outside them${enumLike(v) ? ` (${v})` : ''}` : kindOf(v);
    fail(operation, path, `expected ${name} (one of ${[...values].join(', ')}), got ${got}`);
  }
  if (plans) checkFields(pickPlan(leaf, v as Record<string, unknown>), v as Record<string, unknown>, path, operation);
  return v;
}

function pickPlan(leaf: Leaf, obj: Record<string, unknown>): FieldCheck[] {
  if (leaf.only) return leaf.only;
  const plans = leaf.plans!;
  const typename = obj.__typename;
  return (typeof typename === 'string' && plans.get(typename)) || plans.get('')!;
}

function checkFields(
  fields: FieldCheck[],
  obj: Record<string, unknown>,
  path: (string | number)[],
  operation: string,
  errored?: Errored,
): void {
  for (const f of fields) {
    const v = obj[f.key];
    if (v === null && errored?.has(f.key)) continue;
    path.push(f.key);
    if (v === undefined) {
      if (!f.optional) fail(operation, path, `expected ${describe(f.ref)}, but it is missing`);
    } else {
      const out = checkValue(f.ref, f.leaf, v, path, operation);
      if (out !== v) obj[f.key] = out;
    }
    path.pop();
  }
}

function describe(ref: TypeRef): string {
  return ref.list ? `a list of ${describe(ref.list)}` : ref.name;
}

// Server text is echoed only when it has an enum value's form and is shorter than any API key
// (12+ characters): a server that echoes the request back must not get the key into an error.
export function enumLike(v: string): boolean {
  return /^[A-Z][A-Z0-9_]{0,10}$/.test(v);
}

function kindOf(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'a list';
  if (typeof v === 'number' && !Number.isInteger(v)) return `number ${v}`;
  return typeof v;
}

function fail(operation: string, path: readonly (string | number)[], problem: string): never {
  const at = path.length ? path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i ? `.${p}` : p)).join('') : 'data';
  throw new ResponseError(`${operation}: the API sent data that does not fit the document: ${at}: ${problem}`, { operation });
}

function parseJson(text: string): JsonValue {
  try {
    return JSON.parse(text) as JsonValue;
  } catch {
    // Not every stored value was written as JSON; the raw text is still a valid JsonValue.
    return text;
  }
}
