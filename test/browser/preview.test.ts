import type { ChildProcess } from 'node:child_process';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { MoveUgc } from '../../src/index.js';
import { createSandbox, type Sandbox } from '../../src/sandbox/index.js';
import { runCli, type CliResult } from '../cli/run-cli.js';
import { chromiumTitle, hasChromium, launchChromium } from '../helpers/chromium.js';
import { finishedJob, previewUrl } from '../helpers/preview.js';

interface PreviewState {
  ready: boolean;
  frame: number;
  time: number;
  playing: boolean;
  error: string | null;
}

/** Pixels of two PNG screenshots, compared in the browser (which decodes PNG for us). */
interface Comparison {
  /** Pixels in the figure's colours (its limbs are teal on the left, orange on the right). */
  figure: [number, number];
  left: [number, number];
  right: [number, number];
  /** Pixels that differ where either image shows the figure. */
  changedInFigure: number;
  /** Pixels that differ anywhere. */
  changed: number;
}

// `move-ugc preview <job>` as a user runs it, the page in Debian's Chromium (WebGL by SwiftShader).
describe.skipIf(!hasChromium)(chromiumTitle('move-ugc preview in headless Chromium'), () => {
  let sandbox: Sandbox;
  let browser: Browser;
  let preview: Promise<CliResult> & { child: ChildProcess };
  let url: string;

  beforeAll(async () => {
    sandbox = await createSandbox({ jobDurationMs: 0 });
    const ugc = new MoveUgc({ apiKey: sandbox.apiKey, endpoint: sandbox.url });
    const id = await finishedJob(ugc, ['MAIN_GLB', 'MAIN_FBX']);

    preview = runCli(['preview', id, '--no-open', '--port', '0'], {
      MOVE_UGC_API_KEY: sandbox.apiKey,
      MOVE_UGC_ENDPOINT_URL: sandbox.url,
    });
    url = await previewUrl(preview);
    browser = await launchChromium();
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    if (preview?.child.exitCode === null) preview.child.kill();
    await sandbox?.close();
  });

  const state = (page: Page) => page.evaluate(() => (window as unknown as { __preview: PreviewState }).__preview);

  /** Pauses at `time` with the page's own timeline, waits for frames drawn at it, and shoots the canvas. */
  async function canvasAt(page: Page, time: number): Promise<Buffer> {
    await page.locator('#timeline').fill(String(time));
    const { frame } = await state(page);
    await page.waitForFunction(
      ({ t, f }) => {
        const s = (window as unknown as { __preview: PreviewState }).__preview;
        return !s.playing && Math.abs(s.time - t) < 1e-6 && s.frame >= f + 2;
      },
      { t: time, f: frame },
    );
    return page.locator('#stage canvas').screenshot();
  }

  test('the page plays the job’s MAIN_GLB: a figure that moves between two times, and no console errors', async () => {
    const page = await browser.newPage({ viewport: { width: 800, height: 600 } });
    const errors: string[] = [];
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(url);
    await page.waitForFunction(() => {
      const s = (window as unknown as { __preview?: PreviewState }).__preview;
      return Boolean(s?.ready && s.playing && s.frame >= 3);
    });
    expect(await page.locator('#info').textContent()).toMatch(/21 joints/);

    await page.locator('#play').click();
    expect((await state(page)).playing).toBe(false);
    await expect.poll(() => page.locator('#play').textContent()).toBe('Play');
    const stride = await canvasAt(page, 0.25);
    const crossing = await canvasAt(page, 0.5);
    const strideAgain = await canvasAt(page, 0.25);

    const blank = await browser.newPage();
    const compare = (a: Buffer, b: Buffer) =>
      blank.evaluate(
        async ({ a64, b64 }) => {
          const pixels = async (b64png: string) => {
            const bitmap = await createImageBitmap(await (await fetch(`data:image/png;base64,${b64png}`)).blob());
            const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
            const context = canvas.getContext('2d')!;
            context.drawImage(bitmap, 0, 0);
            return context.getImageData(0, 0, bitmap.width, bitmap.height).data;
          };
          const [pa, pb] = [await pixels(a64), await pixels(b64)];
          const left = (p: Uint8ClampedArray, i: number) => p[i + 2]! > p[i]! + 40 && p[i + 1]! > p[i]! + 30;
          const right = (p: Uint8ClampedArray, i: number) => p[i]! > p[i + 2]! + 80 && p[i]! > p[i + 1]! + 20;
          const grey = (p: Uint8ClampedArray, i: number) =>
            p[i]! > 120 && Math.max(p[i]!, p[i + 1]!, p[i + 2]!) - Math.min(p[i]!, p[i + 1]!, p[i + 2]!) < 30;
          const figure = (p: Uint8ClampedArray, i: number) => left(p, i) || right(p, i) || grey(p, i);
          const result = { figure: [0, 0], left: [0, 0], right: [0, 0], changedInFigure: 0, changed: 0 };
          for (let i = 0; i < pa.length; i += 4) {
            [pa, pb].forEach((p, k) => {
              if (figure(p, i)) result.figure[k]!++;
              if (left(p, i)) result.left[k]!++;
              if (right(p, i)) result.right[k]!++;
            });
            const differs = Math.abs(pa[i]! - pb[i]!) + Math.abs(pa[i + 1]! - pb[i + 1]!) + Math.abs(pa[i + 2]! - pb[i + 2]!) > 30;
            if (differs) result.changed++;
            if (differs && (figure(pa, i) || figure(pb, i))) result.changedInFigure++;
          }
          return result as Comparison;
        },
        { a64: a.toString('base64'), b64: b.toString('base64') },
      );

    const moved = await compare(stride, crossing);
    // Both frames show the figure, both its sides, and the difference is the figure moving.
    for (const k of [0, 1]) {
      expect(moved.figure[k]).toBeGreaterThan(5_000);
      expect(moved.left[k]).toBeGreaterThan(500);
      expect(moved.right[k]).toBeGreaterThan(500);
    }
    expect(moved.changedInFigure).toBeGreaterThan(1_000);
    expect(moved.changedInFigure / moved.changed).toBeGreaterThan(0.5);
    // The same time draws the same picture: the change above is the animation, not the clock.
    expect((await compare(stride, strideAgain)).changed).toBe(0);
    expect(errors).toEqual([]);
  }, 60_000);

  test('Ctrl-C stops the preview server: exit 130 and the port is closed', async () => {
    preview.child.kill('SIGINT');
    const result = await preview;
    expect(result.code).toBe(130);
    expect(result.stderr).toContain('Preview stopped');
    await expect(fetch(url)).rejects.toThrow();
  });
});
