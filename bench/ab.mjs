// Interleaved A/B of `jobs.retrieve` per call: another build of the package (A) against this
// one (B, ../dist) and a raw fetch POST of the same body, taking turns call by call against one
// canned server, so the machine's noise lands on all three alike. For telling whether a change
// moved the per-call cost, where overhead.mjs's blocks of calls swing with the load.
//
//   git worktree add /tmp/old <commit> && ln -s "$PWD/node_modules" /tmp/old/node_modules
//   (cd /tmp/old && npx tsup) && npm run build && node bench/ab.mjs /tmp/old/dist
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { MoveUgc as B } from '../dist/index.js';
import { cannedServer } from './canned-clients.mjs';
import { API_KEY, interleaved, median } from './lib.mjs';

const dir = process.argv[2];
if (!dir) throw new Error('usage: node bench/ab.mjs <dist directory of the other build>');
const { MoveUgc: A } = await import(pathToFileURL(resolve(dir, 'index.js')).href);
const CALLS = Number(process.env.CALLS ?? 6000);

const { child, url, rawFetch } = await cannedServer();
const a = new A({ apiKey: API_KEY, endpoint: url });
const b = new B({ apiKey: API_KEY, endpoint: url });
const steps = {
  'raw fetch': async (jobId) => (await rawFetch({ jobId })).getJob,
  [`A (${dir})`]: (id) => a.jobs.retrieve({ id }),
  'B (dist/)': (id) => b.jobs.retrieve({ id }),
};
const names = Object.keys(steps);
const times = await interleaved(steps, CALLS);
child.disconnect();
const base = median(times['raw fetch']);
for (const name of names) {
  const m = median(times[name]);
  console.log(`${name.padEnd(24)} ${(m * 1000).toFixed(1).padStart(7)} us  ${(m / base).toFixed(3)}x raw fetch`);
}
