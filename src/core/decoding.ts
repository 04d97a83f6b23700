import { CombinedError, type AnyVariables, type Client, type Exchange, type OperationResult, type TypedDocumentNode } from '@urql/core';
import { map, pipe } from 'wonka';
import { decodeInPlace, type Errored } from './decode.js';
import { MoveUgcError, ResponseError, ValidationError, type ErrorContext } from './errors.js';
import { operationInfo } from './operation.js';

// One shape for every result: `moveUgcExchange` and `moveUgcDecodeExchange` decode a response's
// data where it enters the client, so the facade, `ugc.urql`, an app's own client and its hooks
// (and any cache above the exchange) all hold `Date`s and parsed AWSJSON, as the generated types say.

const decodingClients = new WeakSet<object>();

/** @internal Whether the results of `client` arrive decoded (it runs one of the SDK's exchanges). */
export function decodesResults(client: Client): boolean {
  return decodingClients.has(client);
}

/** @internal Marks `client` as one whose results arrive decoded. */
export function markDecoding(client: Client): void {
  decodingClients.add(client);
}

/**
 * The root fields an error entry explains: GraphQL lets them be null, whatever their type. An
 * entry without a path may explain any of them.
 */
function erroredRoots(errors: readonly unknown[] | undefined): Errored | undefined {
  if (!errors?.length) return undefined;
  const roots = new Set<string>();
  for (const e of errors) {
    const first: unknown = (e as { path?: readonly unknown[] } | null)?.path?.[0];
    if (typeof first !== 'string') return ANY_ROOT;
    roots.add(first);
  }
  return roots;
}

const ANY_ROOT: Errored = { has: () => true };

/**
 * @internal Checks and decodes `data` in place (see decode.ts). Data that does not fit is a
 * ResponseError, unless the response also has errors: they are the call's outcome then, and the
 * data that cannot be read is dropped rather than hiding them.
 */
export function decodeData(document: object, data: unknown, errors: readonly unknown[] | undefined, ctx: ErrorContext): unknown {
  try {
    return decodeInPlace(document, data, erroredRoots(errors));
  } catch (err) {
    if (errors?.length) return null;
    // Past the stack's depth a RangeError: never handed out bare.
    if (!(err instanceof MoveUgcError))
      throw new ResponseError(`${ctx.operation}: the data could not be decoded: ${(err as Error).name}`, ctx);
    throw new ResponseError(err.message, { ...ctx, operation: err.operation ?? ctx.operation });
  }
}

/**
 * A decoded copy of `data` that another client (Apollo Client, graphql-request, urql without the
 * SDK's exchanges) fetched for `document`: the shape its generated type promises, with
 * `AWSDateTime` values as `Date`s and `AWSJSON` values parsed. Data that does not fit the document
 * is a `ResponseError` naming the path.
 *
 * @example
 * ```ts
 * import { GraphQLClient } from 'graphql-request';
 * import { GetJobDocument } from 'move-ugc/documents';
 * import { decodeResult } from 'move-ugc';
 * const raw = await new GraphQLClient(url, { headers: { authorization: key } }).request(GetJobDocument, { jobId });
 * const { getJob } = decodeResult(GetJobDocument, raw);
 * getJob.created; // a Date
 * ```
 */
export function decodeResult<Data, Variables extends AnyVariables>(document: TypedDocumentNode<Data, Variables>, data: unknown): Data {
  let copy: unknown;
  try {
    // A copy: other clients cache, share and may freeze what they hand out.
    copy = structuredClone(data);
  } catch (err) {
    throw new ValidationError('data', `must be the JSON data of a response: ${(err as Error).name}`);
  }
  return decodeData(document, copy, undefined, { operation: operationInfo(document).name }) as Data;
}

/**
 * Decodes results for a client whose terminating exchange is urql's `fetchExchange`, as
 * `moveUgcExchange` does for its own: `AWSDateTime` values become `Date`s and `AWSJSON` values
 * are parsed, matching the types `move-ugc/documents` and `move-ugc/codegen` generate. Data that
 * does not fit its document becomes the result's error (`ResponseError` as its `networkError`).
 * Put it just before `fetchExchange`, so that caches above it hold decoded data.
 *
 * @example
 * ```ts
 * import { Client, cacheExchange, fetchExchange } from '@urql/core';
 * import { moveUgcDecodeExchange } from 'move-ugc';
 * const urql = new Client({
 *   url: 'https://api.move.ai/ugc/graphql',
 *   exchanges: [cacheExchange, moveUgcDecodeExchange, fetchExchange],
 *   fetchOptions: { headers: { authorization: process.env.MOVE_UGC_API_KEY! } },
 * });
 * ```
 */
export const moveUgcDecodeExchange: Exchange = ({ client, forward }) => {
  markDecoding(client);
  return (ops$) => pipe(forward(ops$), map(decodeOperationResult));
};

function decodeOperationResult(result: OperationResult): OperationResult {
  const { operation } = result;
  if (result.data == null || operation.kind === 'teardown') return result;
  const errors = result.error?.graphQLErrors;
  const name = operationInfo(operation.query).name;
  try {
    return { ...result, data: decodeData(operation.query, result.data, errors, { operation: name }) };
  } catch (err) {
    return {
      ...result,
      data: undefined,
      error: new CombinedError({ networkError: err as ResponseError, response: result.error?.response as unknown }),
    };
  }
}
