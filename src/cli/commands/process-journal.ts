import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { rmSync } from 'node:fs';
import { open, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { CliError } from '../context.js';

// What `move-ugc process` has done, kept in DIR so a run that was killed at any moment can go on
// where it stopped. Each clip is keyed by its content's sha256, not its path: a renamed or moved
// video is still the same clip, and two copies of one video are one clip.

export const JOURNAL_NAME = '.move-ugc-journal.json';

export interface OutputRecord {
  key: string;
  /** File name inside DIR. */
  name: string;
  bytes: number;
}

export interface ClipRecord {
  /** The video path as last given. */
  video: string;
  /** File-name stem of this clip's outputs in DIR. */
  stem: string;
  /** Set once the bytes are uploaded, never before: a clip with a fileId is never uploaded again. */
  fileId?: string;
  takeId?: string;
  jobId?: string;
  /** Jobs of this clip that FAILED; a re-run starts a new job and never reuses these. */
  failedJobIds?: string[];
  /** FINISHED or FAILED, once the job is. */
  state?: 'FINISHED' | 'FAILED';
  /** Outputs downloaded completely into DIR. */
  outputs?: OutputRecord[];
  /** True once every output is downloaded. */
  complete?: boolean;
  /** The last failure, cleared when the clip goes on. */
  error?: string;
  /** The output being downloaded: a file of this name in DIR is this clip's own, left by a killed run. */
  downloading?: string;
}

interface JournalFile {
  version: 1;
  clips: Record<string, ClipRecord>;
}

export class Journal {
  readonly path: string;
  readonly #clips: Record<string, ClipRecord>;
  #writing: Promise<void> = Promise.resolve();

  private constructor(path: string, clips: Record<string, ClipRecord>) {
    this.path = path;
    this.#clips = clips;
  }

  static async open(dir: string): Promise<Journal> {
    const path = join(dir, JOURNAL_NAME);
    await lock(`${path}.lock`, dir);
    await removeStaleTemps(dir);
    let text: string;
    try {
      text = await readFile(path, 'utf8');
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return new Journal(path, {});
      throw err;
    }
    let parsed: JournalFile;
    try {
      parsed = JSON.parse(text) as JournalFile;
    } catch (err) {
      throw new Error(
        `${path} is not a readable move-ugc journal (${(err as Error).message}): move it aside to start over, which may repeat finished work`,
      );
    }
    if (parsed?.version !== 1 || typeof parsed.clips !== 'object') throw new Error(`${path} is not a move-ugc journal (version 1)`);
    return new Journal(path, parsed.clips);
  }

  /** Output file-name stems taken by clips of this or earlier runs. */
  stems(): Set<string> {
    return new Set(Object.values(this.#clips).map((c) => c.stem));
  }

  /** Applies `change` to a clip and writes the journal before resolving. */
  async update(hash: string, change: (clip: ClipRecord) => void, create?: () => ClipRecord): Promise<ClipRecord> {
    const clip = (this.#clips[hash] ??= create!());
    change(clip);
    await this.#save();
    return clip;
  }

  // Writes go one at a time, each a whole new file renamed over the old: a kill at any moment
  // leaves either the previous journal or the new one, never half of one.
  #save(): Promise<void> {
    const text = `${JSON.stringify({ version: 1, clips: this.#clips } satisfies JournalFile, null, 2)}\n`;
    const write = async () => {
      const temp = `${this.path}.${process.pid}.tmp`;
      const handle = await open(temp, 'w');
      try {
        await handle.writeFile(text);
        await handle.sync();
      } finally {
        await handle.close();
      }
      await rename(temp, this.path).catch(async (err: unknown) => {
        await rm(temp, { force: true });
        throw err;
      });
    };
    this.#writing = this.#writing.then(write, write);
    return this.#writing;
  }
}

/** The sha256 of a file's content, streamed. */
export async function hashFile(path: string, signal: AbortSignal): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path, { highWaterMark: 1024 * 1024, signal })) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

/**
 * Makes this process the only one working in DIR: two runs on one journal would each upload, start
 * a job for the same clip and overwrite each other's records. The lock holds the owner's pid; one
 * whose owner is gone (a SIGKILL) is taken over. It goes when the process exits.
 */
async function lock(path: string, dir: string): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    try {
      await writeFile(path, `${process.pid}\n`, { flag: 'wx' });
      process.on('exit', () => rmSync(path, { force: true }));
      return;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST' || attempt > 0) throw err;
    }
    const owner = Number((await readFile(path, 'utf8').catch(() => '')).trim());
    if (Number.isInteger(owner) && owner > 0 && owner !== process.pid && alive(owner)) {
      throw new CliError(`another move-ugc process (pid ${owner}) is working in ${dir}: let it finish, or stop it, and run again`, 2);
    }
    await rm(path, { force: true });
  }
}

/**
 * Removes the `.move-ugc-journal.json.<pid>.tmp` files that runs killed mid-write left. Only the
 * lock's holder writes the journal, and this process holds it now: every such file is stale.
 */
async function removeStaleTemps(dir: string): Promise<void> {
  const pattern = new RegExp(`^${JOURNAL_NAME.replaceAll('.', '\\.')}\\.\\d+\\.tmp$`);
  const names = await readdir(dir).catch(() => [] as string[]);
  await Promise.all(names.filter((n) => pattern.test(n)).map((n) => rm(join(dir, n), { force: true }).catch(() => {})));
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}
