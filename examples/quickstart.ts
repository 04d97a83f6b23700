// The whole single-camera flow in a few lines: upload a video, make a take, run a job, wait for
// it and download what it made. Reads MOVE_UGC_API_KEY (and MOVE_UGC_ENDPOINT_URL, if set).
import { MoveUgc } from 'move-ugc';

const ugc = new MoveUgc();

const video = await ugc.files.upload('./dance.mp4', { type: 'mp4' });
const take = await ugc.takes.createSingleCam({
  sources: [{ fileId: video.id, deviceLabel: 'phone', format: 'MP4' }],
});
const job = await ugc.jobs.createSingleCam({ takeId: take.id, outputs: ['MAIN_FBX', 'RENDER_VIDEO'] });

const done = await ugc.jobs.wait({ id: job.id });
const files = await ugc.jobs.downloadOutputs({ id: done.id }, './move-ugc-output');
for (const file of files) console.log(file.key, file.path, file.bytes);
