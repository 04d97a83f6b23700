import { schemaEnums, schemaInputs } from '../generated/schema-map.js';
import { operationOf } from './document.js';
import { ValidationError } from './errors.js';
import { parseRef, printRef, refOfNode, type TypeNode, type TypeRef } from './type-ref.js';
import { checkOptions, knownKeys, mustBe, oneOf, requireObject, typeName } from './validate.js';

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
  Int: ['a 32-bit integer', (v) => Number.isInteger(v) && (v as number) >= -(2 ** 31) && (v as number) < 2 ** 31],
  Float: ['a finite number', Number.isFinite],
  Boolean: ['a boolean', (v) => typeof v === 'boolean'],
  AWSJSON: ['a string holding JSON (JSON.stringify the value)', isJsonText],
  AWSDateTime: ['an ISO 8601 date-time string', (v) => isString(v) && !Number.isNaN(Date.parse(v))],
  AWSURL: ['a URL string', isString],
};

// Input types may be recursive; a value nested this deep is not a request anyone means to send.
const MAX_DEPTH = 64;

/** The arguments of `ugc.request(document, variables?, options?)`, checked before anything is sent. */
export function checkRequest(document: unknown, variables: unknown, options: unknown): void {
  const definitions = (document as { definitions?: unknown } | null)?.definitions;
  if (document === null || typeof document !== 'object' || !Array.isArray(definitions)) {
    mustBe('document', 'a GraphQL document node (from move-ugc/documents or gql`…`)', document);
  }
  const operations = definitions.filter((d) => (d as { kind?: unknown } | null)?.kind === 'OperationDefinition');
  if (operations.length !== 1) throw new ValidationError('document', `must hold exactly one operation, holds ${operations.length}`);
  const op = operations[0] as { operation?: unknown; selectionSet?: unknown; variableDefinitions?: unknown };
  const variableDefinitions = op.variableDefinitions ?? [];
  if (
    typeof op.operation !== 'string' ||
    typeof op.selectionSet !== 'object' ||
    !Array.isArray(variableDefinitions) ||
    !variableDefinitions.every((d: VariableDefinition | null) => typeof d?.variable?.name?.value === 'string')
  ) {
    throw new ValidationError('document', 'holds an operation that is not a GraphQL operation node');
  }
  checkVariables(document, variables === undefined ? {} : requireObject(variables, 'variables'));
  // What the schema map does not type (an app's own scalars and input types) must still serialise.
  try {
    JSON.stringify(variables);
  } catch (err) {
    throw new ValidationError('variables', `must be JSON-serialisable: ${(err as Error).message}`);
  }
  checkOptions(options);
}

/** Checks `variables` against `document`'s variable definitions; throws ValidationError naming `variables.<path>`. */
export function checkVariables(document: object, variables: Record<string, unknown>): void {
  const op = operationOf(document) as { name?: { value: string }; variableDefinitions?: readonly VariableDefinition[] };
  const definitions = op.variableDefinitions ?? [];
  const names = definitions.map((d) => d.variable.name.value);
  knownKeys(variables, names, 'variables', `variable of ${op.name?.value ?? 'the operation'}`);
  for (const d of definitions) {
    const value = variables[d.variable.name.value];
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
    for (const key in fields) checkInput(parseRef(fields[key]!), obj[key], `${field}.${key}`, depth + 1);
    return;
  }
  const scalar = SCALARS[ref.name];
  if (scalar && !scalar[1](value)) {
    throw new ValidationError(field, `must be ${scalar[0]}, got ${typeof value === 'number' ? value : typeName(value)}`);
  }
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
