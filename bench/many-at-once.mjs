// 10 000 calls begun at once, against a server in another process that never answers (`hang`)
// or answers every POST (`answer`): how they settle and when. Needs dist/ (`npx tsup`).
//   node bench/many-at-once.mjs [hang|answer] [calls] [timeoutMs] [maxRetries]
import { fork } from 'node:child_process';
import { performance } from 'node:perf_hooks';

const [mode = 'hang', calls = '10000', timeoutMs = '3000', maxRetries = '0'] = process.argv.slice(2);

{
  const { MoveUgc } = await import('../dist/index.js');
  // The test's server (test/transport/many-at-once.test.ts), in a process of its own.
  const child = fork(new URL('../test/transport/many-at-once-server.mjs', import.meta.url).pathname, [mode]);
  const { url } = await new Promise((resolve) => child.once('message', resolve));
  const ugc = new MoveUgc({
    apiKey: 'mu-bench-key-0123456789abcdef',
    endpoint: url,
    timeoutMs: Number(timeoutMs),
    maxRetries: Number(maxRetries),
  });
  const settled = [];
  const outcomes = {};
  const started = performance.now();
  const all = Array.from({ length: Number(calls) }, () =>
    ugc.jobs.retrieve({ id: 'job-1' }).then(
      () => 'ok',
      (err) => err.name,
    ),
  ).map((p) =>
    p.then((outcome) => {
      settled.push(performance.now() - started);
      outcomes[outcome] = (outcomes[outcome] ?? 0) + 1;
    }),
  );
  const begun = performance.now() - started;
  await Promise.all(all);
  settled.sort((a, b) => a - b);
  const at = (q) => Math.round(settled[Math.floor((settled.length - 1) * q)]);
  child.send('count');
  const { count } = await new Promise((resolve) => child.once('message', resolve));
  console.log(
    JSON.stringify({
      mode,
      calls: Number(calls),
      timeoutMs: Number(timeoutMs),
      outcomes,
      begunMs: Math.round(begun),
      settledMs: { p50: at(0.5), max: at(1) },
      reachedServer: count,
    }),
  );
  child.disconnect();
}
