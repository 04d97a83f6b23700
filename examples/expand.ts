// `expand` names the related objects to include, and the result type follows it.
import { MoveUgc, type Job } from 'move-ugc';

const ugc = new MoveUgc();

const plain = await ugc.jobs.retrieve({ id: 'job-…' });
// plain.outputs would not compile: outputs were not asked for, so the key is absent.
console.log(plain.state, plain.progress?.percentageComplete);

const job = await ugc.jobs.retrieve({ id: 'job-…', expand: ['take', 'outputs'] });
console.log(job.take?.id, job.outputs?.length);

// Metadata comes back as parsed JSON, timestamps as Date.
console.log(job.metadata, job.created?.toISOString());

// Name a result type the same way: Job<'outputs'> is a job with its outputs.
function outputUrls(finished: Job<'outputs'>): string[] {
  return (finished.outputs ?? []).flatMap((output) => (output?.file.presignedUrl ? [output.file.presignedUrl] : []));
}
console.log(outputUrls(job));
