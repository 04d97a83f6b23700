// Pagination: walking 10 000 jobs at page size 100 with `for await` vs a raw fetch loop over the
// same pages, against a sandbox seeded here. Each walk runs in its own child process, so it
// reports its own peak RSS; the sandbox stays in this process.
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { MoveUgc } from '../dist/index.js';
import { API_KEY, figure, mb, measureInChild, median, ms, now, peakRss, printTable, ratio, report } from './lib.mjs';

const PAGE = 100;
const WORK_MS = 5;
const TARGET = 1.1;
const SELF = fileURLToPath(import.meta.url);

if (process.argv[2] === '--walk') {
  const [, , , client, count, workMs, url] = process.argv;
  process.send(await walk(client, Number(count), Number(workMs), url));
  process.disconnect();
} else {
  await main();
}

async function main() {
  const { createSandbox } = await import('../dist/sandbox/index.js');
  const total = Number(process.env.BENCH_JOBS ?? 10_000);
  const sandbox = await createSandbox({ apiKey: API_KEY, jobDurationMs: 0 });
  const started = now();
  await seed(new MoveUgc({ apiKey: API_KEY, endpoint: sandbox.url }), total);
  console.log(`seeded ${total} jobs in ${ms(now() - started)}`);

  const runs = { sdk: { work: [], none: [] }, raw: { work: [], none: [] } };
  const rss = {};
  for (let rep = 0; rep < 2; rep++) {
    for (const client of rep === 0 ? ['raw', 'sdk'] : ['sdk', 'raw']) {
      const work = await measureInChild(SELF, ['--walk', client, total, WORK_MS, sandbox.url]);
      const none = await measureInChild(SELF, ['--walk', client, total, 0, sandbox.url]);
      runs[client].work.push(work.ms);
      runs[client].none.push(none.ms);
      rss[`${client} ${total}`] = Math.max(rss[`${client} ${total}`] ?? 0, work.rss, none.rss);
    }
  }
  const small = Math.min(1000, total);
  for (const client of ['sdk', 'raw'])
    rss[`${client} ${small}`] = (await measureInChild(SELF, ['--walk', client, small, 0, sandbox.url])).rss;
  await sandbox.close();

  const m = (client, kind) => median(runs[client][kind]);
  printTable(
    ['work', 'none'].map((kind) => [
      kind === 'work' ? `${WORK_MS} ms of work per page` : 'no work',
      ms(m('raw', kind)),
      ms(m('sdk', kind)),
      ratio(m('sdk', kind) / m('raw', kind)),
    ]),
    ['consumer', 'raw loop', 'for await', 'ratio'],
  );
  const withWork = m('sdk', 'work') / m('raw', 'work');
  const flat = rss[`sdk ${total}`] / rss[`sdk ${small}`];
  report(`Pagination (${total} jobs, page size ${PAGE})`, 'node bench/pagination.mjs', [
    figure(`for await / raw loop, ${WORK_MS} ms work per page`, ratio(withWork), { target: `<= ${TARGET}x`, met: withWork <= TARGET }),
    figure('for await / raw loop, no work', ratio(m('sdk', 'none') / m('raw', 'none'))),
    figure(`raw loop / for await time, ${total} jobs with work`, `${ms(m('raw', 'work'))} / ${ms(m('sdk', 'work'))}`),
    figure(`for await peak RSS at ${small} / ${total}`, `${mb(rss[`sdk ${small}`])} / ${mb(rss[`sdk ${total}`])}`, {
      target: 'flat (<= 1.25x)',
      met: flat <= 1.25,
    }),
    figure(`raw loop peak RSS at ${small} / ${total}`, `${mb(rss[`raw ${small}`])} / ${mb(rss[`raw ${total}`])}`),
  ]);
}

/** Creates `total` jobs through the SDK, 50 at a time. */
async function seed(ugc, total) {
  const file = await ugc.files.create({ type: 'mp4' });
  const take = await ugc.takes.createSingleCam({ sources: [{ fileId: file.id, deviceLabel: 'cam', format: 'MP4' }] });
  let left = total;
  const worker = async () => {
    while (left-- > 0) await ugc.jobs.createSingleCam({ takeId: take.id, metadata: { n: left } });
  };
  await Promise.all(Array.from({ length: 50 }, worker));
}

/** Walks `count` jobs with one client, sleeping `workMs` after each page; returns time and peak RSS. */
async function walk(client, count, workMs, url) {
  let query;
  const ugc = new MoveUgc({
    apiKey: API_KEY,
    endpoint: url,
    fetch: (i, init) => ((query ??= JSON.parse(init.body).query), fetch(i, init)),
  });
  await ugc.jobs.list({ limit: 1 }); // warm-up, and the document text the raw loop sends
  let seen = 0;
  const started = now();
  if (client === 'sdk') {
    for await (const job of ugc.jobs.list({ limit: PAGE })) {
      if (!job.id) throw new Error('a job without an id');
      if (++seen % PAGE === 0 && workMs) await sleep(workMs);
      if (seen >= count) break;
    }
  } else {
    let after = null;
    do {
      const res = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: API_KEY },
        body: JSON.stringify({ operationName: 'listJobs', query, variables: { first: PAGE, after } }),
      });
      const page = (await res.json()).data.listJobs;
      seen += page.items.length;
      after = page.after;
      if (workMs) await sleep(workMs);
    } while (after && seen < count);
  }
  if (seen < count) throw new Error(`${client} walked ${seen} jobs, expected ${count}`);
  return { ms: now() - started, rss: peakRss() };
}
