// Where move-ugc's CPU goes with many calls in flight: a sampling profile of `jobs.retrieve` calls
// kept `inFlight` at a time against the canned server, by package and by function (self time).
// Needs dist/ (`npx tsup`); another build's dist/ directory may be named instead.
//   node bench/profile-in-flight.mjs [inFlight=2048] [calls=8192] [dist directory]
import { Session } from 'node:inspector/promises';
import { basename, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { cannedServer } from './canned-clients.mjs';
import { API_KEY, BENCH_DIR, printTable } from './lib.mjs';

const [inFlight = 2048, calls = 8192] = process.argv.slice(2, 4).map(Number);
const dist = resolve(process.argv[4] ?? resolve(BENCH_DIR, '../dist'));
const { MoveUgc } = await import(pathToFileURL(resolve(dist, 'index.js')).href);
const { child, url } = await cannedServer();
const ugc = new MoveUgc({ apiKey: API_KEY, endpoint: url });
let next = 0;
const run = async (count) => {
  let left = count;
  const worker = async () => {
    while (left-- > 0) await ugc.jobs.retrieve({ id: `job-${(next++).toString(36)}` });
  };
  await Promise.all(Array.from({ length: inFlight }, worker));
};

await run(Math.max(2 * inFlight, 1024)); // warm-up: JIT, sockets, the pool's Clients
const session = new Session();
session.connect();
await session.post('Profiler.enable');
await session.post('Profiler.start');
await run(calls);
const { profile } = await session.post('Profiler.stop');
session.disconnect();
child.disconnect();

const nodes = new Map(profile.nodes.map((n) => [n.id, n.callFrame]));
const [byPackage, byFunction] = [new Map(), new Map()];
const add = (map, key, dt) => map.set(key, (map.get(key) ?? 0) + dt);
let total = 0;
profile.samples.forEach((id, i) => {
  const frame = nodes.get(id);
  const dt = profile.timeDeltas[i] ?? 0;
  if (frame.functionName === '(idle)') return;
  total += dt;
  add(byPackage, packageOf(frame.url), dt);
  add(byFunction, `${frame.functionName || '(anonymous)'} ${frame.url ? `${basename(frame.url)}:${frame.lineNumber + 1}` : ''}`.trim(), dt);
});
const percent = (t) => `${((100 * t) / total).toFixed(1)}%`;
const top = (map, n) =>
  [...map]
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(([k, t]) => [percent(t), k]);
console.log(`${calls} calls, ${inFlight} in flight, ${dist}: ${(total / 1000).toFixed(0)} ms busy`);
printTable(top(byPackage, 8), ['self', 'where']);
console.log('');
printTable(top(byFunction, 10), ['self', 'function']);

function packageOf(u) {
  if (!u) return 'native, builtins, garbage collector';
  if (u.includes('/node_modules/wonka/')) return 'wonka (urql streams)';
  if (u.includes('/node_modules/@urql/')) return '@urql/core';
  if (u.startsWith('node:')) return 'node internals (fetch included)';
  if (u.startsWith(pathToFileURL(dist).href)) return 'move-ugc';
  return basename(u);
}
