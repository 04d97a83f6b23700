import type { FaultPlan } from './faults.js';
import type { JobRecord, Store } from './store.js';
import { catalogueResolvers } from './resolvers/catalogue.js';
import { processingResolvers } from './resolvers/processing.js';
import { recordResolvers } from './resolvers/records.js';
import { views, type SandboxSettings } from './resolvers/views.js';
import { webhookResolvers, type DeliveryRuntime, type DeliverySettings } from './resolvers/webhooks.js';

export type { SandboxSettings } from './resolvers/views.js';

/** What the resolvers share with the server: deliveries made, timers and requests to cancel on close. */
export interface SandboxRuntime extends DeliveryRuntime {
  faults: FaultPlan;
  delivery: DeliverySettings;
}

/** Every root field of the schema, over the store. */
export function rootValue(
  store: Store,
  settings: SandboxSettings,
  runtime: SandboxRuntime,
): Record<string, (args: Record<string, unknown>) => unknown> {
  const v = views(store, settings, (job) => webhooks.onJobEnded(job));
  const webhooks = webhookResolvers(store, runtime.delivery, runtime, v.client);

  /**
   * Wakes when the job should have ended and looks. The timer's clock and the wall clock can
   * disagree by a little, so if the job still reads unfinished it looks again shortly; whichever
   * look (this one or a client's read) first sees the end sends the webhooks, exactly once.
   */
  const watch = (job: JobRecord) => {
    if (runtime.closing.signal.aborted) return;
    const wait = Math.max(1, job.createdMs + settings.jobDurationMs - store.now());
    const timer = setTimeout(() => {
      runtime.timers.delete(timer);
      v.progressOfJob(job);
      if (!job.ended) watch(job);
    }, wait);
    timer.unref();
    runtime.timers.add(timer);
  };

  return {
    ...recordResolvers(store, settings, v),
    ...processingResolvers(store, v, { created: watch, lagsOutputs: () => runtime.faults.lagsOutputs() }),
    ...catalogueResolvers(),
    ...webhooks.resolvers,
  };
}
