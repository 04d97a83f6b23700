import { readFileSync, rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { transform, type Plugin } from 'esbuild';
import { defineConfig, type Options } from 'tsup';
import { leanMaps } from './scripts/lean-maps.mjs';
import { writeThirdPartyLicenses } from './scripts/third-party-licenses.mjs';

// The configs below build in parallel; a `clean` in one of them could delete what another has
// already written, so dist/ is emptied once, before any starts.
rmSync('dist', { recursive: true, force: true });

// `VERSION` (src/core/version.ts) is package.json's version, fixed at build time.
const define = { __MOVE_UGC_VERSION__: JSON.stringify((JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }).version) };

// tsup leaves dependencies as imports. graphql-http, commander and cli-progress are devDependencies
// bundled into the sandbox and CLI chunks, so an app that installs move-ugc never downloads them;
// graphql is a dependency for its types alone (the library runs none of it) and is bundled here too,
// so the sandbox never meets a second copy of it in another realm. Licences: dist/THIRD_PARTY_LICENSES.md.
const BUNDLED = ['graphql', 'graphql-http', 'commander', 'cli-progress'];

// Lean maps: positions only, and none into bundled third-party code (scripts/lean-maps.mjs). Stack
// traces still point at src/ lines; the sources are not embedded.
const noSourcesContent: Options['esbuildOptions'] = (options) => {
  options.sourcesContent = false;
};

// Bundled third-party code goes in minified: it is not ours to debug, and read whole it doubled the
// tarball. Its map entries then name the package file but not a readable line.
const minifyThirdParty: Plugin = {
  name: 'minify-third-party',
  setup(build) {
    build.onLoad({ filter: /[\\/]node_modules[\\/].*\.[cm]?js$/ }, async ({ path }) => {
      const { code } = await transform(await readFile(path, 'utf8'), { loader: 'js', minify: true, target: 'node20' });
      return { contents: code, loader: 'js' };
    });
  },
};

// The executables reach the library as a user does: `move-ugc`, `move-ugc/sandbox` (package
// self-reference), so the published files hold one copy of the client, documents and sandbox.
const PUBLIC_ENTRIES: Record<string, string> = {
  [resolve('src/index.ts')]: 'move-ugc',
  [resolve('src/documents.ts')]: 'move-ugc/documents',
  [resolve('src/sandbox/index.ts')]: 'move-ugc/sandbox',
};
const throughPublicExports: Plugin = {
  name: 'through-public-exports',
  setup(build) {
    build.onResolve({ filter: /^\.\.?\/.*\.js$/ }, ({ path, resolveDir }) => {
      const target = PUBLIC_ENTRIES[resolve(resolveDir, path).replace(/\.js$/, '.ts')];
      return target ? { path: target, external: true } : undefined;
    });
  },
};

// Node builds swap the fetch-only platform (src/platform/runtime.ts) for the node:http/fs one; the
// web build of the same entry keeps it. package.json's "node" export condition picks between them.
const nodePlatform: Plugin = {
  name: 'node-platform',
  setup(build) {
    const node = fileURLToPath(new URL('./src/platform/node.ts', import.meta.url));
    build.onResolve({ filter: /\/platform\/runtime\.js$/ }, () => ({ path: node }));
  },
};

const isWebMap = (file: string) => /index\.web\.c?js\.map$/.test(file);
const isExecutableMap = (file: string) => file.endsWith('cli.js.map');

export default defineConfig([
  {
    entry: {
      index: 'src/index.ts',
      documents: 'src/documents.ts',
      codegen: 'src/codegen.ts',
      graphcache: 'src/graphcache.ts',
      'sandbox/index': 'src/sandbox/index.ts',
    },
    format: ['esm', 'cjs'],
    dts: true,
    sourcemap: true,
    target: 'node20',
    splitting: true,
    define,
    noExternal: BUNDLED,
    esbuildPlugins: [nodePlatform, minifyThirdParty],
    esbuildOptions: noSourcesContent,
    // Each config rewrites only its own maps: the others may still be writing theirs.
    onSuccess: () => Promise.resolve(leanMaps('dist', (file) => !isExecutableMap(file) && !isWebMap(file))),
  },
  {
    // Browsers and workers (workerd): the same entry and the same .d.ts, without node: modules.
    entry: { 'index.web': 'src/index.ts' },
    format: ['esm', 'cjs'],
    sourcemap: true,
    target: 'es2022',
    platform: 'neutral',
    define,
    esbuildOptions: noSourcesContent,
    onSuccess: () => Promise.resolve(leanMaps('dist', isWebMap)),
  },
  {
    // Executables: ESM only (top-level await), run by node directly. commander and cli-progress are
    // CommonJS requiring Node built-ins, which an ESM bundle reaches through createRequire.
    entry: { cli: 'src/cli/main.ts' },
    format: ['esm'],
    sourcemap: true,
    target: 'node20',
    splitting: true,
    define,
    noExternal: BUNDLED,
    esbuildPlugins: [throughPublicExports, nodePlatform, minifyThirdParty],
    esbuildOptions: noSourcesContent,
    banner: {
      js: "import { createRequire as __moveUgcCreateRequire } from 'node:module';\nconst require = __moveUgcCreateRequire(import.meta.url);",
    },
    onSuccess: () => {
      writeThirdPartyLicenses(BUNDLED, 'dist/THIRD_PARTY_LICENSES.md');
      leanMaps('dist', isExecutableMap);
      return Promise.resolve();
    },
  },
  {
    // The `move-ugc preview` page's script, three.js bundled in: the package never depends on three.
    entry: { 'viewer/viewer': 'src/viewer/main.ts' },
    format: ['esm'],
    platform: 'browser',
    target: 'es2020',
    minify: true,
    noExternal: [/^three/],
  },
]);
