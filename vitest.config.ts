import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 30_000,
    // graphql has no exports map: Vite would load its ESM build for our code while Node loads the
    // CJS build for graphql-http, and graphql-js refuses a schema from "another realm".
    server: { deps: { inline: ['graphql-http'] } },
    typecheck: { enabled: true, include: ['test/**/*.test-d.ts'], tsconfig: './tsconfig.json' },
  },
});
