// Many calls at once against the canned loopback server (another process): time per call with
// 1, 16, 128, 512 and 2048 calls kept in flight, and the wall time of 10 000 calls begun in one
// synchronous loop, for move-ugc, a raw fetch POST of the same body and the peers (graphql-request,
// urql + fetchExchange, Apollo Client without its cache). Every ratio is taken within one round,
// against that round's raw fetch, and reported as min / median over the rounds; each round
// rotates the order of the clients so that none always runs first or last.
//   node bench/concurrency.mjs            (BENCH_ROUNDS, default 5; BENCH_BURST_ROUNDS, default 5)
//   node bench/concurrency.mjs levels     (the in-flight levels only)
//   node bench/concurrency.mjs burst      (the 10 000 at once only)
// BENCH_OTHER=<dist dir> adds another build of the package, side by side (before / after a change),
// named BENCH_OTHER_NAME in the tables.
import { loadavg } from 'node:os';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client';
import { MoveUgc } from '../dist/index.js';
import { GetJobDocument } from '../dist/documents.js';
import { cannedServer, peerCalls } from './canned-clients.mjs';
import { API_KEY, figure, median, ms, now, printTable, ratio, report } from './lib.mjs';

const other = process.env.BENCH_OTHER;
const OtherMoveUgc = other && (await import(pathToFileURL(resolve(other, 'index.js')).href)).MoveUgc;

const ROUNDS = Math.max(5, Number(process.env.BENCH_ROUNDS ?? 5));
const BURST_ROUNDS = Math.max(5, Number(process.env.BENCH_BURST_ROUNDS ?? 5));
const LEVELS = [1, 16, 128, 512, 2048];
// Calls per client per level and round: enough that the ramp up and down is a small part.
const CALLS = { 1: 100, 16: 480, 128: 1024, 512: 2048, 2048: 4096 };
const BURST = 10_000;
const TARGET = 1.6;
const BURST_TARGET = 2;
const part = process.argv[2] ?? 'all';
const load = () =>
  loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');

const { child, url, rawFetch } = await cannedServer();
let nextId = 0;
// Distinct ids: urql and Apollo share one request between identical concurrent queries.
const id = () => `job-${(nextId++).toString(36)}`;

const ugc = new MoveUgc({ apiKey: API_KEY, endpoint: url });
const apollo = new ApolloClient({
  link: new HttpLink({ uri: url, headers: { authorization: API_KEY } }),
  cache: new InMemoryCache(),
  defaultOptions: { query: { fetchPolicy: 'no-cache' } },
});
const clients = {
  'raw fetch': async (jobId) => (await rawFetch({ jobId })).getJob,
  'move-ugc': (jobId) => ugc.jobs.retrieve({ id: jobId }),
  ...peerCalls(url),
  Apollo: async (jobId) => (await apollo.query({ query: GetJobDocument, variables: { jobId } })).data.getJob,
};
const OTHER = process.env.BENCH_OTHER_NAME ?? `move-ugc, ${other}`;
if (OtherMoveUgc) {
  const otherUgc = new OtherMoveUgc({ apiKey: API_KEY, endpoint: url });
  clients[OTHER] = (jobId) => otherUgc.jobs.retrieve({ id: jobId });
}
const names = Object.keys(clients);
for (const [name, call] of Object.entries(clients)) {
  const job = await call(id());
  if (job?.state !== 'FINISHED') throw new Error(`${name} did not return the canned job`);
}

/** This process's CPU time so far (ms): the server runs in another, so this is the client's. */
const cpu = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

/**
 * Wall and CPU time per call of `count` calls with `inFlight` of them in flight at every moment.
 * The CPU time is the steadier figure on a busy machine: other processes' load inflates wall time.
 */
async function perCall(call, count, inFlight) {
  let left = count;
  const worker = async () => {
    while (left-- > 0) {
      const job = await call(id());
      if (job?.state !== 'FINISHED') throw new Error('a call did not return the canned job');
    }
  };
  const [started, cpuStarted] = [now(), cpu()];
  await Promise.all(Array.from({ length: inFlight }, worker));
  return { wall: (now() - started) / count, cpu: (cpu() - cpuStarted) / count };
}

/** Wall time of `count` calls begun in one synchronous loop, until the last settled. */
async function burst(call, count) {
  const [started, cpuStarted] = [now(), cpu()];
  const jobs = await Promise.all(Array.from({ length: count }, () => call(id())));
  if (!jobs.every((job) => job?.state === 'FINISHED')) throw new Error('a call did not return the canned job');
  return { wall: now() - started, cpu: cpu() - cpuStarted };
}

const minMedian = (values) => `${ratio(Math.min(...values))} / ${ratio(median(values))}`;
const figures = [];
const notes = [];

