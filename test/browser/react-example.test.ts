import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { MoveUgc } from '../../src/index.js';
import { createSandbox, type Sandbox } from '../../src/sandbox/index.js';
import { CHROMIUM, hasChromium, launchChromium } from '../helpers/chromium.js';
import { buildExample, EXAMPLE, missingForExample, typecheckExample } from '../helpers/react-example.js';

// examples/react in headless Chromium against a sandbox: urql's hooks on ugc.urql, a job's live
// progress, a facade mutation that refreshes the page, errorOf, and the same page on graphcache with
// move-ugc/graphcache's keys, in a development build where graphcache warns about any type it
// cannot key. Matrix-only (test/matrix-files.ts): React, urql and graphcache come from .tmp/matrix.

// Long enough that a loaded machine still sees the job RUNNING at several percentages.
const JOB_MS = 10_000;
const WAIT = { timeout: 30_000 };
const missing = hasChromium ? missingForExample() : `${CHROMIUM} is absent (apt-get install chromium)`;

describe.skipIf(missing)(missing ? `SKIPPED (${missing}): examples/react in Chromium` : 'examples/react in Chromium', () => {
  let sandbox: Sandbox;
  let ugc: MoveUgc;
  let server: Server;
  let origin: string;
  let browser: Browser;

  beforeAll(async () => {
    sandbox = await createSandbox({ jobDurationMs: JOB_MS });
    ugc = new MoveUgc({ apiKey: sandbox.apiKey, endpoint: sandbox.url, maxRetries: 0 });
    const script = await buildExample();
    const html = readFileSync(join(EXAMPLE, 'index.html'), 'utf8');
    server = createServer((req, res) => {
      if (req.url === '/dist/main.js') return void res.writeHead(200, { 'content-type': 'text/javascript' }).end(script);
      res.writeHead(200, { 'content-type': 'text/html' }).end(html);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    browser = await launchChromium();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    server?.close();
    await sandbox?.close();
  });

  const pageUrl = (cache: string, job?: string) => {
    const params = new URLSearchParams({ endpoint: sandbox.url, apiKey: sandbox.apiKey, cache });
    if (job) params.set('job', job);
    return `${origin}/?${params.toString()}`;
  };

  /** A tab that keeps every console warning and error, and every uncaught exception. */
  async function open(url: string): Promise<{ tab: Page; complaints: string[] }> {
    const tab = await browser.newPage();
    const complaints: string[] = [];
    tab.on('console', (message) => {
      if (message.type() === 'warning' || message.type() === 'error') complaints.push(`${message.type()}: ${message.text()}`);
    });
    tab.on('pageerror', (error) => complaints.push(`uncaught: ${error.message}`));
    await tab.goto(url);
    return { tab, complaints };
  }

  const progressOf = (tab: Page) =>
    tab.evaluate(() => ({
      state: document.querySelector('[data-testid=job-state]')?.textContent ?? null,
      percent: Number(document.querySelector('[data-testid=job-progress]')?.textContent ?? NaN),
    }));

  test('the example type-checks strict with skipLibCheck false, against dist/ and the pinned React, urql and graphcache', async () => {
    await expect(typecheckExample()).resolves.toBe('');
  }, 120_000);

  test.each([
    ['without a cache', 'none'],
    ['on graphcache with moveUgcKeys', 'graphcache'],
  ])(
    '%s: a created job, its progress polled to the end, a rename shown, errors typed, and no console warnings',
    async (_title, cache) => {
      const { tab, complaints } = await open(pageUrl(cache));
      await tab.getByRole('button', { name: 'Create a job' }).click();
      const id = (await tab.getByTestId('job-id').textContent(WAIT))!;
      expect(id).toMatch(/^job-/);
      expect(new URL(tab.url()).searchParams.get('job')).toBe(id);
      expect(await tab.getByTestId('job-name').textContent()).toBe('Warm-up');

      // The date as the API has it, whether the view got a string or a Date.
      const job = await ugc.jobs.retrieve({ id });
      expect(job.created).toBeInstanceOf(Date);
      expect(await tab.getByTestId('job-created').getAttribute('datetime')).toBe(job.created!.toISOString());

      // Polled until the end: RUNNING at some percentage, then at a higher one, then FINISHED.
      await tab.waitForFunction(() => document.querySelector('[data-testid=job-state]')?.textContent === 'RUNNING', undefined, WAIT);
      const running = await progressOf(tab);
      expect(running.percent).toBeGreaterThan(0);
      await tab.waitForFunction(
        (seen) => Number(document.querySelector('[data-testid=job-progress]')?.textContent) > seen,
        running.percent,
        WAIT,
      );
      await tab.waitForFunction(() => document.querySelector('[data-testid=job-state]')?.textContent === 'FINISHED', undefined, WAIT);
      expect(await progressOf(tab)).toEqual({ state: 'FINISHED', percent: 100 });

      // The facade's mutation, then both views show the new name: asked again without a cache,
      // updated from the mutation's result by graphcache. The list is never polled, so with
      // graphcache no listJobs may be sent (a last poll of the job may still be on its way).
      const before = sandbox.requests.length;
      await tab.getByRole('button', { name: /Rename/ }).click();
      await tab.getByTestId('job-name').filter({ hasText: 'Warm-up 1' }).waitFor(WAIT);
      await tab.getByTestId('recent-jobs').getByTitle(id).filter({ hasText: 'Warm-up 1: FINISHED' }).waitFor(WAIT);
      const sent = sandbox.requests.slice(before).map((r) => r.operationName);
      expect(sent.filter((name) => name === 'updateJob')).toHaveLength(1);
      if (cache === 'graphcache') expect(sent).not.toContain('listJobs');
      else expect(sent).toEqual(expect.arrayContaining(['getJob', 'listJobs']));
      expect((await ugc.jobs.retrieve({ id })).name).toBe('Warm-up 1');

      // errorOf: the facade's class for a hook's error.
      await tab.goto(pageUrl(cache, 'job-missing'));
      await expect(tab.getByRole('alert').textContent(WAIT)).resolves.toMatch(/^NotFoundError: /);

      expect(complaints).toEqual([]);
      await tab.close();
    },
    120_000,
  );
});
