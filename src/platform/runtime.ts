// The platform this build runs on. Sources and browser bundles get the fetch-only one; the Node
// builds (tsup.config.ts) and the tests (vitest.config.ts) swap this module for ./node.ts, and
// package.json's "node" export condition picks that build. No runtime import() decides it.
export { platform } from './web.js';
