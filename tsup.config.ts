import { readFileSync } from 'node:fs';
import { defineConfig } from 'tsup';

// `VERSION` (src/core/version.ts) is package.json's version, fixed at build time.
const define = { __MOVE_UGC_VERSION__: JSON.stringify((JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }).version) };

// Dependencies stay imports, so `move-ugc` pulls in @urql/core only and never graphql-js.
const external = ['@urql/core', 'graphql', 'graphql-http', 'commander', 'cli-progress'];

export default defineConfig([
  {
    entry: { index: 'src/index.ts', documents: 'src/documents.ts', 'sandbox/index': 'src/sandbox/index.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    sourcemap: true,
    clean: true,
    target: 'node20',
    splitting: true,
    external,
    define,
  },
  {
    // Executables: ESM only (top-level await), run by node directly.
    entry: { 'sandbox/cli': 'src/sandbox/cli.ts', cli: 'src/cli/main.ts' },
    format: ['esm'],
    sourcemap: true,
    target: 'node20',
    external,
    define,
  },
]);
