// Following many jobs: requests and wall time to see N jobs through to FINISHED (outputs
// downloadable) with `ugc.jobs.waitAll` (one aliased `retrieveMany` per poll, 50 jobs a request),
// with a `ugc.jobs.wait` per job (all at once), and with the official Python SDK's pattern, on the
// sandbox behind a proxy that adds a 50 ms round trip, as a real network would.
//
// The Python SDK (move-ugc-python 4.1.0) has no wait helper: a script polls `ugc.jobs.retrieve(id)`
// for each job in turn, each a blocking `requests` call, and its gql Client is built with
// `fetch_schema_from_transport=True`, so the first call of each client sends an introspection query
// (graphql's standard introspection query, replayed here once). Reproduced here as: one introspection query, then rounds of one
// retrieve per unfinished job, one after another, with the same pause between rounds.
//
// Every scenario gets fresh jobs created just before it (off the clock, straight to the sandbox),
// which take JOB_MS to finish; the figure is the time from the first poll until every job is seen
// finished with its outputs. Bounded: the slowest case (Python pattern, 500 jobs) takes about a minute.
import { createServer, connect } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { getIntrospectionQuery } from 'graphql';
import { MoveUgc } from '../dist/index.js';
import { API_KEY, figure, ms, now, printTable, ratio, report } from './lib.mjs';

const COUNTS = (process.env.BENCH_BATCH_COUNTS ?? '1,10,100,500').split(',').map(Number);
const RTT_MS = 50;
const JOB_MS = 2_000;
const INTERVAL_MS = 500;

const { createSandbox } = await import('../dist/sandbox/index.js');
const sandbox = await createSandbox({ apiKey: API_KEY, jobDurationMs: JOB_MS });
const proxy = await delayingProxy(new URL(sandbox.url), RTT_MS / 2);
const endpoint = `http://127.0.0.1:${proxy.address().port}/graphql`;
const direct = new MoveUgc({ apiKey: API_KEY, endpoint: sandbox.url });
const takeId = (
  await direct.takes.createSingleCam({
    sources: [{ fileId: (await direct.files.create({ type: 'mp4' })).id, deviceLabel: 'cam', format: 'MP4' }],
  })
).id;

const scenarios = {
  waitAll: (ugc, ids) => ugc.jobs.waitAll({ ids, intervalMs: INTERVAL_MS }),
  'wait per job': (ugc, ids) => Promise.all(ids.map((id) => ugc.jobs.wait({ id, intervalMs: INTERVAL_MS }))),
  'Python SDK pattern': pythonPattern,
};

const rows = [];
const results = {};
for (const n of COUNTS) {
  for (const [name, follow] of Object.entries(scenarios)) {
    const ids = [];
    for (let i = 0; i < n; i += 50) {
      const batch = await Promise.all(Array.from({ length: Math.min(50, n - i) }, () => direct.jobs.createSingleCam({ takeId })));
      ids.push(...batch.map((j) => j.id));
    }
    // The last job is done processing JOB_MS after it was created: what comes after is polling lag.
    const readyAt = now() + JOB_MS;
    const ugc = new MoveUgc({ apiKey: API_KEY, endpoint, maxRetries: 0 });
    const before = sandbox.requestCount;
    const started = now();
    await follow(ugc, ids);
    const end = now();
    const wall = end - started;
    const lag = end - readyAt;
    const requests = sandbox.requestCount - before;
    results[`${name}/${n}`] = { wall, requests, lag };
    rows.push([String(n), name, String(requests), ms(wall), ms(lag)]);
    console.log(`${n} jobs, ${name}: ${requests} requests, ${ms(wall)} (${ms(lag)} after the last job was done)`);
  }
}
console.log('');
printTable(rows, ['jobs', 'how', 'requests', 'wall time', 'lag after the last job was done']);

const figures = COUNTS.flatMap((n) => {
  const all = results[`waitAll/${n}`];
  const each = results[`wait per job/${n}`];
  const py = results[`Python SDK pattern/${n}`];
  return [
    figure(`${n} jobs: waitAll requests / time (lag)`, `${all.requests} / ${ms(all.wall)} (${ms(all.lag)})`),
    figure(`${n} jobs: wait per job requests / time (lag)`, `${each.requests} / ${ms(each.wall)} (${ms(each.lag)})`),
    figure(`${n} jobs: Python SDK pattern requests / time (lag)`, `${py.requests} / ${ms(py.wall)} (${ms(py.lag)})`),
    figure(
      `${n} jobs: requests, Python pattern / waitAll`,
      ratio(py.requests / all.requests),
      n >= 100 ? { target: '>= 10x', met: py.requests / all.requests >= 10 } : {},
    ),
    figure(`${n} jobs: time, Python pattern / waitAll`, ratio(py.wall / all.wall)),
    figure(`${n} jobs: time, wait per job / waitAll`, ratio(each.wall / all.wall)),
  ];
});
await proxy.closeAll();
await sandbox.close();
report(
  `Following many jobs (${RTT_MS} ms round trip, jobs of ${JOB_MS} ms, polls every ${INTERVAL_MS} ms)`,
  'node bench/batch.mjs',
  figures,
  [
    'waitAll reads up to 50 unfinished jobs per request; `wait` per job sends one request per job per poll; the Python SDK pattern is one introspection query, then a blocking retrieve per job per round.',
    `Every job needs ${JOB_MS} ms of processing, so that is the floor of each time; lag is the time from the last job being done to the caller knowing it.`,
  ],
);

/** One introspection query per client, then a blocking retrieve per unfinished job per round. */
async function pythonPattern(ugc, ids) {
  const res = await fetch(endpoint, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: API_KEY },
    body: JSON.stringify({ query: getIntrospectionQuery() }),
  });
  await res.text();
  let pending = ids;
  for (;;) {
    const left = [];
    for (const id of pending) {
      const job = await ugc.jobs.retrieve({ id, expand: ['outputs'] });
      const ready = job.state === 'FINISHED' && job.outputs?.length && job.outputs.every((o) => o?.file.presignedUrl);
      if (!ready && job.state !== 'FAILED') left.push(id);
    }
    pending = left;
    if (pending.length === 0) return;
    await sleep(INTERVAL_MS);
  }
}

/** A TCP proxy on 127.0.0.1 that holds every chunk `oneWayMs` in each direction. */
async function delayingProxy(target, oneWayMs) {
  const sockets = new Set();
  const server = createServer((client) => {
    const upstream = connect(Number(target.port), target.hostname);
    for (const s of [client, upstream]) {
      sockets.add(s);
      s.on('close', () => sockets.delete(s));
      s.on('error', () => {
        client.destroy();
        upstream.destroy();
      });
    }
    // Same delay for every chunk: timers fire in order, so the byte stream keeps its order.
    client.on('data', (d) => setTimeout(() => upstream.write(d), oneWayMs));
    upstream.on('data', (d) => setTimeout(() => client.write(d), oneWayMs));
    client.on('end', () => setTimeout(() => upstream.end(), oneWayMs));
    upstream.on('end', () => setTimeout(() => client.end(), oneWayMs));
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  server.closeAll = async () => {
    for (const s of sockets) s.destroy();
    await new Promise((resolve) => server.close(resolve));
  };
  return server;
}
