import { mkdir, readdir, rm, stat } from 'node:fs/promises';
import { basename, extname, join, resolve } from 'node:path';
import { Command } from 'commander';
import { schemaEnums } from '../../documents.js';
import { AbortError, type Job, type MoveUgc, type OutputType } from '../../index.js';
import { contextFor, json, positiveInt, UsageError } from '../context.js';
import { safeText } from '../safe-text.js';
import { checkOutFolder } from './job-flow.js';
import { enumList } from './shared.js';
import { formatBytes, type Output } from '../output.js';
import { hashFile, Journal, type ClipRecord } from './process-journal.js';

// `move-ugc process`: many videos through upload -> take -> job -> wait -> download, resumable.
// The journal in DIR is written after every step, and every job carries its clip's hash in its
// metadata, so a run killed at any moment (SIGKILL included) and started again finds a job the
// journal missed and never starts a second job for a clip. A kill inside the upload or take step,
// before the journal has its id, repeats that step once: an unused file or take, never a job.

const FORMATS: Record<string, 'MP4' | 'MOV' | 'AVI'> = { '.mp4': 'MP4', '.mov': 'MOV', '.avi': 'AVI' };
/** The job metadata key holding the clip's sha256. */
export const CLIP_KEY = 'moveUgcClip';

interface ProcessOptions {
  out: string;
  outputs?: OutputType[];
  concurrency: number;
  takeType: string;
  metadata?: unknown;
  intervalMs: number;
}

interface Clip {
  hash: string;
  video: string;
  record: ClipRecord;
  label: string;
  status: 'pending' | 'done' | 'failed';
  job?: Job<'outputs'>;
  shown?: string;
}

export function processCommand(): Command {
  return new Command('process')
    .description('upload, process and download many videos; resumable: run it again after a crash, never a job twice')
    .argument('<videos...>', 'video files (.mp4, .mov, .avi)')
    .requiredOption('--out <dir>', 'where the outputs and the journal (.move-ugc-journal.json) go')
    .option(
      '--outputs <types>',
      "comma list, e.g. MAIN_FBX,RENDER_VIDEO (default: the API's)",
      enumList('--outputs', schemaEnums.OutputType),
    )
    .option('--concurrency <n>', 'clips uploading or downloading at once', positiveInt('--concurrency'), 4)
    .option('--take-type <type>', 'singlecam: one video per take (the only kind so far)', 'singlecam')
    .option('--metadata <json>', 'a JSON object stored on every job, beside the clip hash', json('--metadata'))
    .option('--interval-ms <n>', 'pause between polls while the jobs run', positiveInt('--interval-ms'), 5_000)
    .action(async (videos: string[], o: ProcessOptions, cmd: Command) => {
      const { ugc, out, signal } = contextFor(cmd);
      if (o.takeType !== 'singlecam') throw new UsageError(`--take-type must be singlecam, got ${o.takeType}`);
      if (o.metadata !== undefined && (o.metadata === null || typeof o.metadata !== 'object' || Array.isArray(o.metadata))) {
        throw new UsageError('--metadata must be a JSON object, e.g. \'{"shoot":"day 2"}\'');
      }
      for (const video of videos) await checkVideo(video);
      const dir = resolve(o.out);
      await checkOutFolder(dir);
      await mkdir(dir, { recursive: true });
      const journal = await Journal.open(dir);
      const clips = await identify(videos, journal, o.concurrency, signal);
      const run = new Run(ugc, out, journal, dir, o, signal, clips);
      await run.all();
      run.summary();
      if (clips.some((c) => c.status === 'failed')) process.exitCode = 1;
    });
}

async function checkVideo(video: string): Promise<void> {
  if (!FORMATS[extname(video).toLowerCase()]) throw new UsageError(`${video}: not a .mp4, .mov or .avi video`);
  const info = await stat(video).catch(() => undefined);
  if (!info) throw new UsageError(`${video}: no such file`);
  if (!info.isFile()) throw new UsageError(`${video}: not a regular file (a folder, pipe or device)`);
}

/** Hashes every video and pairs it with its journal record; the same content given twice is one clip. */
async function identify(videos: string[], journal: Journal, concurrency: number, signal: AbortSignal): Promise<Clip[]> {
  const hashes = await pool(videos, concurrency, (video) => hashFile(video, signal));
  const clips = new Map<string, Clip>();
  for (const [i, video] of videos.entries()) {
    const hash = hashes[i]!;
    if (clips.has(hash)) continue;
    // Another clip's outputs may already use this name, in this run or an earlier one.
    const wanted = safe(basename(video, extname(video)));
    const record = await journal.update(
      hash,
      (r) => (r.video = resolve(video)),
      () => ({ video: resolve(video), stem: journal.stems().has(wanted) ? `${wanted}-${hash.slice(0, 8)}` : wanted }),
    );
    clips.set(hash, { hash, video, record, label: '', status: record.complete ? 'done' : 'pending' });
  }
  const list = [...clips.values()];
  const width = String(list.length).length;
  list.forEach((c, i) => (c.label = `[${String(i + 1).padStart(width)}/${list.length}] ${basename(c.video)}`));
  return list;
}

