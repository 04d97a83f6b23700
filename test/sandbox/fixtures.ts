import type { Sandbox } from '../../src/sandbox/index.js';
import { data } from './raw.js';

/** An uploaded-in-name-only file and a single-camera take on it, over raw GraphQL. */
export async function singleCamTake(sandbox: Sandbox): Promise<{ fileId: string; takeId: string }> {
  const { createFile } = await data<{ createFile: { id: string } }>(sandbox, 'mutation { createFile(type: "mp4") { id } }');
  const { createSingleCamTake } = await data<{ createSingleCamTake: { id: string } }>(
    sandbox,
    'mutation($fileId: String!) { createSingleCamTake(sources: [{ deviceLabel: "cam", fileId: $fileId, format: MP4 }]) { id } }',
    { fileId: createFile.id },
  );
  return { fileId: createFile.id, takeId: createSingleCamTake.id };
}

export async function createJob(sandbox: Sandbox, takeId: string, metadata?: unknown): Promise<string> {
  const { createSingleCamJob } = await data<{ createSingleCamJob: { id: string } }>(
    sandbox,
    'mutation($takeId: String!, $metadata: AWSJSON) { createSingleCamJob(takeId: $takeId, metadata: $metadata, outputs: [MAIN_FBX]) { id } }',
    { takeId, metadata: metadata === undefined ? null : JSON.stringify(metadata) },
  );
  return createSingleCamJob.id;
}
