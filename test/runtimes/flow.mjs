/* global TextEncoder */
// One flow through the public API, run unchanged on every runtime the README promises (Node, Bun,
// Deno, workerd, Chromium) against a sandbox on 127.0.0.1. Plain JavaScript, so each runtime loads it
// as it is or from one esbuild bundle. Returns what each step saw; the vitest side asserts on it.

/** @param {typeof import('../../src/index.js')} sdk */
export async function flow(sdk, { endpoint, apiKey }) {
  const { MoveUgc, NotFoundError, MoveUgcError, signWebhook, verifyWebhook, generateWebhookSecret, WebhookVerificationError } = sdk;
  // Every option given: a runtime that denies environment access (Deno without --allow-env) still works.
  const ugc = new MoveUgc({ apiKey, endpoint, maxRetries: 0, timeoutMs: 20_000, logLevel: 'off' });
  const seen = {};

  const bytes = new TextEncoder().encode('not really an mp4, but bytes the sandbox stores');
  const file = await ugc.files.upload(bytes, { type: 'mp4', name: 'runtime-clip' });
  const stored = await ugc.files.retrieve({ id: file.id });
  seen.upload = { id: file.id, name: stored.name };

  const take = await ugc.takes.createSingleCam({ sources: [{ fileId: file.id, deviceLabel: 'cam', format: 'MP4' }] });
  const job = await ugc.jobs.createSingleCam({ takeId: take.id, metadata: { step: 'create' } });
  const retrieved = await ugc.jobs.retrieve({ id: job.id, expand: ['take'] });
  seen.retrieve = {
    id: retrieved.id,
    take: retrieved.take?.id ?? null,
    createdIsDate: retrieved.created instanceof Date,
    metadata: retrieved.metadata,
  };

  const firstPage = await ugc.jobs.list({ limit: 1 });
  seen.list = { items: firstPage.items.length };
  const iterated = [];
  for await (const listed of ugc.jobs.list({ limit: 1 })) iterated.push(listed.id);
  seen.forAwait = iterated;

  const finished = await ugc.jobs.wait({ id: job.id, intervalMs: 5, timeoutMs: 20_000 });
  seen.wait = { state: finished.state, outputs: Array.isArray(finished.outputs) };

  seen.notFound = await ugc.jobs.retrieve({ id: 'job-missing' }).then(
    () => 'resolved',
    (err) => (err instanceof NotFoundError && err instanceof MoveUgcError ? 'NotFoundError' : `${err?.name}: ${err?.message}`),
  );

  // Every call settles: the sandbox trickles getClient's body a byte a second (runtimes.test.ts),
  // so each of two concurrent calls must end at its own timeout, the shorter first.
  const order = [];
  const timedOut = await Promise.all(
    [600, 300].map((timeoutMs) =>
      ugc.client.retrieve({ timeoutMs }).then(
        () => 'resolved',
        (err) => (order.push(timeoutMs), err?.name),
      ),
    ),
  );
  seen.timeouts = { errors: timedOut, order };

  const secret = generateWebhookSecret();
  const body = JSON.stringify({ type: 'ugc.job.state.completed', data: { jobId: job.id } });
  const headers = await signWebhook({ body, secret });
  const event = await verifyWebhook(body, headers, secret);
  const forged = await verifyWebhook(body.replace(job.id, 'job-other'), headers, secret).then(
    () => 'accepted',
    (err) => (err instanceof WebhookVerificationError ? 'rejected' : `${err?.name}: ${err?.message}`),
  );
  seen.webhook = { type: event.type, jobId: event.data?.jobId, forged };
  return seen;
}

/** What every runtime must report for a job created by the flow (`jobId` known only at run time). */
export function expectedShape(result) {
  return {
    upload: { id: result.upload.id, name: 'runtime-clip' },
    retrieve: { id: result.retrieve.id, createdIsDate: true, metadata: { step: 'create' } },
    list: { items: 1 },
    wait: { state: 'FINISHED', outputs: true },
    notFound: 'NotFoundError',
    timeouts: { errors: ['TimeoutError', 'TimeoutError'], order: [300, 600] },
    webhook: { type: 'ugc.job.state.completed', jobId: result.retrieve.id, forged: 'rejected' },
  };
}
