// What the per-call benchmarks (overhead.mjs, overhead-steps.mjs) share: the canned server, the
// request body move-ugc sends for getJob, and urql with a bare exchange that only POSTs that body
// and parses the answer, with no policy at all (no timeout, retries, size cap or typed errors),
// so the tables can tell urql's own cost from the SDK's.
import { Client, fetchExchange, makeResult } from '@urql/core';
import { GraphQLClient } from 'graphql-request';
import { filter, makeSubject, merge, pipe } from 'wonka';
import { MoveUgc } from '../dist/index.js';
import { GetJobDocument } from '../dist/documents.js';
import { API_KEY, BENCH_DIR, forkHelper } from './lib.mjs';

/** Forks the canned server; returns it with move-ugc's getJob body, captured from one real call. */
export async function cannedServer() {
  const { child, url } = await forkHelper(`${BENCH_DIR}/canned-server.mjs`);
  let captured;
  const capturing = new MoveUgc({
    apiKey: API_KEY,
    endpoint: url,
    fetch: (input, init) => ((captured ??= JSON.parse(init.body)), fetch(input, init)),
  });
  await capturing.jobs.retrieve({ id: 'capture' });
  const { query, operationName } = captured;
  const headers = { 'content-type': 'application/json', authorization: API_KEY };
  /** A raw fetch POST of the body move-ugc sends for `variables`, with `signal` if given. */
  const rawFetch = async (variables, signal) =>
    (await (await fetch(url, { method: 'POST', headers, body: JSON.stringify({ operationName, query, variables }), signal })).json()).data;
  return { child, url, rawFetch, bareClient: () => bareClient(url, rawFetch) };
}

/** graphql-request and urql with its stock fetchExchange, each as a getJob call by job id. */
export function peerCalls(url) {
  const gqlRequest = new GraphQLClient(url, { headers: { authorization: API_KEY } });
  const urql = new Client({
    url,
    exchanges: [fetchExchange],
    preferGetMethod: false,
    requestPolicy: 'network-only',
    fetchOptions: { headers: { authorization: API_KEY } },
  });
  return {
    'graphql-request': async (jobId) => (await gqlRequest.request(GetJobDocument, { jobId })).getJob,
    'urql + fetchExchange': async (jobId) => {
      const result = await urql.query(GetJobDocument, { jobId }).toPromise();
      if (result.error) throw result.error;
      return result.data.getJob;
    },
  };
}

function bareClient(url, rawFetch) {
  const bareExchange =
    ({ forward }) =>
    (ops$) => {
      const results = makeSubject();
      const send = async (op) => results.next(makeResult(op, { data: await rawFetch(op.variables) }));
      const rest = forward(
        pipe(
          ops$,
          filter((op) => (op.kind === 'query' ? (void send(op), false) : true)),
        ),
      );
      return merge([results.source, rest]);
    };
  return new Client({ url, exchanges: [bareExchange], preferGetMethod: false, requestPolicy: 'network-only' });
}
