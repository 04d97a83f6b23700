// Packs move-ugc, installs the tarball alone into a fresh project, and checks what a user gets from
// `npm install move-ugc`: few packages and nothing CLI- or sandbox-only, a working `npx move-ugc`, and the library,
// its documents, the graphcache config and the sandbox used from ESM and CJS against a running sandbox.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { installedPackages, packedConsumer, run } from './packed-consumer.mjs';

// move-ugc, @urql/core and its own dependencies (@0no-co/graphql.web, wonka), and graphql: no code
// of it runs in the library, but @0no-co/graphql.web takes DocumentNode from its types, and without
// them every typed document is `any` on TypeScript 5.5 and later.
const MAX_PACKAGES = 5;
// Bundled into the CLI and sandbox chunks; graphql is also installed, for its types (above).
const BUNDLED = ['graphql', 'graphql-http', 'commander', 'cli-progress'];
const CLI_ONLY = BUNDLED.filter((name) => name !== 'graphql');

const consumer = packedConsumer();
const { dir } = consumer;
const fail = (message) => {
  console.error(`smoke: ${message}`);
  process.exitCode = 1;
};

try {
  const packages = installedPackages(dir);
  console.log(`installed: ${packages.length} packages (${packages.join(', ')}); tarball ${(consumer.tarballBytes / 1024).toFixed(1)} kB`);
  if (packages.length > MAX_PACKAGES) fail(`npm install move-ugc installs ${packages.length} packages, over ${MAX_PACKAGES}`);
  const cliOnly = packages.filter((p) => CLI_ONLY.includes(p));
  if (cliOnly.length) fail(`npm install move-ugc installs CLI/sandbox-only packages: ${cliOnly.join(', ')}`);

  const pkgDir = join(dir, 'node_modules', 'move-ugc');
  for (const file of ['LICENSE', 'dist/THIRD_PARTY_LICENSES.md']) {
    try {
      readFileSync(join(pkgDir, file));
    } catch {
      fail(`the package has no ${file}`);
    }
  }
  const notices = readFileSync(join(pkgDir, 'dist/THIRD_PARTY_LICENSES.md'), 'utf8');
  const unlicensed = BUNDLED.filter((name) => !notices.includes(`## ${name}@`));
  if (unlicensed.length) fail(`dist/THIRD_PARTY_LICENSES.md lacks ${unlicensed.join(', ')}`);

  const help = run('npx', ['--no-install', 'move-ugc', '--help'], dir);
  if (!/Usage: move-ugc/.test(help)) fail(`npx move-ugc --help printed:\n${help}`);
  else console.log('npx move-ugc --help: ok');

  const flow = (imp) => `
${imp}
const sandbox = await createSandbox({ jobDurationMs: 0 });
try {
  const ugc = new MoveUgc({ apiKey: sandbox.apiKey, endpoint: sandbox.url });
  const file = await ugc.files.upload(new TextEncoder().encode('clip'), { type: 'mp4' });
  const take = await ugc.takes.createSingleCam({ sources: [{ fileId: file.id, deviceLabel: 'cam', format: 'MP4' }] });
  const job = await ugc.jobs.createSingleCam({ takeId: take.id });
  const done = await ugc.jobs.wait({ id: job.id, intervalMs: 5 });
  if (done.state !== 'FINISHED') throw new Error('job ended ' + done.state);
  const page = await ugc.jobs.list({ limit: 1 });
  if (page.items[0]?.id !== job.id) throw new Error('list did not return the job');
  const err = await ugc.jobs.retrieve({ id: 'job-missing' }).catch((e) => e);
  if (!(err instanceof NotFoundError)) throw new Error('expected NotFoundError, got ' + err);
  if (!GetJobDocument.definitions) throw new Error('documents entry has no GetJobDocument');
  if (moveUgcKeys.JobProgress?.() !== null) throw new Error('graphcache entry does not embed JobProgress');
  console.log('ok');
} finally {
  await sandbox.close();
}`;
  writeFileSync(
    join(dir, 'esm.mjs'),
    flow(`import { MoveUgc, NotFoundError } from 'move-ugc';
import { createSandbox } from 'move-ugc/sandbox';
import { GetJobDocument } from 'move-ugc/documents';
import { moveUgcKeys } from 'move-ugc/graphcache';`),
  );
  writeFileSync(
    join(dir, 'cjs.cjs'),
    `(async () => {${flow(`const { MoveUgc, NotFoundError } = require('move-ugc');
const { createSandbox } = require('move-ugc/sandbox');
const { GetJobDocument } = require('move-ugc/documents');
const { moveUgcKeys } = require('move-ugc/graphcache');`)}})().catch((e) => { console.error(e); process.exit(1); });`,
  );
  process.stdout.write(`esm (library, documents, graphcache config, sandbox round trip): ${run('node', ['esm.mjs'], dir)}`);
  process.stdout.write(`cjs (library, documents, graphcache config, sandbox round trip): ${run('node', ['cjs.cjs'], dir)}`);
} finally {
  consumer.cleanup();
}
