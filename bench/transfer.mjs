// Upload/download: streaming a file through `ugc.files.upload` / `ugc.files.download` vs `curl -T`
// / `curl -o`, all to the sandbox's presigned PUT/GET URLs. The sandbox runs in this process; each
// SDK transfer runs in a child of its own, which reports its own time, CPU and peak RSS; curl runs
// under /usr/bin/time for the same. Rounds alternate who goes first (curl, sdk / sdk, curl), each
// transfer after `sync`, so that load from elsewhere and dirty pages land on both sides alike.
//   BENCH_TRANSFER_MB (default 1024), BENCH_TRANSFER_ROUNDS (default 5),
//   BENCH_SDK=/path/to/dist/index.js to measure another build (e.g. the main checkout's, as a baseline).
import { createWriteStream } from 'node:fs';
import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { randomBytes } from 'node:crypto';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { once } from 'node:events';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { API_KEY, figure, mb, measureInChild, median, now, printTable, ratio, report, run } from './lib.mjs';

const SIZE_MB = Number(process.env.BENCH_TRANSFER_MB ?? 1024);
const ROUNDS = Number(process.env.BENCH_TRANSFER_ROUNDS ?? 5);
const SDK = process.env.BENCH_SDK ? pathToFileURL(resolve(process.env.BENCH_SDK)).href : '../dist/index.js';
const TARGET_RATIO = 0.95;
const TARGET_UPLOAD_WORST = 0.85;
const TARGET_RSS_GROWTH = 16 * 1024 * 1024;
const TARGET_CPU = 1.5;
const SELF = fileURLToPath(import.meta.url);

if (process.argv[2] === '--child') {
  const [, , , op, url, arg1, arg2] = process.argv;
  const { MoveUgc } = await import(SDK);
  const ugc = new MoveUgc({ apiKey: API_KEY, endpoint: url });
  // The idle process: Node with the SDK loaded and a client made, nothing sent yet.
  const rssIdle = process.memoryUsage().rss;
  let rssBefore = rssIdle;
  if (op.endsWith('-warm')) {
    // After one API call and the background compilation it sets off (Node's fetch compiles its
    // WebAssembly HTTP parser on first use), the peak is reset: what remains is the transfer's own.
    await ugc.files.retrieve({ id: op.startsWith('upload') ? 'warm-up' : arg1 }).catch(() => {});
    await new Promise((done) => setTimeout(done, 2000));
    await writeFile('/proc/self/clear_refs', '5');
    rssBefore = process.memoryUsage().rss;
  }
  const cpu = process.cpuUsage();
  const started = now();
  // 'download-url' hands over the file with its presigned URL, so the child makes no API call.
  const file = op === 'download-url' ? { id: 'bench', presignedUrl: arg1 } : arg1;
  const result = op.startsWith('upload')
    ? { id: (await ugc.files.upload(arg1, { type: 'mp4' })).id }
    : await ugc.files.download(file, arg2);
  const ms = now() - started;
  const used = process.cpuUsage(cpu);
  const hwm = Number(/VmHWM:\s+(\d+) kB/.exec(await readFile('/proc/self/status', 'utf8'))?.[1] ?? NaN) * 1024;
  process.send({
    ms,
    cpuMs: (used.user + used.system) / 1000,
    rss: hwm || process.resourceUsage().maxRSS * 1024,
    rssIdle: rssBefore,
    ...result,
  });
  process.disconnect();
} else {
  await main();
}

