// Type-checks apps that installed the packed move-ugc the way apps compile: strict, skipLibCheck
// false, nodenext and bundler resolution, with and without exactOptionalPropertyTypes, a Node-only
// project (no DOM lib) and a browser one (no @types/node), on every TypeScript line we support:
// 5.0 (the oldest), 5.9, 6.x and 7 (the native compiler). Lines marked @ts-expect-error must fail
// (a wrong field, variable or scalar type): were the typed documents `any`, they would not, and the
// unused directive fails the check. Two more apps bring their own @urql/core at the lowest and the
// highest version move-ugc's range allows (one copy installed, the bring-your-own paths typed), the
// second with urql's React hooks and graphcache configured with move-ugc/graphcache.
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { PINS } from './matrix-tools.mjs';
import { freshInstall, installedPackages, pack, root, run } from './packed-consumer.mjs';

const execFileAsync = promisify(execFile);

// Compilers live in .tmp/compilers, installed from npm once (and from npm's cache after that).
const COMPILERS = { '5.0': '5.0.4', 5.9: '5.9.3', '6.0': '6.0.3', 7: '7.0.2' };
const URQL_RANGE = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).dependencies['@urql/core'];
// 6.0.0-6.0.2's own declarations fail skipLibCheck: false once graphql's types are present (TS2312).
const URQL_LOWEST = '6.0.3';
// The newest 6.x on the registry, whatever it is on the day.
const URQL_HIGHEST = '6';

function compiler(line) {
  const version = COMPILERS[line];
  const dir = join(root, '.tmp/compilers', version);
  const tsc = join(dir, 'node_modules/typescript/bin/tsc');
  if (!existsSync(tsc)) {
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'package.json'), '{"private":true}');
    run('npm', ['install', '--no-audit', '--no-fund', '--silent', '--prefer-offline', `typescript@${version}`], dir);
  }
  return tsc;
}

// What apps write, including explicit undefined for optional properties and the expand-typed results.
const FACADE = `import { MoveUgc, NotFoundError, verifyWebhook, type Job, type Page } from 'move-ugc';
import { GetJobDocument, ListJobsDocument, type GetJobQuery } from 'move-ugc/documents';
// Without @urql/exchange-graphcache installed: the entry names none of its types.
import { moveUgcKeys, moveUgcPossibleTypes } from 'move-ugc/graphcache';

export async function jobsWithTakes(signal?: AbortSignal): Promise<Job<'take'>[]> {
  const ugc = new MoveUgc({ apiKey: 'k'.repeat(20), endpoint: undefined, timeoutMs: undefined });
  const jobs: Job<'take'>[] = [];
  let page: Page<Job<'take'>> = await ugc.jobs.list({ limit: 20, expand: ['take'] }, { signal });
  jobs.push(...page.items);
  while (page.nextToken) {
    page = await ugc.jobs.list({ limit: 20, nextToken: page.nextToken ?? undefined, expand: ['take'] }, { signal });
    jobs.push(...page.items);
  }
  const take: string | undefined = jobs[0]?.take?.id;
  void take;
  await ugc.jobs.wait({ id: 'job-1', intervalMs: undefined, signal });
  await ugc.files.upload(new Uint8Array(4), { type: 'mp4', name: undefined, signal, onProgress: undefined });
  return jobs;
}

export async function webhook(body: string, headers: Record<string, string>, secret: string): Promise<string> {
  const event = await verifyWebhook(body, headers, secret, { toleranceSeconds: undefined });
  return event.type;
}

// The typed documents through ugc.request and ugc.urql, decoded alike.
export async function typedDocuments(ugc: MoveUgc): Promise<unknown> {
  const { getJob } = await ugc.request(GetJobDocument, { jobId: 'job-1' });
  const state: string | null | undefined = getJob?.state;
  const created: Date | null | undefined = getJob?.created;
  // @ts-expect-error a field the document does not select
  void getJob?.notAField;
  // @ts-expect-error a variable the document does not declare
  await ugc.request(GetJobDocument, { jobIdentifier: 'job-1' });
  // @ts-expect-error a variable of the wrong scalar type
  await ugc.request(ListJobsDocument, { first: 'ten' });
  // @ts-expect-error a document is not a number
  const notANumber: number = GetJobDocument;
  const result = await ugc.urql.query(GetJobDocument, { jobId: 'job-1' }).toPromise();
  const wireState: string | null | undefined = result.data?.getJob?.state;
  // One decoded shape through ugc.urql too: a Date, not the wire's string.
  const urqlCreated: Date | null | undefined = result.data?.getJob?.created;
  // @ts-expect-error a timestamp is a Date, not a string
  const createdText: string | null | undefined = result.data?.getJob?.created;
  // @ts-expect-error a field the document does not select
  void result.data?.getJob?.notAField;
  // @ts-expect-error a variable the document does not declare
  void ugc.urql.query(GetJobDocument, { jobIdentifier: 'job-1' });
  // @ts-expect-error a variable of the wrong scalar type
  void ugc.urql.query(ListJobsDocument, { first: 'ten' });
  const data: GetJobQuery | undefined = result.data;
  return [state, created, notANumber, wireState, urqlCreated, createdText, data, NotFoundError, moveUgcKeys, moveUgcPossibleTypes];
}
`;

