import { randomBytes } from 'node:crypto';
import { writeFile } from 'node:fs/promises';

/**
 * Writes a small stand-in for a phone video: an MP4 container header followed by noise. The sandbox
 * stores bytes without decoding them, so the demo needs no camera and no video tools.
 */
export async function writeSyntheticVideo(path: string, bytes = 256 * 1024): Promise<number> {
  const ftyp = box('ftyp', Buffer.concat([Buffer.from('isom'), u32(512), Buffer.from('isomiso2avc1mp41')]));
  const mdat = box('mdat', randomBytes(Math.max(0, bytes - ftyp.length - 8)));
  const file = Buffer.concat([ftyp, mdat]);
  await writeFile(path, file);
  return file.length;
}

function box(type: string, payload: Buffer): Buffer {
  return Buffer.concat([u32(payload.length + 8), Buffer.from(type, 'latin1'), payload]);
}

function u32(n: number): Buffer {
  const b = Buffer.alloc(4);
  b.writeUInt32BE(n);
  return b;
}
