import { configDefaults, defineConfig, mergeConfig } from 'vitest/config';
import base from './vitest.config.js';
import { MATRIX_FILES } from './test/matrix-files.js';

// The slow matrix: `npm run test:matrix` runs it after installing its tools.
// The quick loop's projects and shared worker are left out: each matrix file has a process of its own.
const test = { ...base.test };
delete test.projects;

export default mergeConfig(
  // mergeConfig joins arrays: the quick loop's include and exclude are replaced here, not joined.
  { ...base, test: { ...test, include: MATRIX_FILES, exclude: configDefaults.exclude } },
  defineConfig({
    test: {
      // Load tests measure the heap and time out only on a hang: one file at a time.
      maxWorkers: 1,
      isolate: true,
      testTimeout: 300_000,
      typecheck: { enabled: false },
    },
  }),
);
