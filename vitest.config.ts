import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { configDefaults, defineConfig } from 'vitest/config';
import { ISOLATED, MATRIX_FILES } from './test/matrix-files.js';

export default defineConfig({
  // `VERSION` (src/core/version.ts) is package.json's version, as tsup builds it.
  define: { __MOVE_UGC_VERSION__: JSON.stringify((JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }).version) },
  // The examples import the package by name, as an app would; tests run them against the sources.
  resolve: {
    alias: [
      { find: /^move-ugc\/sandbox$/, replacement: new URL('./src/sandbox/index.ts', import.meta.url).pathname },
      { find: /^move-ugc\/documents$/, replacement: new URL('./src/documents.ts', import.meta.url).pathname },
      { find: /^move-ugc$/, replacement: new URL('./src/index.ts', import.meta.url).pathname },
      // Tests run the Node build: the node:http/fs platform in place of the fetch-only one (as tsup.config.ts does).
      { find: /^(\.\.?\/)+platform\/runtime\.js$/, replacement: new URL('./src/platform/node.ts', import.meta.url).pathname },
    ],
  },
  test: {
    testTimeout: 30_000,
    // vitest's default workers (cores - 1: one on 2 cores). Two workers could cut the wall time on
    // a quiet machine, but on this shared one at a load of 15 to 28, runs with 2 and 4 workers each
    // had about 5 tests time out or lose a connection that pass with one: `--maxWorkers=2` when the
    // machine is yours. Workers are processes (forks).
    pool: 'forks',
    // Files share a worker process, one after another (isolate: false): a fresh process per file cost
    // about 0.9 s each on a quiet machine and 2 to 3 s at a load of 10 (44 files: 57 s, shared 17 s).
    // vitest gives each project a worker of its own, so each file in ISOLATED is a project alone.
    isolate: false,
    projects: [
      {
        extends: true,
        test: {
          name: 'shared',
          include: ['test/**/*.test.ts'],
          // The slow matrix runs apart: `npm run test:matrix` (vitest.matrix.config.ts).
          exclude: [...configDefaults.exclude, ...MATRIX_FILES, ...ISOLATED],
          typecheck: { enabled: true, include: ['test/**/*.test-d.ts'], tsconfig: './tsconfig.json' },
        },
      },
      ...ISOLATED.map((file) => ({ extends: true as const, test: { name: basename(file, '.test.ts'), include: [file] } })),
    ],
    teardownTimeout: 30_000,
    // The default output, then the titles of skipped tests, which say why they were skipped.
    reporters: ['default', './test/helpers/skipped-reporter.ts'],
    // graphql has no exports map: Vite would load its ESM build for our code while Node loads the
    // CJS build for graphql-http, and graphql-js refuses a schema from "another realm".
    server: { deps: { inline: ['graphql-http'] } },
  },
});
