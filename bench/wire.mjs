// Wire efficiency: round trips and bytes for a session of 10 job calls, move-ugc vs the official
// Python SDK sending its own recorded queries (from /work/shared/conformance) to the same sandbox.
// Bytes are counted by a TCP proxy in front of the sandbox (headers and bodies, both directions);
// round trips by the sandbox itself.
import { existsSync, readFileSync } from 'node:fs';
import { createServer, connect } from 'node:net';
import { once } from 'node:events';
import { getIntrospectionQuery } from 'graphql';
import { MoveUgc } from '../dist/index.js';
import { createSandbox } from '../dist/sandbox/index.js';
import { API_KEY, figure, kb, printTable, ratio, report } from './lib.mjs';

const PYTHON_OPERATIONS = '/work/shared/conformance/move-ugc-python-4.1.0-operations.json';
const TARGET = 0.05;
const METADATA = { decade: 'zAvJMvacZIYSmMsDUNvC', other: 'XbBPNrbhtJksbBuoWXSK', draw: 'PnbQcVNCliYtuFCSJkGb' };

const sandbox = await createSandbox({ apiKey: API_KEY, jobDurationMs: 0 });
const proxy = await countingProxy(new URL(sandbox.url));
const endpoint = `http://127.0.0.1:${proxy.port}/graphql`;

// Setup outside the measurement: a take to create jobs from.
const setup = new MoveUgc({ apiKey: API_KEY, endpoint: sandbox.url });
const video = await setup.files.create({ type: 'mp4' });
const take = await setup.takes.createSingleCam({ sources: [{ fileId: video.id, deviceLabel: 'cam', format: 'MP4' }] });

const requestBodies = [];
const ugc = new MoveUgc({
  apiKey: API_KEY,
  endpoint,
  fetch: (input, init) => (requestBodies.push(init.body), fetch(input, init)),
});
const state = {};
const ours = [
  ['create', () => ugc.jobs.createSingleCam({ takeId: take.id, name: '', metadata: METADATA, clipWindow: { startTime: 1, endTime: 10 } })],
  [
    'create +outputs',
    async () =>
      (state.job = await ugc.jobs.createSingleCam({
        takeId: take.id,
        options: { floorPlane: true, trackFingers: false },
        expand: ['outputs'],
      })),
  ],
  ['retrieve', () => ugc.jobs.retrieve({ id: state.job.id })],
  ['retrieve +outputs', () => ugc.jobs.retrieve({ id: state.job.id, expand: ['outputs'] })],
  ['retrieve +take', () => ugc.jobs.retrieve({ id: state.job.id, expand: ['take'] })],
  ['retrieve +client', () => ugc.jobs.retrieve({ id: state.job.id, expand: ['client'] })],
  ['list', () => ugc.jobs.list({ limit: 10, sortBy: 'DESC' })],
  ['list by take', () => ugc.jobs.list({ limit: 10, sortBy: 'DESC', takeId: take.id })],
  ['update', () => ugc.jobs.update({ id: state.job.id, name: 'Amber Harris', metadata: METADATA })],
  ['retrieve +inputs', () => ugc.jobs.retrieve({ id: state.job.id, expand: ['inputs'] })],
];
const oursRows = [];
for (const [label, call] of ours) {
  const m = await measure(call);
  const body = requestBodies.at(-1);
  oursRows.push({ label, ...m, body: Buffer.byteLength(body), compact: Buffer.byteLength(compactBody(body)) });
}

const notes = [];
let pythonRows = null;
if (existsSync(PYTHON_OPERATIONS)) {
  pythonRows = await pythonSession(JSON.parse(readFileSync(PYTHON_OPERATIONS, 'utf8')));
} else {
  notes.push(`${PYTHON_OPERATIONS} is absent: the Python SDK side was skipped.`);
}

const sum = (rows, key) => rows.reduce((s, r) => s + r[key], 0);
const rows = oursRows.map((r, i) => {
  const py = pythonRows?.[i + 1];
  return [r.label, r.trips, r.body, r.sent + r.received, py ? py.trips : '', py ? py.body : '', py ? py.sent + py.received : ''];
});
if (pythonRows)
  rows.unshift(['(introspection)', 0, 0, 0, pythonRows[0].trips, pythonRows[0].body, pythonRows[0].sent + pythonRows[0].received]);
printTable(rows, ['operation', 'ours trips', 'ours req body B', 'ours wire B', 'python trips', 'python req body B', 'python wire B']);

