import { fileURLToPath } from 'node:url';
import { defineConfig, type Options } from 'tsup';

// Dependencies stay imports, so `move-ugc` pulls in @urql/core only and never graphql-js.
const external = ['@urql/core', 'graphql', 'graphql-http', 'commander', 'cli-progress'];

// Node builds swap the fetch-only platform (src/platform/runtime.ts) for the node:http/fs one; the
// web build of the same entry keeps it. package.json's "node" export condition picks between them.
const nodePlatform: NonNullable<Options['esbuildPlugins']>[number] = {
  name: 'node-platform',
  setup(build) {
    const node = fileURLToPath(new URL('./src/platform/node.ts', import.meta.url));
    build.onResolve({ filter: /\/platform\/runtime\.js$/ }, () => ({ path: node }));
  },
};

export default defineConfig([
  {
    entry: { index: 'src/index.ts', documents: 'src/documents.ts', 'sandbox/index': 'src/sandbox/index.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    sourcemap: true,
    // Not viewer/: its config (below) builds in parallel and may finish first.
    clean: ['!viewer/**'],
    target: 'node20',
    splitting: true,
    external,
    esbuildPlugins: [nodePlatform],
  },
  {
    // Browsers and workers (workerd): the same entry and the same .d.ts, without node: modules.
    entry: { 'index.web': 'src/index.ts' },
    format: ['esm', 'cjs'],
    sourcemap: true,
    target: 'es2022',
    platform: 'neutral',
    external,
  },
  {
    // Executables: ESM only (top-level await), run by node directly.
    entry: { 'sandbox/cli': 'src/sandbox/cli.ts', cli: 'src/cli/main.ts' },
    format: ['esm'],
    sourcemap: true,
    target: 'node20',
    external,
    esbuildPlugins: [nodePlatform],
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
