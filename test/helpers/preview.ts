import type { MoveUgc, OutputType } from '../../src/index.js';
import type { runCli } from '../cli/run-cli.js';

/** A FINISHED single-camera job with these outputs. */
export async function finishedJob(ugc: MoveUgc, outputs: OutputType[]): Promise<string> {
  const file = await ugc.files.create({ type: 'mp4' });
  const take = await ugc.takes.createSingleCam({ sources: [{ fileId: file.id, deviceLabel: 'cam', format: 'MP4' }] });
  const job = await ugc.jobs.createSingleCam({ takeId: take.id, outputs });
  await ugc.jobs.wait({ id: job.id, intervalMs: 20 });
  return job.id;
}

/** The URL a running `move-ugc preview` prints; rejects if it exits first. */
export function previewUrl(run: ReturnType<typeof runCli>): Promise<string> {
  return new Promise<string>((resolve, reject) => {
    let seen = '';
    run.child.stdout!.on('data', (d: Buffer) => {
      seen += d.toString();
      const match = /http:\/\/127\.0\.0\.1:\d+\//.exec(seen);
      if (match) resolve(match[0]);
    });
    void run.then((r) => reject(new Error(`preview exited ${r.code}: ${r.stderr}`)));
  });
}