class Run {
  constructor(
    readonly ugc: MoveUgc,
    readonly out: Output,
    readonly journal: Journal,
    readonly dir: string,
    readonly o: ProcessOptions,
    readonly signal: AbortSignal,
    readonly clips: Clip[],
  ) {}

  async all(): Promise<void> {
    await this.removeParts();
    for (const clip of this.clips) if (clip.status === 'done') this.show(clip, 'done earlier: skipped');
    const todo = this.clips.filter((c) => c.status === 'pending');
    await pool(todo, this.o.concurrency, (clip) => this.guard(clip, () => this.prepare(clip)));
    await this.waitForJobs(todo.filter((c) => c.status === 'pending'));
    await pool(
      todo.filter((c) => c.status === 'pending'),
      this.o.concurrency,
      (clip) => this.guard(clip, () => this.download(clip)),
    );
  }

  /** Upload, take and job, each skipped when the journal has it. */
  async prepare(clip: Clip): Promise<void> {
    const { ugc, signal } = this;
    let r = clip.record;
    if (r.state === 'FAILED') {
      // A re-run retries a failed clip with a new job; the failed one is never picked up again.
      r = await this.save(clip, (c) => {
        c.failedJobIds = [...(c.failedJobIds ?? []), c.jobId!];
        delete c.jobId;
        delete c.state;
      });
    }
    if (!r.fileId) {
      const { size } = await stat(clip.video);
      this.show(clip, `uploading ${formatBytes(size)}`);
      const format = extname(clip.video).slice(1).toLowerCase();
      const file = await ugc.files.upload(clip.video, {
        type: format,
        name: basename(clip.video),
        metadata: { [CLIP_KEY]: clip.hash },
        signal,
      });
      r = await this.save(clip, (c) => (c.fileId = file.id));
    }
    if (!r.takeId) {
      this.show(clip, `creating a take from file ${r.fileId}`);
      const format = FORMATS[extname(clip.video).toLowerCase()]!;
      const take = await ugc.takes.createSingleCam(
        { sources: [{ fileId: r.fileId!, deviceLabel: 'camera', format }], name: basename(clip.video) },
        { signal },
      );
      r = await this.save(clip, (c) => (c.takeId = take.id));
    }
    if (!r.jobId) {
      // The journal can miss a job created just before a kill: the clip's hash on the job finds it.
      const found = await this.findJob(clip);
      const job =
        found ??
        (await ugc.jobs.createSingleCam(
          {
            takeId: r.takeId!,
            name: basename(clip.video),
            metadata: { ...(this.o.metadata as object), [CLIP_KEY]: clip.hash },
            ...(this.o.outputs ? { outputs: this.o.outputs } : {}),
          },
          { signal },
        ));
      r = await this.save(clip, (c) => (c.jobId = job.id));
      this.show(clip, `${found ? 'found its job' : 'started job'} ${job.id}`);
    }
  }

  async findJob(clip: Clip): Promise<{ id: string } | undefined> {
    const skip = new Set(clip.record.failedJobIds);
    for await (const job of this.ugc.jobs.list({ takeId: clip.record.takeId!, limit: 50 }, { signal: this.signal })) {
      const meta = job.metadata as Record<string, unknown> | null;
      if (meta?.[CLIP_KEY] === clip.hash && job.state !== 'FAILED' && !skip.has(job.id)) return job;
    }
    return undefined;
  }

  async waitForJobs(clips: Clip[]): Promise<void> {
    if (clips.length === 0) return;
    const byJob = new Map(clips.map((c) => [c.record.jobId!, c]));
    const ids = [...byJob.keys()];
    // A job id from an old journal may be gone: that clip gets a new job on the next run.
    const current = await this.ugc.jobs.retrieveMany({ ids }, { signal: this.signal });
    for (const [i, job] of current.entries()) {
      if (job) continue;
      const clip = byJob.get(ids[i]!)!;
      byJob.delete(ids[i]!);
      await this.fail(clip, `job ${ids[i]} no longer exists; run again to start a new one`, (c) => delete c.jobId);
    }
    if (byJob.size === 0) return;
    let lastTotal = '';
    const jobs = await this.ugc.jobs.waitAll({
      ids: [...byJob.keys()],
      intervalMs: this.o.intervalMs,
      signal: this.signal,
      onProgress: ({ states, done, total, jobs }) => {
        // A line per clip when its state changes; the running percentage goes in the total.
        for (const job of jobs) this.show(byJob.get(job.id)!, `job ${job.id} ${job.state ?? 'unknown'}`);
        const percent =
          jobs.reduce((sum, job) => sum + (job.state === 'FINISHED' ? 100 : (job.progress?.percentageComplete ?? 0)), 0) / total;
        const text = `${done}/${total} jobs done, ${Math.floor(percent)}% (${states.FAILED} failed, ${states.RUNNING} running, ${states.NOT_STARTED} queued)`;
        if (text !== lastTotal && !this.out.json) this.out.note(this.out.bold(`total: ${text}`));
        lastTotal = text;
      },
    });
    for (const job of jobs) {
      const clip = byJob.get(job.id)!;
      clip.job = job;
      if (job.state === 'FAILED') await this.fail(clip, `job ${job.id} FAILED`, (c) => (c.state = 'FAILED'));
      else await this.save(clip, (c) => (c.state = 'FINISHED'));
    }
  }

