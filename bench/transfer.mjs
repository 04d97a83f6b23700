// Upload/download: streaming 1 GiB through `ugc.files.upload` / `ugc.files.download` vs `curl -T` /
// `curl -o`, all to the sandbox's presigned PUT/GET URLs. The sandbox runs in this process; each
// SDK transfer runs in its own child, which reports its own peak RSS.
import { createWriteStream } from 'node:fs';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { MoveUgc } from '../dist/index.js';
import { API_KEY, figure, mb, measureInChild, now, printTable, ratio, report, run } from './lib.mjs';

const SIZE_MB = Number(process.env.BENCH_TRANSFER_MB ?? 1024);
const TARGET_RATIO = 0.9;
const TARGET_RSS = 100 * 1024 * 1024;
const SELF = fileURLToPath(import.meta.url);

if (process.argv[2] === '--child') {
  const [, , , op, url, arg1, arg2] = process.argv;
  const ugc = new MoveUgc({ apiKey: API_KEY, endpoint: url });
  const rssBefore = process.memoryUsage().rss;
  const started = now();
  // 'download-url' hands over the file with its presigned URL, so the child makes no API call.
  const file = op === 'download-url' ? { id: 'bench', presignedUrl: arg1 } : arg1;
  const result = op === 'upload' ? { id: (await ugc.files.upload(arg1, { type: 'mp4' })).id } : await ugc.files.download(file, arg2);
  process.send({ ms: now() - started, rss: process.resourceUsage().maxRSS * 1024, rssBefore, ...result });
  process.disconnect();
} else {
  await main();
}

async function main() {
  const probe = new MoveUgc({ apiKey: API_KEY, endpoint: 'http://127.0.0.1:1/graphql' });
  if (typeof probe.files?.upload !== 'function' || typeof probe.files?.download !== 'function') {
    report(
      'Upload/download',
      'node bench/transfer.mjs',
      [figure('files.upload / files.download', 'skipped')],
      ['ugc.files.upload or ugc.files.download does not exist in this build yet: the transfer benchmark was skipped.'],
    );
    return;
  }
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
  const { createSandbox } = await import('../dist/sandbox/index.js');
  const dir = await mkdtemp(join(tmpdir(), 'move-ugc-bench-'));
  const sandbox = await createSandbox({ apiKey: API_KEY, jobDurationMs: 0 });
  try {
    const source = join(dir, 'source.mp4');
    await writeSource(source, SIZE_MB);
    const bytes = (await stat(source)).size;
    const ugc = new MoveUgc({ apiKey: API_KEY, endpoint: sandbox.url });

    // Two rounds, the order flipped in the second, each transfer after `sync` so that neither side
    // pays for the other's dirty pages being written back; the faster of each side's two runs counts.
    const sdkUp = (await settled(() => measureInChild(SELF, ['--child', 'upload', sandbox.url, source]))).result;
    const curlUp = () =>
      settled(async () => {
        const file = await ugc.files.create({ type: 'mp4' });
        return run('curl', ['-sS', '--fail', '-T', source, file.presignedUrl]);
      });
    const sdkDown = async (op = 'download', what = sdkUp.id) => {
      const { result } = await settled(() => measureInChild(SELF, ['--child', op, sandbox.url, what, join(dir, 'sdk.out')]));
      if (result.bytes !== bytes) throw new Error(`files.download wrote ${result.bytes} bytes, expected ${bytes}`);
      await rm(join(dir, 'sdk.out'));
      return result;
    };
    const { presignedUrl } = await ugc.files.retrieve({ id: sdkUp.id });
    const curlDown = async () => {
      const timing = await settled(() => run('curl', ['-sS', '--fail', '-o', join(dir, 'curl.out'), presignedUrl]));
      await rm(join(dir, 'curl.out'));
      return timing;
    };
    const curlUpRuns = [await curlUp(), await curlUp()];
    const sdkUpRuns = [sdkUp, (await settled(() => measureInChild(SELF, ['--child', 'upload', sandbox.url, source]))).result];
    const sdkDownRuns = [await sdkDown()];
    const curlDownRuns = [await curlDown(), await curlDown()];
    sdkDownRuns.push(await sdkDown());
    const byUrl = await sdkDown('download-url', presignedUrl);
    const best = (runs) => runs.reduce((a, b) => (a.ms <= b.ms ? a : b));
    const worstRss = (runs) => Math.max(...runs.map((r) => r.rss));
    const up = { ...best(sdkUpRuns), rss: worstRss(sdkUpRuns) };
    const down = { ...best(sdkDownRuns), rss: worstRss(sdkDownRuns) };
    const curlUpMs = best(curlUpRuns).ms;
    const curlDownMs = best(curlDownRuns).ms;

    const rate = (msTaken) => `${((bytes / 1024 / 1024) * (1000 / msTaken)).toFixed(0)} MB/s`;
    printTable(
      [
        ['upload', rate(up.ms), rate(curlUpMs), ratio(curlUpMs / up.ms), mb(up.rss)],
        ['download', rate(down.ms), rate(curlDownMs), ratio(curlDownMs / down.ms), mb(down.rss)],
      ],
      ['transfer', 'move-ugc', 'curl', 'throughput ratio', 'move-ugc peak RSS'],
    );
    const label = `${SIZE_MB} MiB`;
    report(`Upload/download (${label}, sandbox presigned URLs)`, 'node bench/transfer.mjs', [
      figure(`upload throughput / curl -T (${label})`, ratio(curlUpMs / up.ms), {
        target: `>= ${TARGET_RATIO}x`,
        met: curlUpMs / up.ms >= TARGET_RATIO,
      }),
      figure(`download throughput / curl -o (${label})`, ratio(curlDownMs / down.ms), {
        target: `>= ${TARGET_RATIO}x`,
        met: curlDownMs / down.ms >= TARGET_RATIO,
      }),
      figure('upload peak RSS', mb(up.rss), { target: '< 100 MB', met: up.rss < TARGET_RSS }),
      figure('download peak RSS', mb(down.rss), { target: '< 100 MB', met: down.rss < TARGET_RSS }),
      figure('download peak RSS, file with its URL (no API call in the process)', mb(byUrl.rss), {
        target: '< 100 MB',
        met: byUrl.rss < TARGET_RSS,
      }),
      figure('peak RSS growth during upload / download', `${mb(up.rss - up.rssBefore)} / ${mb(down.rss - down.rssBefore)}`),
      figure('move-ugc upload / download', `${rate(up.ms)} / ${rate(down.ms)}`),
    ]);
  } finally {
    await sandbox.close();
    await rm(dir, { recursive: true, force: true });
  }
}

/** Flushes dirty pages first, then times `fn`: `{ ms, result }`, or the child's own timing when it reports one. */
async function settled(fn) {
  await run('sync', []);
  const started = now();
  const result = await fn();
  return { ms: result?.ms ?? now() - started, result };
}

/** Writes `sizeMb` MiB of incompressible bytes. */
async function writeSource(path, sizeMb) {
  const chunk = randomBytes(1024 * 1024);
  const out = createWriteStream(path);
  for (let i = 0; i < sizeMb; i++) if (!out.write(chunk)) await once(out, 'drain');
  out.end();
  await once(out, 'finish');
}
