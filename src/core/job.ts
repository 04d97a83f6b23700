import type { JobFieldsFragment } from '../generated/graphql.js';
import type { WithExpand } from './types.js';

// The job as the facade returns it. Defined here, below the resources, because `JobFailedError`
// carries one and the platform's downloads read one; src/resources/jobs.ts exports it to users.

/** Related objects a job call can include: `client`, `take`, `outputs`, `rig`, `inputs`. */
export type JobExpand = 'client' | 'take' | 'outputs' | 'rig' | 'inputs';

/** A job, with exactly the related objects named in `expand` present. */
export type Job<E extends JobExpand = never> = WithExpand<JobFieldsFragment, JobExpand, E>;
