import { describe, expectTypeOf, test } from 'vitest';
import type { Job, JobWaitAllProgress, MoveUgc } from '../../src/index.js';

declare const ugc: MoveUgc;

describe('retrieveMany and waitAll types', () => {
  test('retrieveMany: expand types each job like retrieve, null where an id is unknown', async () => {
    const plain = await ugc.jobs.retrieveMany({ ids: ['job-1'] });
    expectTypeOf(plain).toEqualTypeOf<(Job | null)[]>();
    const expanded = await ugc.jobs.retrieveMany({ ids: ['job-1'], expand: ['take'] });
    expectTypeOf(expanded).toEqualTypeOf<(Job<'take'> | null)[]>();
    // @ts-expect-error -- outputs was not expanded
    void expanded[0]?.outputs;
    // @ts-expect-error -- not a job field to expand
    void ugc.jobs.retrieveMany({ ids: [], expand: ['nope'] });
  });

  test('waitAll: every job with its outputs; progress counts per state', async () => {
    const jobs = await ugc.jobs.waitAll({
      ids: ['job-1'],
      onProgress: (p) => expectTypeOf(p).toEqualTypeOf<JobWaitAllProgress>(),
    });
    expectTypeOf(jobs).toEqualTypeOf<Job<'outputs'>[]>();
    expectTypeOf<JobWaitAllProgress['states']['FAILED']>().toEqualTypeOf<number>();
  });
});
