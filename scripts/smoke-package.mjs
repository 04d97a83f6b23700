// Packs move-ugc, installs the tarball into a fresh project, and uses it from ESM, from CJS and
// from TypeScript against a running sandbox: what a user gets from `npm install move-ugc`.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const dir = mkdtempSync(join(tmpdir(), 'move-ugc-consumer-'));
const run = (cmd, args, cwd = dir) => execFileSync(cmd, args, { cwd, stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8' });

try {
  const tarball = join(dir, run('npm', ['pack', '--silent', '--pack-destination', dir], root).trim().split('\n').pop());
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
  run('npm', [
    'install',
    '--no-audit',
    '--no-fund',
    '--silent',
    tarball,
    `typescript@${process.env.TS_VERSION ?? '5.9.3'}`,
    '@types/node@20',
  ]);

  const flow = (imp) => `
${imp}
const sandbox = await createSandbox({ jobDurationMs: 0 });
try {
  const ugc = new MoveUgc({ apiKey: sandbox.apiKey, endpoint: sandbox.url });
  const page = await ugc.jobs.list({ limit: 1 });
  if (!Array.isArray(page.items)) throw new Error('list returned no items array');
  const err = await ugc.jobs.retrieve({ id: 'job-missing' }).catch((e) => e);
  if (!(err instanceof NotFoundError)) throw new Error('expected NotFoundError, got ' + err);
  if (!GetJobDocument.definitions) throw new Error('documents entry has no GetJobDocument');
  console.log('ok');
} finally {
  await sandbox.close();
}`;
  writeFileSync(
    join(dir, 'esm.mjs'),
    flow(`import { MoveUgc, NotFoundError } from 'move-ugc';
import { createSandbox } from 'move-ugc/sandbox';
import { GetJobDocument } from 'move-ugc/documents';`),
  );
  writeFileSync(
    join(dir, 'cjs.cjs'),
    `(async () => {${flow(`const { MoveUgc, NotFoundError } = require('move-ugc');
const { createSandbox } = require('move-ugc/sandbox');
const { GetJobDocument } = require('move-ugc/documents');`)}})().catch((e) => { console.error(e); process.exit(1); });`,
  );
  writeFileSync(
    join(dir, 'typed.ts'),
    `import { MoveUgc, type Job } from 'move-ugc';
import { GetJobDocument, type GetJobQuery } from 'move-ugc/documents';
const ugc = new MoveUgc({ apiKey: 'x'.repeat(20) });
export async function f(): Promise<Job<'take'>> {
  const data: GetJobQuery = (null as unknown as GetJobQuery);
  void data; void GetJobDocument;
  return ugc.jobs.retrieve({ id: 'j', expand: ['take'] });
}
`,
  );
  for (const moduleResolution of ['node16', 'bundler']) {
    const module = moduleResolution === 'node16' ? 'node16' : 'esnext';
    run('npx', [
      'tsc',
      '--noEmit',
      '--strict',
      '--skipLibCheck',
      'false',
      '--module',
      module,
      '--moduleResolution',
      moduleResolution,
      '--target',
      'es2022',
      'typed.ts',
    ]);
    console.log(`typescript (${moduleResolution}): ok`);
  }
  process.stdout.write(`esm: ${run('node', ['esm.mjs'])}`);
  process.stdout.write(`cjs: ${run('node', ['cjs.cjs'])}`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
