import {
  getNamedType,
  GraphQLError,
  isIntrospectionType,
  isObjectType,
  isInterfaceType,
  Kind,
  parse,
  SchemaMetaFieldDef,
  TypeMetaFieldDef,
  type DocumentNode,
  type ExecutionResult,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLSchema,
  type SelectionSetNode,
  type Source,
  type ValidationRule,
} from 'graphql';
import { SandboxError } from './errors.js';

/**
 * Tokens one document may hold. graphql-js's parser took 9 s and 310 MB for 3.5 MB of aliased
 * introspection (400 000 tokens, on a busy 2-core machine) before anything could be counted; the
 * full introspection query is 184 tokens and the SDK's largest operation 116, so this leaves a
 * hundred times the room legitimate clients need.
 */
export const MAX_TOKENS = 20_000;

/**
 * Field values one request may produce, introspection included, counted before anything runs
 * (see `overCost`): a full introspection of the sandbox's schema counts about 5 100 (72 KB of
 * JSON), so nine fit in one request, and what passes runs in well under a second.
 */
export const MAX_FIELDS = 50_000;

/** Selection sets nested in one another (fields and fragments alike); AppSync lets an API allow at most 75. */
export const MAX_DEPTH = 100;

/** The response size AppSync allows; the sandbox refuses a larger one rather than build it. */
export const MAX_RESPONSE_BYTES = 5 * 1024 * 1024;

const refusal = (message: string) => new GraphQLError(message, { originalError: new SandboxError('BadRequestException', message) });

/** graphql-js's parse, stopping at `MAX_TOKENS`: past it, one BadRequestException. */
export function boundedParse(query: string | Source): DocumentNode {
  try {
    return parse(query, { maxTokens: MAX_TOKENS });
  } catch (err) {
    if (err instanceof GraphQLError && /more tha[nt] \d+ tokens/.test(err.message))
      throw refusal(`The query has more than ${MAX_TOKENS} tokens, the most the sandbox parses`);
    throw err;
  }
}

class OverLimit extends Error {}

/**
 * The rules to validate a document with: graphql-js's own, or, when the document is over the
 * field or depth limit, one rule that reports only that (the standard rules are skipped: on such a
 * document they are themselves the expensive part).
 */
export function costRules(schema: GraphQLSchema, document: DocumentNode, variables: unknown, rules: readonly ValidationRule[]) {
  const problem = overCost(
    schema,
    document,
    variables !== null && typeof variables === 'object' ? (variables as Record<string, unknown>) : {},
  );
  if (!problem) return rules;
  const report: ValidationRule = (context) => ({
    Document: () => {
      context.reportError(refusal(problem));
      return false;
    },
  });
  return [report];
}

/**
 * Why the document is too costly to run, or undefined. Every field a response would hold is
 * counted, each alias and each fragment expansion separately: an API field once per place it is
 * selected (the resolver limit bounds its lists at run time), an introspection field once per
 * value it will produce, found by walking the schema with graphql-js's own introspection
 * resolvers. The walk stops as soon as the count passes the limit, so its own cost is bounded.
 */
