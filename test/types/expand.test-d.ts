import { describe, expectTypeOf, test } from 'vitest';
import type { Job, JsonValue, MoveUgc, Page } from '../../src/index.js';

declare const ugc: MoveUgc;

describe('expand decides the result type', () => {
  test('no expand: related objects are absent from the type', async () => {
    const job = await ugc.jobs.retrieve({ id: 'job-1' });
    expectTypeOf(job).toEqualTypeOf<Job>();
    expectTypeOf(job).not.toHaveProperty('take');
    expectTypeOf(job).not.toHaveProperty('outputs');
    // @ts-expect-error -- take was not expanded
    void job.take;
    expectTypeOf(job.created).toEqualTypeOf<Date | null>();
    expectTypeOf(job.metadata).toEqualTypeOf<JsonValue>();
  });

  test('expanded fields are present keys, the rest stay absent', async () => {
    const job = await ugc.jobs.retrieve({ id: 'job-1', expand: ['take', 'client'] });
    expectTypeOf(job).toHaveProperty('take');
    expectTypeOf(job).toHaveProperty('client');
    expectTypeOf(job.client.created).toEqualTypeOf<Date>();
    expectTypeOf(job.take).toEqualTypeOf<{
      id: string;
      name: string | null;
      created: Date;
      metadata: JsonValue;
      takeType: 'MULTI_CAM' | 'SINGLE_CAM' | null;
    } | null>();
    // @ts-expect-error -- outputs was not expanded
    void job.outputs;
    // @ts-expect-error -- rig was not expanded
    void job.rig;
  });

  test('every method follows expand', async () => {
    const created = await ugc.jobs.createSingleCam({ takeId: 't', expand: ['outputs'] });
    expectTypeOf(created).toHaveProperty('outputs');
    // @ts-expect-error -- inputs was not expanded
    void created.inputs;
    const multi = await ugc.jobs.createMultiCam({ takeId: 't', numberOfActors: 1, expand: ['rig'] });
    expectTypeOf(multi.rig).toEqualTypeOf<{ name: string } | null>();
    const updated = await ugc.jobs.update({ id: 'j', expand: ['inputs'] });
    expectTypeOf(updated).toHaveProperty('inputs');
    const page = await ugc.jobs.list({ expand: ['client'] });
    expectTypeOf(page).toEqualTypeOf<Page<Job<'client'>>>();
    expectTypeOf(page.nextToken).toEqualTypeOf<string | null>();
    for await (const job of ugc.jobs.list({ expand: ['take'] })) {
      expectTypeOf(job).toEqualTypeOf<Job<'take'>>();
    }
  });

  test('bad input is a type error', () => {
    // @ts-expect-error -- not an expand value
    void ugc.jobs.retrieve({ id: 'j', expand: ['volume'] });
    // @ts-expect-error -- not an output type
    void ugc.jobs.createSingleCam({ takeId: 't', outputs: ['MAIN_PDF'] });
    // @ts-expect-error -- numberOfActors is required for multicam
    void ugc.jobs.createMultiCam({ takeId: 't' });
    // @ts-expect-error -- sortBy is ASC or DESC
    void ugc.jobs.list({ sortBy: 'UP' });
  });
});
