// Per-call overhead: move-ugc `jobs.retrieve` (facade -> urql Client -> moveUgcExchange -> fetch) vs a
// raw fetch POST of the same body, urql with its stock fetchExchange, an app's urql Client running
// moveUgcExchange, and graphql-request, all against one canned-response server in another process. The clients
// take turns in rounds so that machine noise lands on all of them alike; only medians and ratios
// mean anything. Ends with a CPU profile of the move-ugc loop: where its time goes.
import { Session } from 'node:inspector/promises';
import { loadavg } from 'node:os';
import { basename } from 'node:path';
import { Client } from '@urql/core';
import { MoveUgc, moveUgcExchange } from '../dist/index.js';
import { GetJobDocument } from '../dist/documents.js';
import { cannedServer, peerCalls } from './canned-clients.mjs';
import { API_KEY, figure, median, ms, now, percentile, printTable, ratio, report } from './lib.mjs';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 8);
const SEQUENTIAL_PER_ROUND = 150;
const CONCURRENCY = 16;
const CONCURRENT_PER_ROUND = 320;
const PROFILE_CALLS = 3000;
const TARGET = 1.15;

const { child, url, rawFetch, bareClient } = await cannedServer();
let nextId = 0;
// Distinct ids: urql shares one request between identical concurrent queries.
const id = () => `job-${(nextId++).toString(36)}`;

const ugc = new MoveUgc({ apiKey: API_KEY, endpoint: url });
const appClient = new Client({
  url,
  exchanges: [moveUgcExchange({ apiKey: API_KEY })],
  preferGetMethod: false,
  requestPolicy: 'network-only',
});
const withAppClient = new MoveUgc({ urql: appClient });

// The floor of having urql in the loop (canned-clients.mjs).
const bare = bareClient();

const clients = {
  'raw fetch': async (jobId) => (await rawFetch({ jobId })).getJob,
  ...peerCalls(url),
  'urql + bare exchange': async (jobId) => (await bare.query(GetJobDocument, { jobId }).toPromise()).data.getJob,
  'move-ugc': (jobId) => ugc.jobs.retrieve({ id: jobId }),
  'move-ugc, app urql client': (jobId) => withAppClient.jobs.retrieve({ id: jobId }),
};
const names = Object.keys(clients);

for (const [name, call] of Object.entries(clients)) {
  const job = await call(id());
  if (job?.state !== 'FINISHED') throw new Error(`${name} did not return the canned job`);
}

/** Times `count` calls, `concurrency` at a time; returns per-call times and the batch's wall time. */
async function batch(call, count, concurrency) {
  const times = [];
  let left = count;
  const worker = async () => {
    while (left-- > 0) {
      const started = now();
      await call(id());
      times.push(now() - started);
    }
  };
  const started = now();
  await Promise.all(Array.from({ length: concurrency }, worker));
  return { times, wallMs: now() - started };
}

const samples = Object.fromEntries(names.map((n) => [n, { seq: [], conc: [], wall: [], roundSeq: [], roundWall: [] }]));
for (const name of names) await batch(clients[name], 300, 4); // warm-up: JIT and keep-alive sockets
for (let round = 0; round < ROUNDS; round++) {
  // Rotate the order each round so no client always runs first or last. Each client runs a block
  // of calls, as an app's loop would: calls interleaved one by one across six clients would leave
  // every client's code cold in the CPU caches, which no app sees.
  const order = names.map((_, i) => names[(i + round) % names.length]);
  for (const name of order) {
    const seq = await batch(clients[name], SEQUENTIAL_PER_ROUND, 1);
    const conc = await batch(clients[name], CONCURRENT_PER_ROUND, CONCURRENCY);
    samples[name].seq.push(...seq.times);
    samples[name].conc.push(...conc.times);
    samples[name].wall.push(conc.wallMs / CONCURRENT_PER_ROUND);
    samples[name].roundSeq.push(median(seq.times));
    samples[name].roundWall.push(conc.wallMs / CONCURRENT_PER_ROUND);
  }
}
const loadAfter = loadavg()
  .map((l) => l.toFixed(2))
  .join(' ');

const base = samples['raw fetch'];
const rows = names.map((n) => {
  const s = samples[n];
  return [
    n,
    ms(median(s.seq)),
    ms(percentile(s.seq, 95)),
    ratio(median(s.seq) / median(base.seq)),
    ms(median(s.conc)),
    ms(percentile(s.conc, 95)),
    ratio(median(s.wall) / median(base.wall)),
  ];
});
console.log(`per call, ${ROUNDS} rounds x (${SEQUENTIAL_PER_ROUND} sequential + ${CONCURRENT_PER_ROUND} at concurrency ${CONCURRENCY})`);
printTable(rows, [
  'client',
  'seq median',
  'seq p95',
  'seq ratio',
  `c${CONCURRENCY} median`,
  `c${CONCURRENCY} p95`,
  `c${CONCURRENCY} time/call ratio`,
]);

const profile = await profileLoop();
child.disconnect();

