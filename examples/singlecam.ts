// The single-camera flow as a function you can call with any client: against the API, or against
// the sandbox in your tests (test/examples/singlecam.test.ts does exactly that).
import { pathToFileURL } from 'node:url';
import { MoveUgc, type JobOutputDownload, type UploadSource } from 'move-ugc';

export interface SingleCamRun {
  jobId: string;
  outputs: JobOutputDownload[];
}

export async function runSingleCam(ugc: MoveUgc, video: UploadSource, outDir: string): Promise<SingleCamRun> {
  const file = await ugc.files.upload(video, { type: 'mp4', name: 'dance' });
  const take = await ugc.takes.createSingleCam({
    sources: [{ fileId: file.id, deviceLabel: 'phone', format: 'MP4' }],
  });
  const job = await ugc.jobs.createSingleCam({
    takeId: take.id,
    outputs: ['MAIN_FBX', 'MAIN_GLB', 'RENDER_VIDEO'],
    metadata: { source: 'examples/singlecam.ts' },
  });

  await ugc.jobs.wait({
    id: job.id,
    intervalMs: 2_000,
    onProgress: ({ state, percentageComplete }) => console.log(`${job.id}: ${state} ${percentageComplete ?? 0}%`),
  });
  const outputs = await ugc.jobs.downloadOutputs({ id: job.id }, outDir);
  return { jobId: job.id, outputs };
}

// Run as a script: reads MOVE_UGC_API_KEY and MOVE_UGC_ENDPOINT_URL, and the video path from argv.
export async function main(argv: string[]): Promise<void> {
  const [video = './dance.mp4', outDir = './move-ugc-output'] = argv;
  const { jobId, outputs } = await runSingleCam(new MoveUgc(), video, outDir);
  console.log(`job ${jobId} done`);
  for (const o of outputs) console.log(`${o.key ?? '?'}\t${o.format ?? ''}\t${o.bytes} bytes\t${o.path}`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main(process.argv.slice(2));
