import { schemaEnums, schemaInputs } from '../generated/schema-map.js';
import { isAwsDateTime, isInt32 } from './decode.js';
import { operationInfo } from './operation.js';
import { ValidationError } from './errors.js';
import { parseRef, printRef, refOfNode, type TypeNode, type TypeRef } from './type-ref.js';
import { checkOptions, knownKeys, mustBe, oneOf, readParams, requireObject, typeName } from './validate.js';
import { readGuarded } from './read-input.js';

// `ugc.request` runs any document, so its variables are checked as a GraphQL server coerces them
// (the spec's CoerceVariableValues), by the operation's variable definitions and the schema's
// input types, and a bad one is named before anything is sent. Stricter than a server in two
// ways: a key the operation does not declare is refused (a server drops it, so a typo would go
// unnoticed), and NaN, which JSON sends as null, is refused where a number is expected. Types our
// schema does not know (an app's document against a newer schema) pass unchecked.

interface VariableDefinition {
  readonly variable: { readonly name: { readonly value: string } };
  readonly type: TypeNode;
  readonly defaultValue?: unknown;
}

const isString = (v: unknown) => typeof v === 'string';

/** Each scalar's accepted JS values, and how the error says it. */
const SCALARS: Record<string, [string, (v: unknown) => boolean]> = {
  String: ['a string', isString],
  ID: ['a string or an integer', (v) => isString(v) || Number.isInteger(v)],
  Int: ['a 32-bit integer', isInt32],
  Float: ['a finite number', Number.isFinite],
  Boolean: ['a boolean', (v) => typeof v === 'boolean'],
  AWSJSON: ['a string holding JSON (JSON.stringify the value)', isJsonText],
  AWSDateTime: ['an ISO 8601 date-time string', (v) => isAwsDateTime(v) && !Number.isNaN(Date.parse(v))],
  AWSURL: ['a URL string', isString],
};

// Input types may be recursive; a value nested this deep is not a request anyone means to send.
const MAX_DEPTH = 64;
// No input list of the API comes near this (a take has a source per camera).
const MAX_LIST = 100_000;

/**
 * The arguments of `ugc.request(document, variables?, options?)`, checked before anything is sent;
 * returns the variables and options as read once, to send.
 */
export function checkRequest<V, O>(document: unknown, variables: V, options: O): [V, O] {
  const { name, definitions } = readGuarded('document', () => checkDocument(document));
  const given = variables === undefined ? {} : readParams(variables, 'variables');
  checkVariables(name, definitions, given);
  // What the schema map does not type (an app's own scalars and input types) must still serialise.
  try {
    JSON.stringify(given);
  } catch (err) {
    throw new ValidationError('variables', `must be JSON-serialisable: ${(err as Error).message}`);
  }
  return [(variables === undefined ? variables : given) as V, checkOptions(options)];
}

function checkDocument(document: unknown): { name: string; definitions: VariableDefinition[] } {
  const definitions = (document as { definitions?: unknown } | null)?.definitions;
  if (document === null || typeof document !== 'object' || !Array.isArray(definitions)) {
    mustBe('document', 'a GraphQL document node (from move-ugc/documents or gql`…`)', document);
  }
  if (!definitions.every((d) => d !== null && typeof d === 'object'))
    throw new ValidationError('document', 'holds a definition that is not an object');
  const operations = definitions.filter((d) => (d as { kind?: unknown }).kind === 'OperationDefinition');
  if (operations.length !== 1) throw new ValidationError('document', `must hold exactly one operation, holds ${operations.length}`);
  const op = operations[0] as {
    name?: { value?: unknown };
    operation?: unknown;
    selectionSet?: { selections?: unknown } | null;
    variableDefinitions?: unknown;
  };
  if (op.operation === 'subscription') throw new ValidationError('document', 'must be a query or a mutation');
  const variableDefinitions = op.variableDefinitions ?? [];
  if (
    (op.operation !== 'query' && op.operation !== 'mutation') ||
    !Array.isArray(op.selectionSet?.selections) ||
    !Array.isArray(variableDefinitions) ||
    !variableDefinitions.every((d: VariableDefinition | null) => typeof d?.variable?.name?.value === 'string' && isTypeNode(d.type, 0))
  ) {
    throw new ValidationError('document', 'holds an operation that is not a GraphQL operation node');
  }
  try {
    // Printed here once (and kept): a hand-built node that cannot be printed is the caller's to fix.
    operationInfo(document);
  } catch (err) {
    throw new ValidationError('document', `cannot be printed as GraphQL: ${err instanceof Error ? err.message : 'not a document'}`);
  }
  const name = typeof op.name?.value === 'string' ? op.name.value : 'the operation';
  return { name, definitions: variableDefinitions as VariableDefinition[] };
}

