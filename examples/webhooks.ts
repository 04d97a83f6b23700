// Receive Move's job events: register an endpoint, then verify every delivery before trusting it.
import { createServer } from 'node:http';
import { MoveUgc, WebhookVerificationError, generateWebhookSecret, isWebhookEvent, verifyWebhook } from 'move-ugc';

const ugc = new MoveUgc();
const secret = process.env.MOVE_WEBHOOK_SECRET ?? generateWebhookSecret();

await ugc.webhooks.upsert({
  uid: 'jobs',
  url: 'https://example.com/move-webhook',
  events: ['ugc.job.state.completed', 'ugc.job.state.failed'],
  secret,
});

createServer((req, res) => {
  const chunks: Buffer[] = [];
  req.on('data', (chunk: Buffer) => chunks.push(chunk));
  req.on('end', () => {
    // Verify the body exactly as received: parsed and re-serialised JSON no longer matches.
    const rawBody = Buffer.concat(chunks);
    verifyWebhook(rawBody, req.headers, secret)
      .then(async (event) => {
        if (isWebhookEvent(event, 'ugc.job.state.completed')) {
          const job = await ugc.jobs.retrieve({ id: event.data.jobId, expand: ['outputs'] });
          console.log('finished', job.id, job.outputs?.length, 'outputs');
        } else if (isWebhookEvent(event, 'ugc.job.state.failed')) {
          console.log('failed', event.data.jobId, event.data.metadata);
        }
        res.writeHead(204).end();
      })
      .catch((err: unknown) => {
        const status = err instanceof WebhookVerificationError ? 400 : 500;
        res.writeHead(status).end(err instanceof Error ? err.message : 'error');
      });
  });
}).listen(3000);
