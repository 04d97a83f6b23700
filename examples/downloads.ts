// Downloading a finished job's outputs: nothing already on disk is replaced unless asked, storage
// that goes quiet fails the call instead of hanging it, and every file lands inside `dir`.
import { TransferError, type MoveUgc } from 'move-ugc';

export async function downloadResults(ugc: MoveUgc, jobId: string, dir: string, replace = false) {
  try {
    const files = await ugc.jobs.downloadOutputs({ id: jobId }, dir, {
      overwrite: replace, // without it, a name already taken in `dir` fails the call before any download
      timeoutMs: 30_000, // TimeoutError once no byte has moved for 30 s
      onProgress: ({ key, bytes, total }) => console.log(`${key}: ${bytes} of ${total ?? '?'} bytes`),
    });
    for (const f of files)
      if (f.complete === 'unknown') console.warn(`${f.path}: storage sent no length to check ${f.bytes} bytes against`);
    return files;
  } catch (err) {
    if (err instanceof TransferError && err.code === 'EEXIST') console.error(`${err.path} is already there: pass replace to overwrite it`);
    throw err;
  }
}