/** Checks `variables` against an operation's (checked) variable definitions; throws ValidationError naming `variables.<path>`. */
function checkVariables(operation: string, definitions: readonly VariableDefinition[], variables: Record<string, unknown>): void {
  const names = definitions.map((d) => d.variable.name.value);
  knownKeys(variables, names, 'variables', `variable of ${operation}`);
  for (const d of definitions) {
    // Own keys only: a variable named `toString` is not given by every object.
    const value = Object.hasOwn(variables, d.variable.name.value) ? variables[d.variable.name.value] : undefined;
    if (value === undefined && d.defaultValue !== undefined) continue;
    checkInput(refOfNode(d.type), value, `variables.${d.variable.name.value}`, 0);
  }
}

function checkInput(ref: TypeRef, value: unknown, field: string, depth: number): void {
  if (value === null || value === undefined) {
    if (ref.nonNull) throw new ValidationError(field, `${value === null ? 'must not be null' : 'is required'} (${printRef(ref)})`);
    return;
  }
  if (depth > MAX_DEPTH) throw new ValidationError(field, `nests deeper than ${MAX_DEPTH} levels`);
  if (ref.list) {
    // As the spec coerces: a single value stands for a list of one.
    if (!Array.isArray(value)) return checkInput(ref.list, value, field, depth + 1);
    // Past this, Node 20's JSON.stringify can abort the process (a V8 check fails) instead of throwing.
    if (value.length > MAX_LIST) throw new ValidationError(field, `must hold at most ${MAX_LIST} items, holds ${value.length}`);
    for (let i = 0; i < value.length; i++) checkInput(ref.list, value[i], `${field}[${i}]`, depth + 1);
    return;
  }
  const values = (schemaEnums as Record<string, readonly string[]>)[ref.name];
  if (values) {
    oneOf(value, field, values);
    return;
  }
  const fields = schemaInputs[ref.name];
  if (fields) {
    const obj = requireObject(value, field);
    knownKeys(obj, Object.keys(fields), field, `field of ${ref.name}`);
    for (const key in fields)
      checkInput(parseRef(fields[key]!), Object.hasOwn(obj, key) ? obj[key] : undefined, `${field}.${key}`, depth + 1);
    return;
  }
  const scalar = SCALARS[ref.name];
  if (scalar && !scalar[1](value)) {
    throw new ValidationError(field, `must be ${scalar[0]}, got ${typeof value === 'number' ? value : typeName(value)}`);
  }
}

/** A well-formed type node (hand-built documents may hold anything), at most 32 wrappers deep. */
function isTypeNode(node: TypeNode | undefined, depth: number): boolean {
  if (depth > 32 || node === null || typeof node !== 'object') return false;
  if (node.kind === 'NonNullType' || node.kind === 'ListType') return isTypeNode(node.type, depth + 1);
  return node.kind === 'NamedType' && typeof node.name?.value === 'string';
}

function isJsonText(v: unknown): boolean {
  if (!isString(v)) return false;
  try {
    JSON.parse(v);
    return true;
  } catch {
    return false;
  }
}
