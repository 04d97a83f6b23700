import { MoveUgcError } from '../core/errors.js';

/** Which check a webhook delivery failed. */
export type WebhookVerificationFailure =
  'invalid_secret' | 'missing_header' | 'invalid_timestamp' | 'timestamp_out_of_tolerance' | 'no_matching_signature' | 'invalid_payload';

/**
 * A webhook delivery could not be trusted or understood: treat it as not sent by Move and answer
 * 400. The message names the failed check; it never holds the secret or a computed signature.
 */
export class WebhookVerificationError extends MoveUgcError {
  static override readonly 'move-ugc.error': string = 'WebhookVerificationError';

  constructor(
    readonly reason: WebhookVerificationFailure,
    message: string,
  ) {
    super(message);
  }
}
