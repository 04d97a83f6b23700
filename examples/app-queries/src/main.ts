// Runs the app's own query (src/queries/recentJobs.graphql, typed by `npm run codegen`) through the
// SDK and through its urql client, against a local sandbox.
import { MoveUgc } from 'move-ugc';
import { createSandbox } from 'move-ugc/sandbox';
import { RecentJobsDocument } from './generated/ugc.js';

const sandbox = await createSandbox({ jobDurationMs: 0 });
try {
  const ugc = new MoveUgc({ apiKey: sandbox.apiKey, endpoint: sandbox.url });
  const file = await ugc.files.upload(new TextEncoder().encode('clip'), { type: 'mp4' });
  const take = await ugc.takes.createSingleCam({ name: 'warm-up', sources: [{ fileId: file.id, deviceLabel: 'cam', format: 'MP4' }] });
  await ugc.jobs.createSingleCam({ takeId: take.id, name: 'first', metadata: { shot: 1 } });

  // Through the SDK: same key, retries and typed errors; timestamps as Date, metadata as values.
  const { listJobs } = await ugc.request(RecentJobsDocument, { first: 5 });
  for (const job of listJobs?.items ?? []) {
    const created: Date | null | undefined = job?.created;
    console.log(job?.name, job?.take?.name, created?.toISOString(), JSON.stringify(job?.metadata));
  }

  // Through the SDK's urql client (or your own, or urql's hooks): the same document, the same shape.
  const result = await ugc.urql.query(RecentJobsDocument, { first: 5 }).toPromise();
  if (result.error) throw result.error;
  const first = result.data?.listJobs?.items?.[0];
  console.log(`urql: ${result.data?.listJobs?.items?.length ?? 0} job(s), created ${first?.created?.toISOString()}`);
} finally {
  await sandbox.close();
}
