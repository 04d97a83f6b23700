import { existsSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { build } from 'esbuild';
import { chromium, type Browser } from 'playwright-core';

/** Debian's Chromium: CI installs it (apt-get), tests never download a browser. */
export const CHROMIUM = '/usr/bin/chromium';
export const hasChromium = existsSync(CHROMIUM);

/** A describe title that says why it was skipped when Chromium is absent. */
export function chromiumTitle(title: string): string {
  return hasChromium ? title : `SKIPPED (${CHROMIUM} is absent (apt-get install chromium)): ${title}`;
}

/**
 * Headless Chromium as this machine and CI can run it: no sandbox (root in a container), no GPU
 * (WebGL by SwiftShader), and no traffic of its own beyond loopback.
 */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--use-angle=swiftshader',
      '--enable-unsafe-swiftshader',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/**
 * The core entry bundled for the browser platform (no node: modules) and served on its own origin
 * at `url`: a page that imports it as `window.sdk`.
 */
export async function serveSdkPage(): Promise<{ server: Server; url: string }> {
  const bundle = await build({
    entryPoints: ['src/index.ts'],
    bundle: true,
    platform: 'browser',
    format: 'esm',
    write: false,
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'silent',
  });
  const script = bundle.outputFiles[0]!.text;
  const server = createServer((req, res) => {
    if (req.url === '/move-ugc.js') return void res.writeHead(200, { 'content-type': 'text/javascript' }).end(script);
    res
      .writeHead(200, { 'content-type': 'text/html' })
      .end(`<!doctype html><title>move-ugc</title><script type="module">import * as sdk from '/move-ugc.js'; window.sdk = sdk;</script>`);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/` };
}
