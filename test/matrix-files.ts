// The slow matrix (`npm run test:matrix`, scripts/test-matrix.mjs): other runtimes and browsers,
// other GraphQL clients, the schema-evolution rebuild, and load/soak tests. `npm test` leaves these
// out, so that it stays the quick loop; CI (.ci/run) runs both.
export const MATRIX_FILES = [
  // Bun, Deno, workerd and Chromium run the SDK (tools from .tmp/matrix), Chromium also
  // examples/react (React, urql and graphcache from .tmp/matrix too).
  'test/runtimes/runtimes.test.ts',
  'test/browser/*.test.ts',
  // Apollo Client and graphql-request use the typed documents (Apollo from .tmp/matrix).
  'test/documents/other-clients.test.ts',
  // A schema change rebuilt end to end: codegen, tsc and a nested vitest run.
  'test/schema/evolution.test.ts',
  // The published Python SDK's own operations against the sandbox (needs python3 with move_ugc).
  'test/sandbox/python-sdk.test.ts',
  // Load and soak: 10 000 calls (twice: sequential, and begun at once), 200 jobs' webhooks, memory
  // over large uploads.
  'test/transport/load.test.ts',
  'test/transport/many-at-once.test.ts',
  'test/sandbox/webhook-exactly-once.test.ts',
  'test/workflows/upload-memory.test.ts',
];

// Quick-loop files that need a process of their own; the rest share one (vitest.config.ts).
export const ISOLATED = [
  // Asserts the generated documents as first loaded: urql marks the shared module objects once used.
  'test/documents/facade-documents.test.ts',
];
