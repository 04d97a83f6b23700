// examples/app-queries as an app runs it: a copy of the folder installs the packed move-ugc and
// graphql-codegen, generates its typed document from its own .graphql file (`npm run codegen`),
// type-checks strict with skipLibCheck false, and runs against a sandbox through ugc.request and
// ugc.urql. Fails on any step, or if the output lacks the decoded results.
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pack, root, run } from './packed-consumer.mjs';

const dir = mkdtempSync(join(tmpdir(), 'move-ugc-app-queries-'));
try {
  const tarball = pack(root, dir);
  const app = join(dir, 'app');
  const skip = /[\\/](node_modules|dist|generated)([\\/]|$)|package-lock\.json$/;
  cpSync(join(root, 'examples/app-queries'), app, { recursive: true, filter: (src) => !skip.test(src) });
  const manifest = JSON.parse(readFileSync(join(app, 'package.json'), 'utf8'));
  manifest.dependencies['move-ugc'] = `file:${tarball}`;
  writeFileSync(join(app, 'package.json'), JSON.stringify(manifest, null, 2));
  run('npm', ['install', '--no-audit', '--no-fund', '--silent', '--prefer-offline'], app);

  run('npm', ['run', '--silent', 'codegen'], app);
  const generated = join(app, 'src/generated/ugc.ts');
  if (!existsSync(generated) || !readFileSync(generated, 'utf8').includes('RecentJobsDocument')) {
    throw new Error('npm run codegen did not write RecentJobsDocument to src/generated/ugc.ts');
  }
  run('npm', ['run', '--silent', 'build'], app);
  const output = run('npm', ['run', '--silent', 'start'], app);
  process.stdout.write(output);
  // A decoded job: the take's name, an ISO timestamp from a Date, metadata as a value; then urql's, a Date too.
  if (
    !/^first warm-up \d{4}-\d\d-\d\dT[\d:.]+Z \{"shot":1\}$/m.test(output) ||
    !/^urql: 1 job\(s\), created \d{4}-\d\d-\d\dT[\d:.]+Z$/m.test(output)
  ) {
    throw new Error(`unexpected output from examples/app-queries:\n${output}`);
  }
  console.log('examples/app-queries: codegen, tsc and the run against the sandbox passed');
} finally {
  rmSync(dir, { recursive: true, force: true });
}
