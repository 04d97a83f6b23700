// Many clips at once: start a job per take, then follow them all with one request per poll
// (`waitAll` reads up to 50 jobs a request) instead of one per job. A clip that fails does not
// fail the batch: FAILED jobs come back with the others.
import { MoveUgc } from 'move-ugc';

export async function processTakes(ugc: MoveUgc, takeIds: string[], outDir: string): Promise<string[]> {
  const started = await Promise.all(takeIds.map((takeId) => ugc.jobs.createSingleCam({ takeId, outputs: ['MAIN_FBX'] })));

  const jobs = await ugc.jobs.waitAll({
    ids: started.map((job) => job.id),
    intervalMs: 10_000,
    onProgress: ({ done, total, states }) => console.log(`${done}/${total} done, ${states.FAILED} failed`),
  });
  for (const job of jobs.filter((j) => j.state === 'FINISHED')) {
    await ugc.jobs.downloadOutputs({ id: job.id }, outDir);
  }
  return jobs.filter((j) => j.state === 'FAILED').map((j) => j.id);
}

// Reading many jobs by id: nulls where an id does not exist, 50 jobs per request.
export async function states(ugc: MoveUgc, ids: string[]): Promise<(string | null)[]> {
  const jobs = await ugc.jobs.retrieveMany({ ids });
  return jobs.map((job) => job?.state ?? null);
}
