import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import { dirname, resolve } from 'node:path';

// What a resumable download keeps beside its `.part` file: what storage said of the whole file
// when the part began. A later answer continues the part only if it is of that same whole.

/** The kept part of a download: its length so far, and the whole it is part of. */
export interface KeptPart {
  bytes: number;
  etag: string | null;
  total: number;
}

/** The fixed `.part` name of a resumable download to `target`: short, whatever the target's name. */
export function partPath(target: string): string {
  const id = createHash('sha256').update(resolve(target)).digest('hex').slice(0, 16);
  return resolve(dirname(target), `.move-ugc-${id}.part`);
}

export const metaPath = (part: string) => `${part}.json`;

/** The part kept at `part`, when there is one to continue: a length and a whole to check it against. */
export async function readPart(part: string): Promise<KeptPart | undefined> {
  try {
    const meta = JSON.parse(await fs.readFile(metaPath(part), 'utf8')) as { etag?: unknown; total?: unknown };
    const { size } = await fs.stat(part);
    const total = meta.total;
    if (typeof total !== 'number' || !Number.isSafeInteger(total) || size === 0 || size >= total) return undefined;
    return { bytes: size, total, etag: typeof meta.etag === 'string' ? meta.etag : null };
  } catch {
    return undefined;
  }
}

/** Notes the whole a part belongs to, before its first byte is written. */
export async function writeMeta(part: string, meta: { etag: string | null; total: number | null }): Promise<void> {
  if (meta.total === null) return fs.rm(metaPath(part), { force: true });
  await fs.writeFile(metaPath(part), JSON.stringify(meta));
}

/** The headers that ask for the rest of a kept part: `If-Range` takes only a strong ETag. */
export function rangeHeaders(kept: KeptPart | undefined): Record<string, string> {
  if (!kept) return {};
  return { range: `bytes=${kept.bytes}-`, ...(kept.etag && !kept.etag.startsWith('W/') ? { 'if-range': kept.etag } : {}) };
}

/** `Content-Range: bytes start-end/total`, as numbers. */
export function contentRange(header: string | undefined): { start: number; total: number } | undefined {
  const m = /^bytes (\d+)-(\d+)\/(\d+)$/.exec(header?.trim() ?? '');
  return m ? { start: Number(m[1]), total: Number(m[3]) } : undefined;
}

export const etagOf = (res: { headers: Record<string, string | undefined> }): string | null => res.headers.etag ?? null;

export function lengthOf(header: string | undefined): number | null {
  return header === undefined || !/^\d+$/.test(header) ? null : Number(header);
}
