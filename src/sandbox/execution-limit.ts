import {
  defaultFieldResolver,
  execute,
  getOperationAST,
  GraphQLError,
  Kind,
  type ExecutionArgs,
  type ExecutionResult,
  type GraphQLFieldResolver,
  type SelectionSetNode,
} from 'graphql';
import { SandboxError } from './errors.js';

/** AppSync's quota of resolver executions in one request. */
export const MAX_RESOLVER_CALLS = 10_000;

class LimitReached extends SandboxError {}

/**
 * graphql-js's `execute`, refusing every resolver past `limit` in one request, as AppSync does: a
 * small query of aliased lists (2 000 `listJobs` with their outputs) otherwise builds half a
 * gigabyte of response and holds the event loop for every other client meanwhile. A resolver here
 * is a root field or a nested object the sandbox reads lazily (a function in its views); plain
 * values are free. An operation with more root fields than that is refused before anything runs
 * (a mutation must not be half done); otherwise what ran before the limit stays in `data`, and
 * the refusals are reported once.
 */
export function limitedExecute(limit: number = MAX_RESOLVER_CALLS): typeof execute {
  return (args: ExecutionArgs) => {
    const operation = getOperationAST(args.document, args.operationName);
    if (operation && rootFields(operation.selectionSet, args, new Set()) > limit) {
      return { errors: [new GraphQLError(overLimit(limit), { originalError: new LimitReached('BadRequestException', overLimit(limit)) })] };
    }
    let calls = 0;
    const inner = args.fieldResolver ?? defaultFieldResolver;
    const fieldResolver: GraphQLFieldResolver<unknown, unknown> = (source, fieldArgs, context, info) => {
      const value = source !== null && typeof source === 'object' ? (source as Record<string, unknown>)[info.fieldName] : undefined;
      if (typeof value === 'function' && ++calls > limit) {
        throw new LimitReached('BadRequestException', overLimit(limit));
      }
      return inner(source, fieldArgs, context, info);
    };
    const collapse = (result: ExecutionResult): ExecutionResult => {
      if (calls <= limit || !result.errors) return result;
      const refused = result.errors.filter((e) => e.originalError instanceof LimitReached);
      const others = result.errors.filter((e) => !(e.originalError instanceof LimitReached));
      const first = refused[0]!;
      const summary = new GraphQLError(`${first.message} (${refused.length} fields not resolved)`, { originalError: first.originalError! });
      return { ...result, errors: [...others, summary] };
    };
    const result = execute({ ...args, fieldResolver });
    return result instanceof Promise ? result.then(collapse) : collapse(result);
  };
}

const overLimit = (limit: number) => `The request runs more than ${limit} resolvers, the most one request may run`;

/** Fields the operation selects at its root, through fragments (validation has ruled out cycles). */
function rootFields(set: SelectionSetNode, args: ExecutionArgs, seen: Set<string>): number {
  let count = 0;
  for (const selection of set.selections) {
    if (selection.kind === Kind.FIELD) count += selection.name.value.startsWith('__') ? 0 : 1;
    else if (selection.kind === Kind.INLINE_FRAGMENT) count += rootFields(selection.selectionSet, args, seen);
    else if (!seen.has(selection.name.value)) {
      seen.add(selection.name.value);
      const fragment = args.document.definitions.find((d) => d.kind === Kind.FRAGMENT_DEFINITION && d.name.value === selection.name.value);
      if (fragment?.kind === Kind.FRAGMENT_DEFINITION) count += rootFields(fragment.selectionSet, args, seen);
    }
  }
  return count;
}
