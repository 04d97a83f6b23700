// `npm run test:matrix [-- vitest options]`: the slow matrix, apart from the quick `npm test`.
// Installs its pinned tools into .tmp/matrix (scripts/matrix-tools.mjs; offline once cached), then
// runs the consumer type-checks, the webhook-only bundles and the matrix tests
// (vitest.matrix.config.ts). Whatever is absent reports itself skipped, with the reason.
// Exits 1 if anything failed; the checks' counts go to .tmp/matrix-checks.json for .ci/run.
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { installTools, root } from './matrix-tools.mjs';

const missing = installTools();
if (missing.length) console.log(`test:matrix: ${missing.join(', ')} absent: the tests that need them are skipped`);

const checks = { passed: 0, failed: 0 };
const run = (title, args) => {
  console.log(`\n== ${title}`);
  const { status } = spawnSync(process.execPath, args, { cwd: root, stdio: 'inherit' });
  return status === 0;
};
for (const [title, script] of [
  ['Consumers type-check on TS 5.0, 5.9, 6.0 and 7, and with their own @urql/core and urql hooks', 'check-consumers.mjs'],
  ['A webhook-only app bundles small with esbuild, Vite and webpack (and webpack does not warn)', 'check-webhook-bundle.mjs'],
]) {
  checks[run(title, [join(root, 'scripts', script)]) ? 'passed' : 'failed']++;
}
mkdirSync(join(root, '.tmp'), { recursive: true });
writeFileSync(join(root, '.tmp/matrix-checks.json'), JSON.stringify(checks));

const vitest = join(root, 'node_modules/vitest/vitest.mjs');
const tests = run('Matrix tests (vitest.matrix.config.ts)', [
  vitest,
  'run',
  '--config',
  'vitest.matrix.config.ts',
  ...process.argv.slice(2),
]);
process.exit(tests && checks.failed === 0 ? 0 : 1);
