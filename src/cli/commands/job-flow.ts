import type { JobOutputDownload, MoveUgc } from '../../index.js';
import type { Output } from '../output.js';
import { progress } from '../progress.js';

/** jobs.wait with a live bar of state and percent. */
export async function waitForJob(
  ugc: MoveUgc,
  out: Output,
  params: { id: string; signal: AbortSignal; intervalMs?: number; timeoutMs?: number },
) {
  const bar = progress(out, 'Processing', 100, 'percent');
  try {
    return await ugc.jobs.wait({
      intervalMs: 1000,
      ...params,
      onProgress: ({ state, percentageComplete }) => bar.update(percentageComplete ?? 0, state ?? ''),
    });
  } finally {
    bar.stop();
  }
}

/** jobs.downloadOutputs with one bar per file. */
export async function downloadOutputs(
  ugc: MoveUgc,
  out: Output,
  id: string,
  dir: string,
  signal: AbortSignal,
  overwrite = false,
): Promise<JobOutputDownload[]> {
  let current: { key: string; bar: ReturnType<typeof progress> } | undefined;
  try {
    return await ugc.jobs.downloadOutputs({ id }, dir, {
      signal,
      overwrite,
      onProgress: ({ key, bytes, total }) => {
        if (current?.key !== key) {
          current?.bar.stop();
          current = { key, bar: progress(out, key, total ?? 0, 'bytes') };
        }
        current.bar.update(bytes);
      },
    });
  } finally {
    current?.bar.stop();
  }
}