if (part !== 'burst') {
  const loadBefore = load();
  for (const name of names) for (const level of [4, 2048]) await perCall(clients[name], level, level); // warm-up: JIT, sockets
  // [name][level]: one value per round: wall and CPU time per call, and their ratios to raw fetch's.
  const perLevel = () => Object.fromEntries(names.map((n) => [n, Object.fromEntries(LEVELS.map((l) => [l, []]))]));
  const [ratios, cpuRatios, times] = [perLevel(), perLevel(), perLevel()];
  for (let round = 0; round < ROUNDS; round++) {
    const order = names.map((_, i) => names[(i + round) % names.length]);
    for (const level of LEVELS) {
      const round$ = {};
      for (const name of order) {
        round$[name] = await perCall(clients[name], CALLS[level], level).catch((err) => {
          throw new Error(`${name} at ${level} in flight: ${err.message}`, { cause: err });
        });
      }
      const raw = round$['raw fetch'];
      if (process.env.BENCH_VERBOSE)
        console.log(`round ${round + 1}, ${level} in flight: ${names.map((n) => `${n} ${ms(round$[n].wall)}`).join(', ')}`);
      for (const name of names) {
        times[name][level].push(round$[name].wall);
        ratios[name][level].push(round$[name].wall / raw.wall);
        cpuRatios[name][level].push(round$[name].cpu / raw.cpu);
      }
    }
  }
  const loadAfter = load();
  console.log(`time per call / raw fetch's, min / median over ${ROUNDS} rounds (load average ${loadBefore} before, ${loadAfter} after)`);
  printTable(
    names.map((n) => [n, ...LEVELS.map((l) => minMedian(ratios[n][l]))]),
    ['client', ...LEVELS.map((l) => `${l} in flight`)],
  );
  console.log(`\nthis process's CPU time per call / raw fetch's, min / median`);
  printTable(
    names.map((n) => [n, ...LEVELS.map((l) => minMedian(cpuRatios[n][l]))]),
    ['client', ...LEVELS.map((l) => `${l} in flight`)],
  );
  console.log('\nraw fetch time per call, median');
  printTable([LEVELS.map((l) => ms(median(times['raw fetch'][l])))], LEVELS.map(String));
  for (const level of LEVELS) {
    const r = ratios['move-ugc'][level];
    const target = level >= 128 ? { target: `<= ${TARGET}x (median)`, met: median(r) <= TARGET } : {};
    figures.push(figure(`move-ugc / raw fetch, ${level} in flight, time per call (min / median)`, minMedian(r), target));
  }
  const each = (values) => LEVELS.map((l) => ratio(median(values[l]))).join(' / ');
  figures.push(
    figure('move-ugc / raw fetch, CPU time per call, 1 / 16 / 128 / 512 / 2048 in flight (median)', each(cpuRatios['move-ugc'])),
  );
  if (OtherMoveUgc)
    figures.push(figure(`${OTHER} / raw fetch, time per call, 1 / 16 / 128 / 512 / 2048 in flight (median)`, each(ratios[OTHER])));
  if (OtherMoveUgc)
    figures.push(figure(`${OTHER} / raw fetch, CPU time per call, 1 / 16 / 128 / 512 / 2048 in flight (median)`, each(cpuRatios[OTHER])));
  for (const name of names.filter((n) => n !== 'raw fetch' && !n.startsWith('move-ugc'))) {
    figures.push(figure(`${name} / raw fetch, time per call, 1 / 16 / 128 / 512 / 2048 in flight (median)`, each(ratios[name])));
  }
  figures.push(
    figure(
      'raw fetch time per call at 1 / 128 / 2048 in flight (median)',
      [1, 128, 2048].map((l) => ms(median(times['raw fetch'][l]))).join(' / '),
    ),
  );
  notes.push(`In-flight levels: ${ROUNDS} rounds; load average ${loadBefore} before, ${loadAfter} after.`);
}

if (part !== 'levels') {
  const loadBefore = load();
  const pair = ['raw fetch', 'move-ugc', ...(OtherMoveUgc ? [OTHER] : [])];
  await burst(clients['move-ugc'], 2048);
  const walls = Object.fromEntries(pair.map((n) => [n, []]));
  const otherRatios = [];
  const [burstRatios, burstCpuRatios] = [[], []];
  for (let round = 0; round < BURST_ROUNDS; round++) {
    const took = {};
    for (const name of pair.map((_, i) => pair[(i + round) % pair.length])) took[name] = await burst(clients[name], BURST);
    if (process.env.BENCH_VERBOSE) console.log(`round ${round + 1}: ${pair.map((n) => `${n} ${ms(took[n].wall)}`).join(', ')}`);
    for (const name of pair) walls[name].push(took[name].wall);
    burstRatios.push(took['move-ugc'].wall / took['raw fetch'].wall);
    burstCpuRatios.push(took['move-ugc'].cpu / took['raw fetch'].cpu);
    if (OtherMoveUgc) otherRatios.push(took[OTHER].wall / took['raw fetch'].wall);
  }
  const loadAfter = load();
  console.log(`\n${BURST} calls begun at once, ${BURST_ROUNDS} rounds (load average ${loadBefore} before, ${loadAfter} after)`);
  printTable(
    pair.map((n) => [n, ms(Math.min(...walls[n])), ms(median(walls[n]))]),
    ['client', 'min', 'median'],
  );
  figures.push(
    figure(`move-ugc / raw fetch, ${BURST} calls at once, time until all settled (min / median)`, minMedian(burstRatios), {
      target: `<= ${BURST_TARGET}x (median)`,
      met: median(burstRatios) <= BURST_TARGET,
    }),
    figure(`move-ugc / raw fetch, ${BURST} calls at once, CPU time (min / median)`, minMedian(burstCpuRatios)),
    figure(`raw fetch / move-ugc, ${BURST} calls at once (median)`, `${ms(median(walls['raw fetch']))} / ${ms(median(walls['move-ugc']))}`),
  );
  if (OtherMoveUgc) figures.push(figure(`${OTHER} / raw fetch, ${BURST} calls at once (min / median)`, minMedian(otherRatios)));
  notes.push(
    `${BURST} at once: ${BURST_ROUNDS} rounds, the clients taking turns first; load average ${loadBefore} before, ${loadAfter} after.`,
  );
}
child.disconnect();

report('Many calls at once (canned loopback server)', `node bench/concurrency.mjs${part === 'all' ? '' : ` ${part}`}`, figures, notes);
