import { stat } from 'node:fs/promises';
import { basename, dirname, extname } from 'node:path';
import { Command } from 'commander';
import type { MoveUgc } from '../../index.js';
import { CliError, contextFor, json } from '../context.js';
import type { Output } from '../output.js';
import { progress } from '../progress.js';
import { addGet, addUpdate, given } from './shared.js';

export function filesCommand(): Command {
  const files = new Command('files').description('upload, inspect, share and download files');

  files
    .command('upload <path>')
    .description('upload a video (or any file) and print the new file')
    .option('--type <type>', 'file type, e.g. mp4 (default: the file extension)')
    .option('--name <name>', 'file name (default: the base name)')
    .option('--metadata <json>', 'any JSON to store with the file', json('--metadata'))
    .action(async (path: string, o: { type?: string; name?: string; metadata?: unknown }, cmd: Command) => {
      const { ugc, out, signal } = contextFor(cmd);
      out.result(await uploadWithProgress(ugc, out, path, { ...o, signal }));
    });

  addGet(files, 'file', 'client', (ugc) => ugc.files.retrieve.bind(ugc.files));
  addUpdate(files, 'file', (ugc) => ugc.files.update.bind(ugc.files));

  files
    .command('download <id> <destination>')
    .description('download a file (written via a temporary file: never a partial one)')
    .option('--overwrite', 'replace an existing file at the destination')
    .option('--no-resume', 'start over instead of continuing the part an interrupted download left')
    .action(async (id: string, destination: string, o: { overwrite?: boolean; resume?: boolean }, cmd: Command) => {
      const { ugc, out, signal } = contextFor(cmd);
      await checkFolder(dirname(destination));
      let bar: ReturnType<typeof progress> | undefined;
      try {
        const result = await ugc.files.download(id, destination, {
          signal,
          overwrite: o.overwrite === true,
          resume: o.resume !== false,
          onProgress: ({ bytes, total }) => (bar ??= progress(out, 'Download', total ?? 0, 'bytes')).update(bytes),
        });
        out.result(result);
      } finally {
        bar?.stop();
      }
    });

  files
    .command('share <id>')
    .description('make a short-lived public link to a file')
    .action(async (id: string, _o: unknown, cmd: Command) => {
      const { ugc, out, signal } = contextFor(cmd);
      out.result(await ugc.files.createShareCode({ fileId: id }, { signal }));
    });

  return files;
}

export async function uploadWithProgress(
  ugc: MoveUgc,
  out: Output,
  path: string,
  o: { type?: string; name?: string; metadata?: unknown; signal: AbortSignal },
) {
  const size = await fileSize(path);
  const bar = progress(out, 'Upload', size, 'bytes');
  try {
    return await ugc.files.upload(path, {
      type: o.type ?? (extname(path).slice(1).toLowerCase() || 'bin'),
      name: o.name ?? basename(path),
      ...given({ metadata: o.metadata as never }),
      signal: o.signal,
      onProgress: ({ bytes }) => bar.update(bytes),
    });
  } finally {
    bar.stop();
  }
}

// The CLI looks at local paths itself before any request, so a typo is told as a typo, never as a
// network problem, whatever the library version underneath.

async function fileSize(path: string): Promise<number> {
  const info = await stat(path).catch((error: NodeJS.ErrnoException) => {
    throw new CliError(`${path} ${error.code === 'ENOENT' ? 'does not exist' : `cannot be read (${error.code ?? error.message})`}`, 2);
  });
  if (info.isDirectory()) throw new CliError(`${path} is a folder: give the path of a video file inside it`, 2);
  return info.size;
}

async function checkFolder(folder: string): Promise<void> {
  const info = await stat(folder).catch(() => undefined);
  if (!info) throw new CliError(`the folder ${folder} does not exist: create it first (mkdir -p ${folder})`, 2);
  if (!info.isDirectory()) throw new CliError(`${folder} is a file, not a folder: choose another destination`, 2);
}
