import { defineConfig } from 'tsup';

// Dependencies stay imports, so `move-ugc` pulls in @urql/core only and never graphql-js.
const external = ['@urql/core', 'graphql', 'graphql-http', 'commander', 'cli-progress'];

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
  },
  {
    // Executables: ESM only (top-level await), run by node directly.
    entry: { 'sandbox/cli': 'src/sandbox/cli.ts', cli: 'src/cli/main.ts' },
    format: ['esm'],
    sourcemap: true,
    target: 'node20',
    external,
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
