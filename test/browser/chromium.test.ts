import type { Server } from 'node:http';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { MoveUgc } from '../../src/index.js';
import { createSandbox, type Sandbox } from '../../src/sandbox/index.js';
import { chromiumTitle, hasChromium, launchChromium, serveSdkPage } from '../helpers/chromium.js';

// The core entry in a real browser: bundled for the browser platform (no node: modules), served
// from one origin, calling the sandbox on another, so CORS is exercised as in an app.
describe.skipIf(!hasChromium)(chromiumTitle('the client in headless Chromium'), () => {
  let sandbox: Sandbox;
  let page: Server;
  let pageUrl: string;
  let browser: Browser;
  let jobId: string;

  beforeAll(async () => {
    sandbox = await createSandbox({ jobDurationMs: 0 });
    const ugc = new MoveUgc({ apiKey: sandbox.apiKey, endpoint: sandbox.url });
    const file = await ugc.files.create({ type: 'mp4' });
    const take = await ugc.takes.createSingleCam({ sources: [{ fileId: file.id, deviceLabel: 'cam', format: 'MP4' }] });
    jobId = (await ugc.jobs.createSingleCam({ takeId: take.id, metadata: { from: 'node' } })).id;

    ({ server: page, url: pageUrl } = await serveSdkPage());
    browser = await launchChromium();
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    page?.close();
    await sandbox?.close();
  });

  test('jobs.retrieve and jobs.list work from a page on another origin', async () => {
    const tab = await browser.newPage();
    await tab.goto(pageUrl);
    await tab.waitForFunction(() => 'sdk' in window);
    const result = await tab.evaluate(
      async ({ endpoint, apiKey, id }) => {
        const { MoveUgc } = (window as unknown as { sdk: typeof import('../../src/index.js') }).sdk;
        const ugc = new MoveUgc({ apiKey, endpoint });
        const job = await ugc.jobs.retrieve({ id, expand: ['take'] });
        const page = await ugc.jobs.list({ limit: 5 });
        const missing = await ugc.jobs.retrieve({ id: 'job-missing' }).catch((e: Error) => e.name);
        return {
          id: job.id,
          createdIsDate: job.created instanceof Date,
          metadata: job.metadata,
          take: job.take?.id ?? null,
          listed: page.items.map((j) => j.id),
          missing,
        };
      },
      { endpoint: sandbox.url, apiKey: sandbox.apiKey, id: jobId },
    );
    expect(result).toMatchObject({ id: jobId, createdIsDate: true, metadata: { from: 'node' }, missing: 'NotFoundError' });
    expect(result.take).toMatch(/^take-/);
    expect(result.listed).toContain(jobId);
  }, 60_000);

  test.each([
    ['the page origin is allowed', true],
    ['only another origin is allowed', false],
  ])(
    'CORS on a sandbox with a list of origins: %s',
    async (_name, allowPage) => {
      const strict = await createSandbox({ corsOrigins: [allowPage ? pageUrl.replace(/\/$/, '') : 'http://allowed.example'] });
      try {
        const tab = await browser.newPage();
        await tab.goto(pageUrl);
        await tab.waitForFunction(() => 'sdk' in window);
        const outcome = await tab.evaluate(
          ({ endpoint, apiKey }) => {
            const { MoveUgc } = (window as unknown as { sdk: typeof import('../../src/index.js') }).sdk;
            return new MoveUgc({ apiKey, endpoint, maxRetries: 0 }).jobs.list().then(
              (page) => `allowed: ${page.items.length} jobs`,
              (e: unknown) => (e as Error).name,
            );
          },
          { endpoint: strict.url, apiKey: strict.apiKey },
        );
        expect(outcome).toBe(allowPage ? 'allowed: 0 jobs' : 'ConnectionError');
      } finally {
        await strict.close();
      }
    },
    60_000,
  );
});
