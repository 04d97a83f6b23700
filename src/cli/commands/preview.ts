import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Command, InvalidArgumentError } from 'commander';
import { MoveUgcError, type JobOutputDownload, type OutputType } from '../../index.js';
import { looksLikeGlb, startPreviewServer } from '../../viewer/server.js';
import { contextFor, interruptExitCode, interruptSignal, outputFor, UsageError } from '../context.js';
import { formatBytes, type Output } from '../output.js';
import { cliName } from '../invocation.js';

interface PreviewOptions {
  port?: number;
  open: boolean;
}

export function previewCommand(): Command {
  return new Command('preview')
    .description("play an animation in the browser: a job's MAIN_GLB output, a local .glb file, or the newest .glb in a folder")
    .argument('<job-id|file.glb|folder>', "a job id, the path of a .glb file, or a folder holding one (e.g. the demo's move-ugc-output)")
    .option('--port <n>', 'port on 127.0.0.1 (default: a free one)', port)
    .option('--no-open', 'print the URL without opening a browser')
    .action(async (target: string, o: PreviewOptions, cmd: Command) => {
      const out = outputFor(cmd);
      const signal = interruptSignal();
      const { glb, title } = isFile(target) ? await readGlb(target) : await downloadJobGlb(cmd, out, target, signal);
      const script = await readFile(viewerScript()).catch(() => {
        throw new MoveUgcError(`The preview page's script is missing (${viewerScript()}): build the package with \`npm run build\``);
      });
      const server = await startPreviewServer({ glb, title, script, ...(o.port === undefined ? {} : { port: o.port }) });
      if (out.json) out.result({ url: server.url, source: target });
      else out.line(`Previewing ${title} at ${out.bold(server.url)}`);
      out.note('Press Ctrl-C to stop.');
      if (o.open) openBrowser(server.url, out);
      await new Promise<void>((resolve) =>
        signal.aborted ? resolve() : signal.addEventListener('abort', () => resolve(), { once: true }),
      );
      await server.close();
      out.note('Preview stopped.');
      process.exitCode = interruptExitCode();
    });
}

/** What the demo asks for: MAIN_GLB so that it can offer the preview, and six other kinds of file. */
export const DEMO_OUTPUTS: OutputType[] = ['MAIN_GLB', 'MOTION_DATA', 'MAIN_FBX', 'MAIN_USDC', 'MAIN_USDZ', 'MAIN_BLEND', 'RENDER_VIDEO'];

/**
 * The demo's last line: the command that plays the GLB it downloaded. A file path, not the job id:
 * the demo's sandbox (and its jobs) stop with the demo, the downloaded file stays.
 */
export function printPreviewHint(out: Output, files: readonly JobOutputDownload[]): void {
  const glb = files.find((f) => f.format?.toLowerCase() === 'glb' || f.path.toLowerCase().endsWith('.glb'));
  if (!glb) return;
  // The folder, not the file: a job id makes the file's name too long for an 80-column line.
  const folder = relative(process.cwd(), dirname(glb.path));
  out.line('');
  out.line(`See the motion: ${out.bold(`${cliName()} preview ${folder.startsWith('..') || folder === '' ? dirname(glb.path) : folder}`)}`);
}

function isFile(target: string): boolean {
  return /\.glb$/i.test(target) || target.includes('/') || target.includes('\\') || existsSync(target);
}

/** A .glb path as given, or the newest .glb in a folder (the demo downloads into one). */
async function glbIn(target: string): Promise<string> {
  if (!(await stat(target).catch(() => undefined))?.isDirectory()) return target;
  const names = (await readdir(target)).filter((name) => /\.glb$/i.test(name));
  const found = await Promise.all(
    names.map(async (name) => ({ path: join(target, name), mtime: (await stat(join(target, name))).mtimeMs })),
  );
  const newest = found.sort((a, b) => b.mtime - a.mtime)[0];
  if (!newest) throw new UsageError(`${target} holds no .glb file: give a .glb file or a job id`);
  return newest.path;
}

async function readGlb(target: string): Promise<{ glb: Uint8Array; title: string }> {
  const path = await glbIn(target);
  const glb = await readFile(path).catch((error: NodeJS.ErrnoException) => {
    throw new UsageError(`cannot read ${path}: ${error.code === 'ENOENT' ? 'no such file' : error.message}`);
  });
  if (!looksLikeGlb(glb)) throw new UsageError(`${path} is not a GLB (binary glTF 2.0) file`);
  return { glb, title: basename(path) };
}

async function downloadJobGlb(cmd: Command, out: Output, id: string, signal: AbortSignal): Promise<{ glb: Uint8Array; title: string }> {
  const { ugc } = contextFor(cmd);
  const job = await ugc.jobs.retrieve({ id, expand: ['outputs'] }, { signal });
  if (job.state !== 'FINISHED') {
    throw new MoveUgcError(`Job ${id} is ${job.state ?? 'not finished'}: wait for it (\`${cliName()} jobs wait ${id}\`), then preview it`);
  }
  const outputs = (job.outputs ?? []).filter((o) => o !== null);
  const output = outputs.find((o) => o.key?.toLowerCase() === 'main_glb' || (o.format ?? o.file.type)?.toLowerCase() === 'glb');
  if (!output) {
    const has = outputs.map((o) => o.key ?? o.format).join(', ') || 'none';
    throw new MoveUgcError(
      `Job ${id} has no MAIN_GLB output (it has: ${has}). Request it when creating the job: ` +
        `\`${cliName()} jobs create <take-id> --outputs MAIN_GLB,MAIN_FBX\``,
    );
  }
  const dir = await mkdtemp(join(tmpdir(), 'move-ugc-preview-'));
  try {
    const { path, bytes } = await ugc.files.download(output.file, join(dir, 'model.glb'), { signal });
    out.note(`Downloaded the MAIN_GLB output of job ${id} (${formatBytes(bytes)})`);
    const glb = await readFile(path);
    if (!looksLikeGlb(glb)) throw new MoveUgcError(`The MAIN_GLB output of job ${id} is not a GLB (binary glTF 2.0) file`);
    return { glb, title: `job ${id}` };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

// Bundled beside the CLI at build time (tsup.config.ts), with three.js inside it.
function viewerScript(): string {
  return fileURLToPath(new URL('./viewer/viewer.js', import.meta.url));
}

function openBrowser(url: string, out: Output): void {
  const [command, args] =
    process.platform === 'darwin'
      ? ['open', [url]]
      : process.platform === 'win32'
        ? ['cmd', ['/c', 'start', '""', url]]
        : ['xdg-open', [url]];
  const failed = () => out.note(`Could not open a browser: open ${url} yourself`);
  try {
    const child = spawn(command, args, { stdio: 'ignore', detached: true });
    child.on('error', failed);
    child.on('exit', (code) => code !== 0 && failed());
    child.unref();
  } catch {
    failed();
  }
}

function port(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 65_535)
    throw new InvalidArgumentError(`--port must be a whole number from 0 to 65535, got ${value}`);
  return n;
}
