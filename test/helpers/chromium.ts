import { existsSync } from 'node:fs';
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
