import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Command } from 'commander';
import { MoveUgc, type JobOutputDownload } from '../../index.js';
import { createSandbox, type Sandbox } from '../../sandbox/index.js';
import { contextFor, interruptSignal, outputFor, positiveInt, type GlobalOptions } from '../context.js';
import { formatBytes, type Output } from '../output.js';
import { writeSyntheticVideo } from '../synthetic-video.js';
import { uploadWithProgress } from './files.js';
import { safeText } from '../safe-text.js';
import { checkOutFolder, downloadOutputs, printDownloads, shortPath, waitForJob } from './job-flow.js';
import { DEMO_OUTPUTS, printPreviewHint } from './preview.js';
import { cliName } from '../invocation.js';

interface DemoOptions {
  real?: boolean;
  video?: string;
  out: string;
  jobDurationMs: number;
}

// The sandbox's job lasts 4 s by default, long enough to watch its progress bar; shorter, the
// demo runs quicker (as in the tests).
export function demoCommand(): Command {
  return new Command('demo')
    .description('the whole single-camera flow: upload, take, job, wait, download (on a local sandbox unless --real)')
    .option('--real', 'use the real API (needs MOVE_UGC_API_KEY or --api-key)')
    .option('--video <path>', 'video to upload (default: a small generated one)')
    .option('--out <dir>', 'where to write the outputs', 'move-ugc-output')
    .option('--job-duration-ms <n>', "how long the sandbox's job takes", positiveInt('--job-duration-ms'), 4000)
    .action(async (o: DemoOptions, cmd: Command) => {
      const globals = cmd.optsWithGlobals<GlobalOptions>();
      const out = outputFor(cmd);
      let sandbox: Sandbox | undefined;
      let ugc: MoveUgc;
      const signal = interruptSignal();
      if (o.real) {
        ugc = contextFor(cmd).ugc;
        out.note(`Using the real API at ${ugc.endpoint}`);
      } else {
        sandbox = await createSandbox({ jobDurationMs: o.jobDurationMs });
        ugc = new MoveUgc({ apiKey: sandbox.apiKey, endpoint: sandbox.url });
        out.note(`Using a local sandbox at ${sandbox.url}`);
        if (globals.apiKey || process.env.MOVE_UGC_API_KEY) out.note('(add --real to use the real API with your key)');
      }
      const scratch = await mkdtemp(join(tmpdir(), 'move-ugc-demo-'));
      try {
        await run(ugc, out, o, scratch, signal, sandbox !== undefined);
      } finally {
        await rm(scratch, { recursive: true, force: true });
        await sandbox?.close();
      }
    });
}

async function run(ugc: MoveUgc, out: Output, o: DemoOptions, scratch: string, signal: AbortSignal, onSandbox: boolean): Promise<void> {
  const step = (n: number, text: string) => out.note(`${out.bold(`[${n}/5]`)} ${text}`);
  await checkOutFolder(resolve(o.out));
  let video = o.video;
  if (!video) {
    video = join(scratch, 'demo-video.mp4');
    const bytes = await writeSyntheticVideo(video);
    out.note(`No --video given: generated ${formatBytes(bytes)} of stand-in video bytes`);
  }

  step(1, `Uploading ${o.video ? shortPath(resolve(o.video)) : 'the generated video'}`);
  const file = await uploadWithProgress(ugc, out, video, { type: 'mp4', signal });
  step(2, `Creating a take from file ${safeText(file.id)}`);
  const take = await ugc.takes.createSingleCam(
    { sources: [{ fileId: file.id, deviceLabel: 'demo-camera', format: 'MP4' }], name: 'move-ugc demo' },
    { signal },
  );
  step(3, `Starting a job on take ${safeText(take.id)}`);
  const job = await ugc.jobs.createSingleCam({ takeId: take.id, name: 'move-ugc demo', outputs: DEMO_OUTPUTS }, { signal });
  step(4, `Waiting for job ${safeText(job.id)}`);
  const done = await waitForJob(ugc, out, { id: job.id, signal }, !onSandbox);
  const outDir = resolve(o.out);
  step(5, `Downloading ${done.outputs?.length ?? 0} outputs into ${shortPath(outDir)}`);
  const files = await downloadOutputs(ugc, out, job.id, outDir, signal);

  if (out.json) return out.result({ file, take, job: done, downloads: files });
  out.line('');
  out.line(out.green(`Job ${safeText(job.id)} finished: ${files.length} outputs downloaded`));
  printDownloads(out, files, outDir);
  if (onSandbox) for (const line of await standInNote(files)) out.line(line);
  printPreviewHint(out, files);
}

/**
 * Says plainly what the sandbox's files are. Which ones are genuine files of their format is
 * looked up in the bytes, so the note stays true as the sandbox's outputs improve.
 */
async function standInNote(files: JobOutputDownload[]): Promise<string[]> {
  const genuine: string[] = [];
  for (const f of files) if (await isGenuine(f)) genuine.push(`${f.key?.toUpperCase() ?? f.path} (${FORMATS[f.format ?? '']})`);
  const lines = ['', 'These are sandbox stand-ins, not motion capture of your video.'];
  if (genuine.length === 0) lines.push('Each file only names the output it stands in for.');
  else lines.push(`Valid files you can open: ${genuine.join(', ')};`, 'the others only name the output they stand in for.');
  // Two lines: with `npx ` in front, one would pass 80 columns.
  lines.push('Real results: set MOVE_UGC_API_KEY, then run', `  ${cliName()} demo --real --video <clip>`);
  return lines;
}

const FORMATS: Record<string, string> = { json: 'JSON', glb: 'glTF binary' };

async function isGenuine(file: JobOutputDownload): Promise<boolean> {
  if (file.format !== 'json' && file.format !== 'glb') return false;
  const bytes = await readFile(file.path);
  if (file.format === 'glb') return bytes.subarray(0, 4).toString('latin1') === 'glTF';
  try {
    JSON.parse(bytes.toString('utf8'));
    return true;
  } catch {
    return false;
  }
}
