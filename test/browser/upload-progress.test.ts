import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createSandbox, type Sandbox } from '../../src/sandbox/index.js';
import { chromiumTitle, hasChromium, launchChromium, serveSdkPage } from '../helpers/chromium.js';

// A Blob upload with onProgress in a real browser goes through XMLHttpRequest (src/platform/web.ts),
// whose upload events report the bytes sent, where fetch reports none. Against the sandbox it
// arrives whole; against storage that stops reading it reports bytes short of the total, then
// ends with the caller's abort (AbortError) or the idle limit (TimeoutError).

const SIZE = 32 * 1024 * 1024;
type Sdk = typeof import('../../src/index.js');
interface Outcome {
  id?: string;
  error?: string;
  seen: number[];
}

describe.skipIf(!hasChromium)(chromiumTitle('Blob uploads with progress in headless Chromium'), () => {
  let sandbox: Sandbox;
  let page: Server;
  let pageUrl: string;
  // An API stand-in whose createFile hands out a URL on itself, where the PUT's body is never read past its first bytes.
  let holding: Server;
  let holdingUrl: string;
  let browser: Browser;

  beforeAll(async () => {
    sandbox = await createSandbox({ jobDurationMs: 0 });
    ({ server: page, url: pageUrl } = await serveSdkPage());
    holding = createServer((req, res) => {
      res.setHeader('access-control-allow-origin', '*');
      if (req.method === 'OPTIONS') {
        return void res
          .writeHead(204, {
            'access-control-allow-methods': 'GET, PUT, POST, OPTIONS',
            'access-control-allow-headers': 'authorization, content-type, accept, x-move-ugc-client',
          })
          .end();
      }
      if (req.method === 'PUT') return void req.once('data', () => req.pause());
      const file = { id: 'file-held', name: null, type: 'mp4', created: '2026-01-01T00:00:00.000Z', metadata: null };
      const data = { createFile: { ...file, presignedUrl: `${holdingUrl}/held`, thumbnailUrl: null } };
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ data }));
    });
    await new Promise<void>((resolve) => holding.listen(0, '127.0.0.1', resolve));
    holdingUrl = `http://127.0.0.1:${(holding.address() as AddressInfo).port}`;
    browser = await launchChromium();
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    page?.closeAllConnections();
    page?.close();
    holding?.closeAllConnections();
    holding?.close();
    await sandbox?.close();
  });

  async function upload(endpoint: string, apiKey: string, how: 'whole' | 'abort' | 'stall'): Promise<Outcome> {
    const tab: Page = await browser.newPage();
    try {
      await tab.goto(pageUrl);
      await tab.waitForFunction(() => 'sdk' in window);
      return await tab.evaluate(
        async ({ endpoint, apiKey, how, size }) => {
          const { MoveUgc } = (window as unknown as { sdk: Sdk }).sdk;
          const ugc = new MoveUgc({ apiKey, endpoint, maxRetries: 0 });
          const controller = new AbortController();
          const seen: number[] = [];
          try {
            const file = await ugc.files.upload(new Blob([new Uint8Array(size)]), {
              type: 'mp4',
              signal: controller.signal,
              timeoutMs: how === 'stall' ? 1500 : 30_000,
              onProgress: ({ bytes }) => {
                seen.push(bytes);
                if (how === 'abort' && bytes > 0 && bytes < size) controller.abort();
              },
            });
            return { id: file.id, seen };
          } catch (e) {
            return { error: (e as Error).name, seen };
          }
        },
        { endpoint, apiKey, how, size: SIZE },
      );
    } finally {
      await tab.close();
    }
  }

  test('against the sandbox, the Blob arrives whole and progress ends at its size', async () => {
    const outcome = await upload(sandbox.url, sandbox.apiKey, 'whole');
    expect(outcome.error).toBeUndefined();
    expect(outcome.seen.at(-1)).toBe(SIZE);
    expect(outcome.seen).toEqual([...outcome.seen].sort((a, b) => a - b));
  }, 60_000);

  test.each([
    ['aborted by the caller: AbortError', 'abort' as const, 'AbortError'],
    ['left with no byte moving: TimeoutError', 'stall' as const, 'TimeoutError'],
  ])(
    'storage that stops reading reports the bytes sent so far; %s',
    async (_, how, expected) => {
      const outcome = await upload(`${holdingUrl}/graphql`, 'test-key-for-uploads', how);
      expect(outcome.error).toBe(expected);
      expect(outcome.seen.some((bytes) => bytes > 0 && bytes < SIZE)).toBe(true);
    },
    60_000,
  );
});