export function overCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown>,
  limit = MAX_FIELDS,
): string | undefined {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
  let count = 0;
  const active = new Set<string>();
  const spend = () => {
    if (++count > limit) throw new OverLimit(`The request selects more than ${limit} fields, the most one request may`);
  };

  // `source`: the introspection value the selection applies to, or NONE outside introspection.
  const walk = (set: SelectionSetNode, parent: GraphQLNamedType | undefined, source: unknown, depth: number): void => {
    if (depth > MAX_DEPTH) throw new OverLimit(`The query nests more than ${MAX_DEPTH} selections deep`);
    for (const selection of set.selections) {
      spend();
      if (selection.kind === Kind.FIELD) field(selection, parent, source, depth);
      else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const type = selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : parent;
        walk(selection.selectionSet, type ?? undefined, source, depth + 1);
      } else {
        const name = selection.name.value;
        const fragment = fragments.get(name);
        // A cycle (or an unknown fragment) is validation's to report; here it adds nothing.
        if (!fragment || active.has(name)) continue;
        active.add(name);
        walk(fragment.selectionSet, schema.getType(fragment.typeCondition.name.value) ?? undefined, source, depth + 1);
        active.delete(name);
      }
    }
  };

  const field = (node: FieldNode, parent: GraphQLNamedType | undefined, source: unknown, depth: number) => {
    if (!node.selectionSet) return;
    const def = fieldDef(node.name.value, parent);
    const type = def ? getNamedType(def.type) : undefined;
    const meta = def === SchemaMetaFieldDef || def === TypeMetaFieldDef;
    if (!def?.resolve || !type || !isIntrospectionType(type) || (!meta && source === NONE)) {
      return walk(node.selectionSet, type, NONE, depth + 1);
    }
    let value: unknown;
    try {
      value = def.resolve(source, argumentsOf(node, variables), undefined, { schema } as never);
    } catch {
      // A fragment on the wrong introspection type (validation refuses it next) gives no values.
      return;
    }
    for (const item of Array.isArray(value) ? (value as unknown[]) : [value]) {
      if (item == null) continue;
      // Every item is an object of the response, its fields counted below; the item itself too.
      spend();
      walk(node.selectionSet, type, item, depth + 1);
    }
  };

  try {
    for (const d of document.definitions)
      if (d.kind === Kind.OPERATION_DEFINITION) walk(d.selectionSet, schema.getRootType(d.operation) ?? undefined, NONE, 1);
    return undefined;
  } catch (err) {
    if (err instanceof OverLimit) return err.message;
    throw err;
  }
}

const NONE = Symbol('no introspection value');

function fieldDef(name: string, parent: GraphQLNamedType | undefined): GraphQLField<unknown, unknown> | undefined {
  if (name === '__schema') return SchemaMetaFieldDef;
  if (name === '__type') return TypeMetaFieldDef;
  if (!parent || !(isObjectType(parent) || isInterfaceType(parent))) return undefined;
  return parent.getFields()[name];
}

/** The introspection arguments (`name`, `includeDeprecated`) as literals or variables give them. */
function argumentsOf(node: FieldNode, variables: Record<string, unknown>): Record<string, unknown> {
  const args: Record<string, unknown> = {};
  for (const arg of node.arguments ?? []) {
    const v = arg.value;
    if (v.kind === Kind.VARIABLE) args[arg.name.value] = variables[v.name.value];
    else if (v.kind === Kind.STRING || v.kind === Kind.BOOLEAN) args[arg.name.value] = v.value;
  }
  // Unknown means the larger answer.
  if (typeof args.includeDeprecated !== 'boolean') args.includeDeprecated = true;
  return args;
}

const tooLargeMessage = `The response is larger than ${MAX_RESPONSE_BYTES} bytes, the most one response may be`;

/** The one error a response over `MAX_RESPONSE_BYTES` gets instead, as the JSON body to send. */
export const tooLargeBody = () =>
  JSON.stringify({
    data: null,
    errors: [{ path: null, data: null, errorType: 'BadRequestException', errorInfo: null, locations: null, message: tooLargeMessage }],
  });

/**
 * A result whose JSON would pass `MAX_RESPONSE_BYTES`, replaced by one error before it is
 * serialised (aliases of one large value would otherwise build a string of gigabytes). The size
 * is estimated from string lengths and keys, stopping at the cap; the route checks the exact size.
 */
export function boundedResult(result: ExecutionResult): ExecutionResult {
  let bytes = 0;
  const add = (value: unknown): void => {
    if (bytes > MAX_RESPONSE_BYTES) return;
    if (typeof value === 'string') bytes += value.length + 2;
    else if (Array.isArray(value)) {
      for (const item of value) {
        bytes += 1;
        add(item);
      }
    } else if (value !== null && typeof value === 'object') {
      for (const [key, item] of Object.entries(value)) {
        bytes += key.length + 4;
        add(item);
      }
    } else bytes += 6;
  };
  add(result.data);
  return bytes > MAX_RESPONSE_BYTES ? { errors: [refusal(tooLargeMessage)] } : result;
}