  /** Downloads each output not already complete in DIR, recording each as it lands. */
  async download(clip: Clip): Promise<void> {
    const outputs = (clip.job?.outputs ?? []).filter((o) => o !== null);
    for (const [i, output] of outputs.entries()) {
      const key = output.key ?? `output-${i}`;
      const name = `${clip.record.stem}-${safe(key)}.${safe((output.format ?? output.file.type ?? 'bin').toLowerCase())}`;
      const target = join(this.dir, name);
      const known = clip.record.outputs?.find((d) => d.name === name);
      if (known && (await stat(target).catch(() => undefined))?.size === known.bytes) continue;
      this.show(clip, `downloading ${outputs.length} outputs`);
      // Noted before it starts: a run killed once the file is in place but before the journal says
      // so left this clip's own file, replaced next time; any other file of that name is kept.
      const own = clip.record.downloading === name || known !== undefined;
      await this.save(clip, (c) => (c.downloading = name));
      const { bytes } = await this.ugc.files.download(output.file, target, { signal: this.signal, overwrite: own });
      await this.save(clip, (c) => {
        c.outputs = [...(c.outputs ?? []).filter((d) => d.name !== name), { key, name, bytes }];
        delete c.downloading;
      });
    }
    await this.save(clip, (c) => {
      c.complete = true;
      delete c.error;
    });
    clip.status = 'done';
    this.show(clip, `done: ${outputs.length} outputs`);
  }

  /** Temporary files a killed run's downloads left behind (the library's `.move-ugc-<hex>.part`), before this run downloads any. */
  async removeParts(): Promise<void> {
    for (const entry of await readdir(this.dir)) {
      if (/^\.move-ugc-[0-9a-f]+\.part$/.test(entry)) await rm(join(this.dir, entry), { force: true });
    }
  }

  /** Runs a step of one clip; a failure fails that clip only (an interrupt stops everything). */
  async guard(clip: Clip, step: () => Promise<void>): Promise<void> {
    if (clip.status !== 'pending') return;
    try {
      await step();
    } catch (err) {
      if (err instanceof AbortError || this.signal.aborted) throw err;
      await this.fail(clip, err instanceof Error ? err.message : String(err));
    }
  }

  async fail(clip: Clip, error: string, change: (c: ClipRecord) => void = () => {}): Promise<void> {
    clip.status = 'failed';
    await this.save(clip, (c) => {
      change(c);
      c.error = error;
    });
    this.show(clip, this.out.red(`failed: ${error}`));
  }

  save(clip: Clip, change: (c: ClipRecord) => void): Promise<ClipRecord> {
    return this.journal.update(clip.hash, change);
  }

  /** One line per clip whenever its news changes. */
  show(clip: Clip, text: string): void {
    if (this.out.json || clip.shown === text) return;
    clip.shown = text;
    // Server text (error messages, ids) and local file names alike: nothing reaches the terminal raw.
    this.out.note(`${safeText(clip.label)}  ${safeText(text)}`);
  }

  summary(): void {
    const rows = this.clips.map((c) => ({
      clip: basename(c.video),
      status: c.status === 'done' ? 'done' : 'failed',
      job: c.record.jobId ?? null,
      outputs: c.record.outputs?.length ?? 0,
      error: c.status === 'done' ? null : (c.record.error ?? null),
    }));
    const failed = rows.filter((r) => r.status === 'failed').length;
    if (this.out.json) {
      this.out.result({ directory: this.dir, failed, clips: this.clips.map((c) => ({ hash: c.hash, status: c.status, ...c.record })) });
      return;
    }
    this.out.line('');
    this.out.table(rows, ['clip', 'status', 'job', 'outputs', 'error']);
    const done = rows.length - failed;
    this.out.line(
      failed
        ? this.out.red(`${failed} of ${rows.length} clips failed: run the same command again to retry them`)
        : this.out.green(`${done} clips done: outputs in ${this.dir}`),
    );
  }
}

function safe(text: string): string {
  return text.replace(/[^\w.-]+/g, '_').replace(/^\.+/, '_') || '_';
}

/** Maps `items` through `fn`, at most `limit` at a time, results in order. */
async function pool<T, R>(items: readonly T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await fn(items[i]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}
