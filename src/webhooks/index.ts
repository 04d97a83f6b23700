export { verifyWebhook, type WebhookVerifyOptions, type WebhookRequestHeaders } from './verify.js';
export { signWebhook, generateWebhookSecret, type WebhookSignParams, type WebhookHeaders } from './sign.js';
export { WebhookVerificationError, type WebhookVerificationFailure } from './errors.js';
export {
  isWebhookEvent,
  type WebhookEvent,
  type KnownWebhookEvent,
  type KnownWebhookEventType,
  type UnknownWebhookEvent,
  type WebhookJobEvent,
  type WebhookJobData,
  type UgcJobCompletedEvent,
  type UgcJobFailedEvent,
  type JobStateCompletedEvent,
  type JobStateFailedEvent,
  type JobStateStartedEvent,
} from './events.js';
