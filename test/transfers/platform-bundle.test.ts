import { mkdtemp, mkdir, readdir, readFile, rm, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, expect, test } from 'vitest';

// Node-only code is chosen by package.json export conditions: an app bundled for a browser or a
// worker gets the fetch-only build, with no node: module and no import() of a computed name
// (webpack warns on one; workerd refuses it), while Node gets node:http and node:fs. Bundles the
// built package (`npm test` builds first) through its exports, as an app's bundler would.

const root = join(import.meta.dirname, '../..');
let app: string;

beforeAll(async () => {
  app = await mkdtemp(join(tmpdir(), 'move-ugc-app-'));
  await mkdir(join(app, 'node_modules'));
  await symlink(root, join(app, 'node_modules', 'move-ugc'), 'dir');
});
afterAll(async () => {
  await rm(app, { recursive: true, force: true });
});

async function bundle(conditions: string[], platform: 'browser' | 'node' | 'neutral', format: 'esm' | 'cjs' = 'esm') {
  const contents = format === 'esm' ? "export { MoveUgc } from 'move-ugc';" : "module.exports = require('move-ugc').MoveUgc;";
  const result = await build({
    stdin: { contents, resolveDir: app, loader: 'js' },
    bundle: true,
    write: false,
    metafile: true,
    platform,
    format,
    conditions,
    ...(platform === 'neutral' ? { mainFields: ['module', 'main'] } : {}),
    logLevel: 'silent',
  });
  const inputs = Object.keys(result.metafile.inputs);
  return { inputs, code: result.outputFiles[0]!.text, entry: inputs.find((i) => /dist\/index[.\w]*\.c?js$/.test(i)) };
}

const computedImport = /\bimport\(\s*[^'"`\s)]/;

test.each([
  ['a browser', ['browser'], 'browser'],
  ['Cloudflare workerd', ['workerd', 'worker', 'browser'], 'neutral'],
  ['an unknown runtime (default)', [], 'neutral'],
] as const)('%s gets the fetch-only build: no node: module, no computed import()', async (_, conditions, platform) => {
  const { inputs, code, entry } = await bundle([...conditions], platform);
  expect(entry).toMatch(/dist\/index\.web\.js$/);
  expect(inputs.filter((i) => i.startsWith('node:') || /^(fs|http|https|net|dns|path|stream)(\/|$)/.test(i))).toEqual([]);
  expect(code).not.toMatch(/from ['"](node:)?(fs|http|https|net|dns)['"]/);
  expect(code).not.toMatch(computedImport);
});

test('a require() outside Node gets the fetch-only CommonJS build', async () => {
  const { entry, code } = await bundle(['browser'], 'browser', 'cjs');
  expect(entry).toMatch(/dist\/index\.web\.cjs$/);
  expect(code).not.toMatch(/require\(["'](node:)?(fs|http|https|net|dns)["']\)/);
});

test('Node gets the build with node:net and node:fs, for import and require', async () => {
  const esm = await bundle(['node'], 'node');
  expect(esm.entry).toMatch(/dist\/index\.js$/);
  expect(esm.code).toMatch(/from ["'](node:)?net["']/);
  const cjs = await bundle(['node'], 'node', 'cjs');
  expect(cjs.entry).toMatch(/dist\/index\.cjs$/);
  expect(cjs.code).toMatch(/require\(["'](node:)?net["']\)/);
});

test('no source file loads a module through a computed import()', async () => {
  const files = (await readdir(join(root, 'src'), { recursive: true })).filter((f) => f.endsWith('.ts'));
  const offenders: string[] = [];
  for (const f of files) if (computedImport.test(await readFile(join(root, 'src', f), 'utf8'))) offenders.push(f);
  expect(offenders).toEqual([]);
});
