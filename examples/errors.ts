// Every failure is a MoveUgcError subclass; catch the ones you can act on.
import {
  ApiError,
  AuthenticationError,
  MoveUgc,
  MoveUgcError,
  NotFoundError,
  RateLimitError,
  TimeoutError,
  ValidationError,
} from 'move-ugc';

// No key, or a malformed one, is refused here, before any request: ValidationError, field `apiKey`.
const ugc = new MoveUgc({ timeoutMs: 30_000, maxRetries: 3 });

try {
  const job = await ugc.jobs.retrieve({ id: 'job-does-not-exist' });
  console.log(job.state);
} catch (err) {
  if (err instanceof NotFoundError) console.log('no such job');
  else if (err instanceof ValidationError) console.log(`bad parameter ${err.field}: ${err.problem}`);
  else if (err instanceof AuthenticationError) console.log('the API rejected the key: check MOVE_UGC_API_KEY');
  else if (err instanceof RateLimitError) console.log(`slow down; retry after ${err.retryAfterMs ?? '?'} ms`);
  else if (err instanceof ApiError) console.log(`API error ${err.errorType ?? ''}: ${err.message}`);
  else if (err instanceof MoveUgcError) console.log(`${err.name} after ${err.attempts ?? 0} attempts: ${err.message}`);
  else throw err;
}

// Per call: a deadline for each attempt, a retry budget, and cancellation.
const controller = new AbortController();
setTimeout(() => controller.abort(), 10_000);
try {
  const page = await ugc.jobs.list({ limit: 5 }, { timeoutMs: 5_000, maxRetries: 0, signal: controller.signal });
  console.log(page.items.length);
} catch (err) {
  if (err instanceof TimeoutError) console.log('the API did not answer in time');
  else throw err;
}