async function main() {
  try {
    await run('curl', ['--version']);
  } catch {
    report(
      'Upload/download',
      'node bench/transfer.mjs',
      [figure('curl comparison', 'skipped')],
      ['curl is not installed (apt-get install curl).'],
    );
    return;
  }
  const timed = await run('/usr/bin/time', ['-f', '%e', 'true']).then(
    () => true,
    () => false,
  );
  const { MoveUgc } = await import(SDK);
  const { createSandbox } = await import('../dist/sandbox/index.js');
  const dir = await mkdtemp(join(tmpdir(), 'move-ugc-bench-'));
  const sandbox = await createSandbox({ apiKey: API_KEY, jobDurationMs: 0 });
  const loads = [loadavg()[0]];
  try {
    const source = join(dir, 'source.mp4');
    await writeSource(source, SIZE_MB);
    const bytes = (await stat(source)).size;
    const ugc = new MoveUgc({ apiKey: API_KEY, endpoint: sandbox.url });
    const child = (args) => settled(() => measureInChild(SELF, ['--child', ...args]));
    const { id } = await child(['upload', sandbox.url, source]);
    const { presignedUrl } = await ugc.files.retrieve({ id });

    const curl = async (args, out) => {
      const r = await settled(() => (timed ? run('/usr/bin/time', ['-f', 'TIME %e %U %S %M', 'curl', ...args]) : run('curl', args)));
      if (out) await rm(out);
      const line = /TIME ([\d.]+) ([\d.]+) ([\d.]+) (\d+)/.exec(r.stderr ?? '');
      return line ? { ms: r.ms, cpuMs: (Number(line[2]) + Number(line[3])) * 1000, rss: Number(line[4]) * 1024 } : { ms: r.ms };
    };
    const sdkDown = async (op, what) => {
      const r = await child([op, sandbox.url, what, join(dir, 'sdk.out')]);
      if (r.bytes !== bytes) throw new Error(`files.download wrote ${r.bytes} bytes, expected ${bytes}`);
      await rm(join(dir, 'sdk.out'));
      return r;
    };
    const sides = {
      'curl -o': () => curl(['-sS', '--fail', '-o', join(dir, 'curl.out'), presignedUrl], join(dir, 'curl.out')),
      'files.download(url)': () => sdkDown('download-url', presignedUrl),
      'files.download(id)': () => sdkDown('download', id),
      'curl -T': async () => curl(['-sS', '--fail', '-T', source, (await ugc.files.create({ type: 'mp4' })).presignedUrl]),
      'files.upload': () => child(['upload', sandbox.url, source]),
      'files.upload, warm': () => child(['upload-warm', sandbox.url, source]),
    };
    const runs = Object.fromEntries(Object.keys(sides).map((k) => [k, []]));
    const groups = [
      ['curl -o', 'files.download(url)', 'files.download(id)'],
      ['curl -T', 'files.upload', 'files.upload, warm'],
    ];
    for (let round = 0; round < ROUNDS; round++) {
      for (const group of groups) {
        // Rotated: each side goes first in some rounds.
        const order = group.map((_, i) => group[(i + round) % group.length]);
        for (const side of order) runs[side].push(await sides[side]());
      }
      loads.push(loadavg()[0]);
    }

    const rate = (ms) => `${((bytes / 1024 / 1024) * (1000 / ms)).toFixed(0)} MB/s`;
    const stats = (side) => {
      const ms = runs[side].map((r) => r.ms);
      const cpu = runs[side].map((r) => r.cpuMs).filter((v) => v !== undefined);
      return {
        min: Math.min(...ms),
        median: median(ms),
        cpu: cpu.length ? median(cpu) : NaN,
        rss: Math.max(...runs[side].map((r) => r.rss ?? NaN)),
        growth: Math.max(...runs[side].map((r) => (r.rss ?? NaN) - (r.rssIdle ?? 0))),
        idle: median(runs[side].map((r) => r.rssIdle ?? NaN)),
      };
    };
    const s = Object.fromEntries(Object.keys(sides).map((k) => [k, stats(k)]));
    const worst = (sdk, base) => Math.min(...runs[sdk].map((r, i) => runs[base][i].ms / r.ms));
    printTable(
      Object.keys(sides).map((k) => [
        k,
        `${rate(s[k].median)} (best ${rate(s[k].min)})`,
        `${s[k].cpu.toFixed(0)} ms`,
        mb(s[k].rss),
        k.startsWith('curl') ? '' : mb(s[k].growth),
      ]),
      ['side', 'median throughput', 'CPU (median)', 'peak RSS', 'peak over idle'],
    );
    const label = `${SIZE_MB} MiB, ${ROUNDS} rounds`;
    const load = `${Math.min(...loads).toFixed(1)}-${Math.max(...loads).toFixed(1)}`;
    const figures = [];
    for (const [sdk, base] of [
      ['files.download(url)', 'curl -o'],
      ['files.download(id)', 'curl -o'],
      ['files.upload', 'curl -T'],
      ['files.upload, warm', 'curl -T'],
    ]) {
      const med = s[base].median / s[sdk].median;
      figures.push(
        figure(
          `${sdk} throughput / ${base}: median (best, worst round)`,
          `${ratio(med)} (${ratio(s[base].min / s[sdk].min)}, ${ratio(worst(sdk, base))})`,
          {
            target: sdk.startsWith('files.upload') ? `>= ${TARGET_RATIO}x, worst >= ${TARGET_UPLOAD_WORST}x` : `>= ${TARGET_RATIO}x`,
            met: med >= TARGET_RATIO && (!sdk.startsWith('files.upload') || worst(sdk, base) >= TARGET_UPLOAD_WORST),
          },
        ),
        figure(
          `${sdk} peak RSS over the ${sdk.endsWith('warm') ? 'process before the transfer' : 'idle process'} (${mb(s[sdk].idle)})`,
          mb(s[sdk].growth),
          {
            target: '<= 16 MB',
            met: s[sdk].growth <= TARGET_RSS_GROWTH,
          },
        ),
      );
      if (!Number.isNaN(s[base].cpu))
        figures.push(
          figure(
            `${sdk} CPU / ${base} CPU (medians ${s[sdk].cpu.toFixed(0)} / ${s[base].cpu.toFixed(0)} ms)`,
            ratio(s[sdk].cpu / s[base].cpu),
            {
              target: `<= ${TARGET_CPU}x`,
              met: s[sdk].cpu / s[base].cpu <= TARGET_CPU,
            },
          ),
        );
    }
    figures.push(figure('load average (1 min) during the rounds', load));
    report(`Upload/download (${label}, sandbox presigned URLs)`, 'node bench/transfer.mjs', figures, [
      "The SDK's CPU is its transfer's alone (process.cpuUsage around the call); curl's is its whole process (/usr/bin/time).",
      "'warm': the child made one API call and waited 2 s before the upload, and its peak RSS was reset (/proc/self/clear_refs): the transfer's own cost, without the first fetch call's.",
    ]);
  } finally {
    await sandbox.close();
    await rm(dir, { recursive: true, force: true });
  }
}

/** Flushes dirty pages first, then times `fn`: `{ ms, ...result }`, the child's own timing when it reports one. */
async function settled(fn) {
  await run('sync', []);
  const started = now();
  const result = await fn();
  return { ...result, ms: result?.ms ?? now() - started };
}

/** Writes `sizeMb` MiB of incompressible bytes. */
async function writeSource(path, sizeMb) {
  const chunk = randomBytes(1024 * 1024);
  const out = createWriteStream(path);
  for (let i = 0; i < sizeMb; i++) if (!out.write(chunk)) await once(out, 'drain');
  out.end();
  await once(out, 'finish');
}
