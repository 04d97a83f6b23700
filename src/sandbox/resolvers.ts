import type { Store } from './store.js';
import { catalogueResolvers } from './resolvers/catalogue.js';
import { processingResolvers } from './resolvers/processing.js';
import { recordResolvers } from './resolvers/records.js';
import { views, type SandboxSettings } from './resolvers/views.js';
import { webhookResolvers, type WebhookDelivery } from './resolvers/webhooks.js';

export type { SandboxSettings } from './resolvers/views.js';

/** What the resolvers share with the server: deliveries made, and timers to clear on close. */
export interface SandboxRuntime {
  deliveries: WebhookDelivery[];
  timers: Set<NodeJS.Timeout>;
}

/** Every root field of the schema, over the store. */
export function rootValue(
  store: Store,
  settings: SandboxSettings,
  runtime: SandboxRuntime,
): Record<string, (args: Record<string, unknown>) => unknown> {
  const v = views(store, settings);
  const webhooks = webhookResolvers(store, settings, runtime.deliveries, runtime.timers);
  return {
    ...recordResolvers(store, settings, v),
    ...processingResolvers(store, v, webhooks.onJobCreated),
    ...catalogueResolvers(),
    ...webhooks.resolvers,
  };
}