const SANDBOX = `import { MoveUgc, NotFoundError } from 'move-ugc';
import { createSandbox } from 'move-ugc/sandbox';

export async function sandboxRoundTrip(): Promise<boolean> {
  const sandbox = await createSandbox({ jobDurationMs: 0 });
  const err: unknown = await new MoveUgc({ apiKey: sandbox.apiKey, endpoint: sandbox.url }).jobs.retrieve({ id: 'x' }).catch((e: unknown) => e);
  await sandbox.close();
  return err instanceof NotFoundError;
}
`;

// An app's own urql Client, with the SDK's exchange last; its copy of @urql/core is the SDK's.
const BRING_YOUR_OWN = `import { Client, fetchExchange, mapExchange } from '@urql/core';
import { MoveUgc, moveUgcDecodeExchange, moveUgcExchange } from 'move-ugc';
import { GetJobDocument } from 'move-ugc/documents';

export async function ownClient(): Promise<string | null | undefined> {
  const urql = new Client({
    url: 'http://127.0.0.1:1/graphql',
    exchanges: [mapExchange({ onOperation: () => undefined }), moveUgcExchange({ apiKey: 'k'.repeat(20) })],
    preferGetMethod: false,
  });
  const ugc = new MoveUgc({ urql });
  const same: Client = ugc.urql;
  const result = await same.query(GetJobDocument, { jobId: 'job-1' }).toPromise();
  // @ts-expect-error a field the document does not select
  void result.data?.getJob?.notAField;
  const stock = new Client({ url: 'http://127.0.0.1:1/graphql', exchanges: [moveUgcDecodeExchange, fetchExchange] });
  const created: Date | null | undefined = (await stock.query(GetJobDocument, { jobId: 'job-1' }).toPromise()).data?.getJob?.created;
  void created;
  return result.data?.getJob?.state;
}
`;

const HOOKS = `import { useQuery } from 'urql';
import { cacheExchange } from '@urql/exchange-graphcache';
import { GetJobDocument } from 'move-ugc/documents';
import { moveUgcKeys, moveUgcPossibleTypes } from 'move-ugc/graphcache';

// The shipped config is what graphcache's options take.
export const cache = cacheExchange({ keys: moveUgcKeys, possibleTypes: moveUgcPossibleTypes });

export function useJobState(id: string): string | null | undefined {
  const [result] = useQuery({ query: GetJobDocument, variables: { jobId: id } });
  // @ts-expect-error a field the document does not select
  void result.data?.getJob?.notAField;
  // @ts-expect-error a variable the document does not declare
  useQuery({ query: GetJobDocument, variables: { jobIdentifier: id } });
  const created: Date | null | undefined = result.data?.getJob?.created;
  void created;
  return result.data?.getJob?.state;
}
`;