// Each ratio is taken within a round (the client against raw fetch in the same round, under the
// same load), then summed up as min / median over the rounds: "met" reads the median.
const perRound = (n, key) => samples[n][key].map((v, r) => v / base[key][r]);
const spread = (values) => `${ratio(Math.min(...values))} / ${ratio(median(values))}`;
const seqRatio = (n) => median(perRound(n, 'roundSeq'));
const concRatio = (n) => median(perRound(n, 'roundWall'));
const figures = [
  figure('move-ugc / raw fetch, sequential median', spread(perRound('move-ugc', 'roundSeq')), {
    target: `<= ${TARGET}x (median)`,
    met: seqRatio('move-ugc') <= TARGET,
  }),
  figure(`move-ugc / raw fetch, concurrency ${CONCURRENCY} time per call`, spread(perRound('move-ugc', 'roundWall')), {
    target: `<= ${TARGET}x (median)`,
    met: concRatio('move-ugc') <= TARGET,
  }),
  figure(`ratios above: min / median over ${ROUNDS} rotated rounds; load average at their end`, loadAfter),
  figure('raw fetch sequential median / p95', `${ms(median(base.seq))} / ${ms(percentile(base.seq, 95))}`),
  figure('move-ugc sequential median / p95', `${ms(median(samples['move-ugc'].seq))} / ${ms(percentile(samples['move-ugc'].seq, 95))}`),
  figure('urql + fetchExchange / raw fetch, sequential', spread(perRound('urql + fetchExchange', 'roundSeq'))),
  figure('urql + bare exchange (no policy) / raw fetch, sequential', spread(perRound('urql + bare exchange', 'roundSeq'))),
  figure('move-ugc on an app urql client / raw fetch, sequential', spread(perRound('move-ugc, app urql client', 'roundSeq'))),
  figure('graphql-request / raw fetch, sequential', spread(perRound('graphql-request', 'roundSeq'))),
  figure(`urql + fetchExchange / raw fetch, concurrency ${CONCURRENCY}`, spread(perRound('urql + fetchExchange', 'roundWall'))),
  figure(`graphql-request / raw fetch, concurrency ${CONCURRENCY}`, spread(perRound('graphql-request', 'roundWall'))),
];
report('Per-call overhead (canned loopback server)', 'node bench/overhead.mjs', figures, [
  `move-ugc CPU profile, top self time: ${profile.map((p) => `${p.name} ${p.percent.toFixed(1)}%`).join(', ')}`,
]);

/** Profiles sequential move-ugc calls with the inspector and prints the top self-time functions. */
async function profileLoop() {
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: 100 });
  await session.post('Profiler.start');
  for (let i = 0; i < PROFILE_CALLS; i++) await clients['move-ugc'](id());
  const { profile } = await session.post('Profiler.stop');
  session.disconnect();

  const byNode = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const self = new Map();
  const inclusive = new Map();
  const groups = new Map();
  const add = (map, key, dt) => map.set(key, (map.get(key) ?? 0) + dt);
  let total = 0;
  profile.samples.forEach((nodeId, i) => {
    const frame = byNode.get(nodeId).callFrame;
    const dt = profile.timeDeltas[i] ?? 0;
    if (frame.functionName === '(idle)') return;
    total += dt;
    add(self, frameKey(frame), dt);
    add(groups, groupOf(frame), dt);
    // Inclusive time of the SDK's and urql's own functions: what each one costs with its callees.
    const seen = new Set();
    for (let n = nodeId; n !== undefined; n = parent.get(n)) {
      const f = byNode.get(n).callFrame;
      const group = groupOf(f);
      if (group !== 'move-ugc (dist)' && group !== '@urql/core' && group !== 'wonka (urql streams)') continue;
      const key = frameKey(f);
      if (!seen.has(key)) add(inclusive, key, dt);
      seen.add(key);
    }
  });
  const top = [...self].sort((a, b) => b[1] - a[1]).slice(0, 20);
  console.log(`\nmove-ugc CPU profile, ${PROFILE_CALLS} sequential calls, ${(total / 1000).toFixed(0)} ms busy: top self time`);
  printTable(
    top.map(([k, t]) => [((100 * t) / total).toFixed(1) + '%', k]),
    ['self', 'function'],
  );
  console.log('\nmove-ugc and urql functions, inclusive time (with everything they call)');
  printTable(
    [...inclusive]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 15)
      .map(([k, t]) => [((100 * t) / total).toFixed(1) + '%', k]),
    ['incl', 'function'],
  );
  console.log('\nby package');
  printTable(
    [...groups].sort((a, b) => b[1] - a[1]).map(([g, t]) => [((100 * t) / total).toFixed(1) + '%', g]),
    ['self', 'where'],
  );
  return top.slice(0, 8).map(([name, t]) => ({ name, percent: (100 * t) / total }));
}

function frameKey(frame) {
  const where = frame.url ? `${basename(frame.url)}:${frame.lineNumber + 1}` : '';
  return `${frame.functionName || '(anonymous)'} ${where}`.trim();
}

function groupOf(frame) {
  const u = frame.url;
  if (!u) return frame.functionName.startsWith('(') ? frame.functionName : 'native / builtins';
  if (u.includes('/node_modules/wonka/')) return 'wonka (urql streams)';
  if (u.includes('/node_modules/@urql/')) return '@urql/core';
  if (u.includes('/node_modules/@0no-co/')) return '@0no-co/graphql.web';
  if (u.includes('/dist/')) return 'move-ugc (dist)';
  if (u.includes('undici')) return 'undici (node fetch)';
  if (u.startsWith('node:')) return 'node internals';
  return basename(u);
}
