// An app that only verifies webhooks (`import { verifyWebhook } from 'move-ugc'`) must not carry the
// client: bundled for the browser by esbuild, Vite and webpack from the built package, each output
// stays within the gzip budget.
import { mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build as esbuild } from 'esbuild';
import { build as vite } from 'vite';
import { matrixRequire, toolPath } from './matrix-tools.mjs';
import { root } from './packed-consumer.mjs';

// webpack is a matrix tool (`npm run test:matrix` installs it into .tmp/matrix).
const webpack = toolPath('webpack/package.json') ? (await import(matrixRequire.resolve('webpack'))).default : undefined;

// Raised from 2.5 kB when the error classes got their names as literals and an `instanceof` that
// holds across the ESM and CJS copies of the package (2.49-2.50 kB measured).
const BUDGET_GZIP_BYTES = 2.6 * 1024;
const problems = [];
const APP = `import { verifyWebhook } from 'move-ugc';
export async function handle(body, headers, secret) {
  const event = await verifyWebhook(body, headers, secret);
  return event.type;
}
`;

// A project whose node_modules/move-ugc is this checkout (built dist, package.json exports).
const dir = mkdtempSync(join(tmpdir(), 'move-ugc-webhook-app-'));
mkdirSync(join(dir, 'node_modules'));
symlinkSync(root, join(dir, 'node_modules', 'move-ugc'), 'dir');
writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'webhook-app', private: true, type: 'module', sideEffects: false }));
writeFileSync(join(dir, 'app.js'), APP);

const gzipOf = (code) => gzipSync(code, { level: 9 }).byteLength;
const jsIn = (outDir) =>
  readdirSync(outDir, { recursive: true })
    .filter((f) => String(f).endsWith('.js'))
    .map((f) => readFileSync(join(outDir, String(f))));

const bundlers = {
  async esbuild() {
    const result = await esbuild({
      entryPoints: [join(dir, 'app.js')],
      absWorkingDir: dir,
      bundle: true,
      minify: true,
      platform: 'browser',
      format: 'esm',
      write: false,
      logLevel: 'silent',
    });
    return result.outputFiles.map((f) => f.contents);
  },
  async vite() {
    const outDir = join(dir, 'vite-out');
    await vite({
      root: dir,
      logLevel: 'silent',
      configFile: false,
      build: { outDir, lib: { entry: join(dir, 'app.js'), formats: ['es'], fileName: 'app' }, minify: 'esbuild', emptyOutDir: true },
    });
    return jsIn(outDir);
  },
  async webpack() {
    if (!webpack) {
      console.log('verifyWebhook alone, webpack: SKIPPED (absent: `npm run test:matrix` installs it into .tmp/matrix)');
      return undefined;
    }
    const outDir = join(dir, 'webpack-out');
    const stats = await new Promise((resolve, reject) =>
      webpack(
        {
          mode: 'production',
          context: dir,
          entry: './app.js',
          target: 'web',
          experiments: { outputModule: true },
          output: { path: outDir, filename: 'app.js', library: { type: 'module' } },
        },
        (err, s) => (err ? reject(err) : resolve(s)),
      ),
    );
    if (stats.hasErrors()) throw new Error(stats.toString({ all: false, errors: true }));
    const warnings = stats.toJson({ all: false, warnings: true }).warnings ?? [];
    // e.g. "Critical dependency: the request of a dependency is an expression" (a non-literal import()).
    if (warnings.length) problems.push(`webpack warns: ${warnings.map((w) => w.message.split('\n')[0]).join('; ')}`);
    return jsIn(outDir);
  },
};

try {
  for (const [name, bundle] of Object.entries(bundlers)) {
    const files = await bundle();
    if (!files) continue;
    const bytes = files.reduce((sum, f) => sum + f.byteLength, 0);
    const gzip = files.reduce((sum, f) => sum + gzipOf(f), 0);
    const verdict = gzip <= BUDGET_GZIP_BYTES ? 'ok' : 'OVER BUDGET';
    console.log(
      `verifyWebhook alone, ${name}: ${(bytes / 1024).toFixed(1)} kB, ${(gzip / 1024).toFixed(2)} kB gzipped (budget ${BUDGET_GZIP_BYTES / 1024} kB) ${verdict}`,
    );
    if (gzip > BUDGET_GZIP_BYTES) problems.push(`${name}: ${gzip} bytes gzipped, over ${BUDGET_GZIP_BYTES}`);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
if (problems.length) {
  console.error(`check-webhook-bundle: ${problems.join('; ')}`);
  process.exit(1);
}
