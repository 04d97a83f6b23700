/* global AbortController */
// Where move-ugc's per-call cost over a raw fetch goes, step by step: urql used exactly the way
// the facade uses it (with an exchange that only POSTs and parses), then the SDK's exchange,
// decoding and facade without the per-attempt AbortSignal and extra headers, then without the
// signal only, then as shipped; beside them, a raw fetch handed a fresh AbortSignal, the floor of
// any client with a timeout that cancels. Calls are interleaved one at a time across the six, in a
// rotating order, so machine noise lands on all alike; with six clients of similar code the
// CPU caches stay warm for each (overhead.mjs explains why it uses blocks for unlike clients).
import { makeOperation } from '@urql/core';
import { pipe, subscribe } from 'wonka';
import { MoveUgc } from '../dist/index.js';
import { GetJobDocument } from '../dist/documents.js';
import { cannedServer } from './canned-clients.mjs';
import { API_KEY, figure, interleaved, median, ms, printTable, ratio, report } from './lib.mjs';

const CALLS = Number(process.env.BENCH_STEP_CALLS ?? 6000);
const { child, url, rawFetch, bareClient } = await cannedServer();

// urql as the facade drives it: one shared context, `makeOperation`, `executeRequestOperation`.
const bare = bareClient();
const context = bare.createRequestOperation('teardown', { key: 0, query: { kind: 'Document', definitions: [] }, variables: {} }).context;
let key = 2 ** 32;
const viaUrql = (jobId) =>
  new Promise((resolve) => {
    let done = false;
    const operation = makeOperation('query', { key: key++, query: GetJobDocument, variables: { jobId } }, context);
    const sub = pipe(
      bare.executeRequestOperation(operation),
      subscribe((result) => {
        done = true;
        sub?.unsubscribe();
        resolve(result.data.getJob);
      }),
    );
    if (done) sub.unsubscribe();
  });

const sdk = (rewrite) => new MoveUgc({ apiKey: API_KEY, endpoint: url, ...(rewrite && { fetch: (u, init) => fetch(u, rewrite(init)) }) });
const plainHeaders = { 'content-type': 'application/json', authorization: API_KEY };
const noSignalNoHeaders = sdk((init) => ({ method: 'POST', headers: plainHeaders, body: init.body }));
const noSignal = sdk((init) => ({ ...init, signal: undefined }));
const shipped = sdk();

const steps = {
  'raw fetch': async (jobId) => (await rawFetch({ jobId })).getJob,
  // What any client whose timeout really cancels the request pays in Node's fetch: undici links
  // every signal it is handed to the request's own (a listener, a WeakRef, a finalizer).
  'raw fetch with a new AbortSignal per call': async (jobId) => (await rawFetch({ jobId }, new AbortController().signal)).getJob,
  'urql as the facade drives it, bare exchange': viaUrql,
  'move-ugc, no signal, no extra headers': (id) => noSignalNoHeaders.jobs.retrieve({ id }),
  'move-ugc, no signal': (id) => noSignal.jobs.retrieve({ id }),
  'move-ugc as shipped': (id) => shipped.jobs.retrieve({ id }),
};
const names = Object.keys(steps);
const times = await interleaved(steps, CALLS);
child.disconnect();

const base = median(times['raw fetch']);
const rows = names.map((n) => [n, ms(median(times[n])), ratio(median(times[n]) / base)]);
console.log(`per call, ${CALLS} calls each, interleaved`);
printTable(rows, ['step', 'median', 'ratio to raw fetch']);
const withSignal = median(times['raw fetch with a new AbortSignal per call']);
report('Per-call overhead, step by step (canned loopback server)', 'node bench/overhead-steps.mjs', [
  ...names.slice(1).map((n) => figure(`${n} / raw fetch`, ratio(median(times[n]) / base))),
  figure('move-ugc as shipped / raw fetch with a new AbortSignal per call', ratio(median(times['move-ugc as shipped']) / withSignal)),
]);