function tsconfig(dir, name, files, { resolution, exact, env }) {
  const compilerOptions = {
    noEmit: true,
    strict: true,
    skipLibCheck: false,
    exactOptionalPropertyTypes: exact,
    target: 'es2022',
    module: resolution === 'nodenext' ? 'nodenext' : 'esnext',
    moduleResolution: resolution,
    lib: env === 'node' ? ['es2022'] : ['es2022', 'dom', 'dom.iterable'],
    types: env === 'node' ? ['node'] : [],
    typeRoots: [join(root, 'node_modules/@types')],
  };
  writeFileSync(join(dir, name), JSON.stringify({ compilerOptions, files }));
}

const failures = [];
async function check(label, dir, config, tsc) {
  try {
    await execFileAsync(process.execPath, [tsc, '-p', config], { cwd: dir });
    console.log(`ok    ${label}`);
  } catch (err) {
    failures.push(label);
    console.log(`FAIL  ${label}\n${err.stdout}${err.stderr}`);
  }
}

const packDir = join(root, '.tmp/consumer-pack');
mkdirSync(packDir, { recursive: true });
const tarball = pack(root, packDir);
const compilers = Object.fromEntries(Object.keys(COMPILERS).map((line) => [line, compiler(line)]));
const apps = [];
try {
  // 1. The tarball alone: whatever types the documents need must come with it.
  const alone = freshInstall([tarball]);
  apps.push(alone);
  writeFileSync(join(alone.dir, 'facade.ts'), FACADE);
  writeFileSync(join(alone.dir, 'sandbox.ts'), SANDBOX);
  const cases = [];
  for (const line of Object.keys(COMPILERS)) {
    for (const resolution of ['nodenext', 'bundler']) {
      for (const exact of [false, true]) cases.push({ line, resolution, exact, env: 'node' });
    }
    cases.push({ line, resolution: 'bundler', exact: true, env: 'browser' });
  }
  const jobs = cases.map((c) => () => {
    const name = `tsconfig.${c.line}-${c.resolution}-${c.exact}-${c.env}.json`;
    tsconfig(alone.dir, name, c.env === 'node' ? ['facade.ts', 'sandbox.ts'] : ['facade.ts'], c);
    const label = `TypeScript ${COMPILERS[c.line]}, ${c.resolution}, exactOptionalPropertyTypes ${c.exact}, ${c.env === 'node' ? 'Node (no DOM lib)' : 'browser (no @types/node)'}`;
    return check(label, alone.dir, name, compilers[c.line]);
  });

  // 2. Apps with their own @urql/core at each end of the SDK's range: one copy, typed either way.
  for (const [version, extra] of [
    [URQL_LOWEST, []],
    [URQL_HIGHEST, ['urql', 'react', '@types/react', '@urql/exchange-graphcache'].map((name) => PINS[name])],
  ]) {
    const app = freshInstall([tarball, `@urql/core@${version}`, ...extra], 'move-ugc-urql-');
    apps.push(app);
    const copies = installedPackages(app.dir).filter((p) => p === '@urql/core').length;
    if (copies !== 1) failures.push(`@urql/core@${version} beside move-ugc (range ${URQL_RANGE}) installed ${copies} copies`);
    writeFileSync(join(app.dir, 'own-client.ts'), BRING_YOUR_OWN);
    const files = ['own-client.ts'];
    if (extra.length) {
      writeFileSync(join(app.dir, 'hooks.ts'), HOOKS);
      files.push('hooks.ts');
    }
    for (const line of ['5.9', '7']) {
      for (const resolution of ['nodenext', 'bundler']) {
        const name = `tsconfig.${line}-${resolution}.json`;
        tsconfig(app.dir, name, files, { resolution, exact: true, env: 'node' });
        const label = `app's own @urql/core ${version}${extra.length ? ' with urql hooks and graphcache' : ''}, TypeScript ${COMPILERS[line]}, ${resolution}`;
        jobs.push(() => check(label, app.dir, name, compilers[line]));
      }
    }
  }
  // Two compilers at a time: one per core.
  await Promise.all(
    [0, 1].map(async () => {
      while (jobs.length) await jobs.shift()();
    }),
  );
} finally {
  for (const app of apps) app.cleanup();
}
if (failures.length) {
  console.error(`check-consumers: ${failures.length} check(s) failed:\n  ${failures.join('\n  ')}`);
  process.exit(1);
}