const oursWire = sum(oursRows, 'sent') + sum(oursRows, 'received');
const compactSaving = sum(oursRows, 'body') - sum(oursRows, 'compact');
const figures = [
  figure('move-ugc round trips for 10 calls', String(sum(oursRows, 'trips')), { target: '10', met: sum(oursRows, 'trips') === 10 }),
  figure('move-ugc bytes on the wire (10 calls)', kb(oursWire)),
  figure('move-ugc request body bytes per call (median)', `${[...oursRows].map((r) => r.body).sort((a, b) => a - b)[5]} B`),
  figure(
    'move-ugc request bodies if sent without indentation',
    `-${kb(compactSaving)} (${ratio(sum(oursRows, 'compact') / sum(oursRows, 'body'))})`,
  ),
];
if (pythonRows) {
  const pyWire = sum(pythonRows, 'sent') + sum(pythonRows, 'received');
  figures.push(
    figure('Python SDK round trips (with introspection)', String(sum(pythonRows, 'trips'))),
    figure('Python SDK bytes on the wire', kb(pyWire)),
    figure('Python introspection response', kb(pythonRows[0].received)),
    figure('move-ugc / Python SDK bytes', ratio(oursWire / pyWire), { target: `<= ${TARGET}x`, met: oursWire / pyWire <= TARGET }),
  );
  const pyBodies = sum(pythonRows.slice(1), 'body');
  figures.push(figure('move-ugc / Python request bodies (no introspection)', ratio(sum(oursRows, 'body') / pyBodies)));
  // The same data must come back either way, so our responses alone bound what any client can reach.
  figures.push(figure('floor: move-ugc response bytes alone / Python total', ratio(sum(oursRows, 'received') / pyWire)));
}
notes.push('Both sides go through Node fetch, so HTTP headers are alike; the Python SDK (requests) sends a few bytes fewer of them.');
report('Wire efficiency (sandbox, 10 job calls)', 'node bench/wire.mjs', figures, notes);
proxy.server.close();
await sandbox.close();

/** The body with the document's indentation and line breaks removed (our documents hold no string literals). */
function compactBody(body) {
  const json = JSON.parse(body);
  json.query = json.query.replace(/\s+/g, ' ').replace(/ ?([{}():,=!$@[\]]) ?/g, '$1');
  return JSON.stringify(json);
}

/** Runs one call and returns the round trips and bytes it caused. */
async function measure(call) {
  const trips = sandbox.requestCount;
  const sent = proxy.sent;
  const received = proxy.received;
  await call();
  return { trips: sandbox.requestCount - trips, sent: proxy.sent - sent, received: proxy.received - received };
}

/** The Python SDK's recorded queries for the same 10 calls, with the sandbox's ids substituted. */
async function pythonSession(operations) {
  const find = (name) => {
    const op = operations.find((o) => o.name.startsWith(name));
    if (!op) throw new Error(`no Python operation named ${name}`);
    return op;
  };
  const send = async (query, variables) => {
    const body = JSON.stringify({ query, variables });
    const res = await fetch(endpoint, { method: 'POST', headers: { 'content-type': 'application/json', authorization: API_KEY }, body });
    const json = await res.json();
    if (json.errors) throw new Error(`Python operation failed against the sandbox: ${json.errors[0].message}`);
    return { json, body: Buffer.byteLength(body) };
  };
  const run = async (name, vars = (v) => v) => {
    const op = find(name);
    let result;
    const m = await measure(async () => (result = await send(op.query, vars(op.variables))));
    return { ...m, body: result.body, json: result.json };
  };
  // The SDK introspects before the first call of each service: one extra round trip per session here.
  let introspection;
  const rows = [{ ...(await measure(async () => (introspection = await send(getIntrospectionQuery(), {})))), body: introspection.body }];
  const created = [];
  const withTake = (v) => ({ ...v, take_id: take.id });
  created.push(await run('test_job::TestJobService.test_create_singlecam[no_options-no_expand]', withTake));
  created.push(await run('test_job::TestJobService.test_create_singlecam[with_options-expand_outputs]', withTake));
  rows.push(...created);
  const jobId = created[1].json.data.createSingleCamJob.id;
  const withJob = (v) => ({ ...v, id: jobId });
  rows.push(await run('test_job::TestJobService.test_retrieve[no_expand]', withJob));
  rows.push(await run('test_job::TestJobService.test_retrieve[expand_outputs]', withJob));
  rows.push(await run('test_job::TestJobService.test_retrieve[expand_take]', withJob));
  rows.push(await run('test_job::TestJobService.test_retrieve[expand_client]', withJob));
  rows.push(await run('test_job::TestJobService.test_list[without_take_id]'));
  rows.push(await run('test_job::TestJobService.test_list[with_take_id]', (v) => ({ ...v, takeId: take.id })));
  rows.push(await run('test_job::TestJobService.test_update[update_mutation]', withJob));
  rows.push(await run('test_job::TestJobService.test_retrieve[expand_inputs]', withJob));
  return rows;
}

/** A TCP proxy to `target` that counts every byte in each direction. */
async function countingProxy(target) {
  const counts = { sent: 0, received: 0 };
  const server = createServer((client) => {
    const upstream = connect(Number(target.port), target.hostname);
    client.on('data', (chunk) => (counts.sent += chunk.length));
    upstream.on('data', (chunk) => (counts.received += chunk.length));
    client.pipe(upstream).on('error', () => client.destroy());
    upstream.pipe(client).on('error', () => upstream.destroy());
    client.on('error', () => upstream.destroy());
    upstream.on('error', () => client.destroy());
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  return {
    server,
    port: server.address().port,
    get sent() {
      return counts.sent;
    },
    get received() {
      return counts.received;
    },
  };
}
