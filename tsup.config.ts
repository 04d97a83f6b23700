import { resolve } from 'node:path';
import { readFile } from 'node:fs/promises';
import { transform, type Plugin } from 'esbuild';
import { defineConfig, type Options } from 'tsup';
import { leanMaps } from './scripts/lean-maps.mjs';
import { writeThirdPartyLicenses } from './scripts/third-party-licenses.mjs';

// Only @urql/core is a dependency (tsup leaves dependencies as imports). graphql-js, graphql-http,
// commander and cli-progress are devDependencies bundled into the sandbox and CLI chunks, so an app
// that installs move-ugc never downloads them; their licences go to dist/THIRD_PARTY_LICENSES.md.
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

export default defineConfig([
  {
    entry: { index: 'src/index.ts', documents: 'src/documents.ts', 'sandbox/index': 'src/sandbox/index.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    sourcemap: true,
    clean: true,
    target: 'node20',
    splitting: true,
    noExternal: BUNDLED,
    esbuildPlugins: [minifyThirdParty],
    esbuildOptions: noSourcesContent,
    // The executables' maps are the other config's to rewrite.
    onSuccess: () => Promise.resolve(leanMaps('dist', (file) => !file.endsWith('cli.js.map'))),
  },
  {
    // Executables: ESM only (top-level await), run by node directly. commander and cli-progress are
    // CommonJS requiring Node built-ins, which an ESM bundle reaches through createRequire.
    entry: { 'sandbox/cli': 'src/sandbox/cli.ts', cli: 'src/cli/main.ts' },
    format: ['esm'],
    sourcemap: true,
    target: 'node20',
    splitting: true,
    noExternal: BUNDLED,
    esbuildPlugins: [throughPublicExports, minifyThirdParty],
    esbuildOptions: noSourcesContent,
    banner: {
      js: "import { createRequire as __moveUgcCreateRequire } from 'node:module';\nconst require = __moveUgcCreateRequire(import.meta.url);",
    },
    onSuccess: () => {
      writeThirdPartyLicenses(BUNDLED, 'dist/THIRD_PARTY_LICENSES.md');
      leanMaps('dist', (file) => file.endsWith('cli.js.map'));
      return Promise.resolve();
    },
  },
]);
