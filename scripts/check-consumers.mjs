// Type-checks a consumer of the packed move-ugc the way apps compile it: TypeScript 5.0 (the oldest
// we support) and 5.9, nodenext and bundler resolution, with and without exactOptionalPropertyTypes,
// with skipLibCheck false; a Node-only project (no DOM lib) and a browser one (no @types/node).
import { execFile } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { toolPath } from './matrix-tools.mjs';
import { packedConsumer, root } from './packed-consumer.mjs';

const execFileAsync = promisify(execFile);

// TypeScript 5.0 is a matrix tool (`npm run test:matrix` installs it into .tmp/matrix).
const OLDEST = toolPath('typescript-5.0/bin/tsc');
if (!OLDEST) console.log('SKIPPED TypeScript 5.0 (absent: `npm run test:matrix` installs it into .tmp/matrix)');
const COMPILERS = {
  ...(OLDEST ? { '5.0': OLDEST } : {}),
  5.9: join(root, 'node_modules/typescript/bin/tsc'),
};

// What apps write, including explicit undefined for optional properties (nextToken ?? undefined,
// a signal that may be absent) and the expand-typed results.
const SOURCE = `import { MoveUgc, NotFoundError, verifyWebhook, type Job, type Page } from 'move-ugc';
import { GetJobDocument, type GetJobQuery } from 'move-ugc/documents';
import { createSandbox } from 'move-ugc/sandbox';

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

export async function sandboxRoundTrip(): Promise<boolean> {
  const sandbox = await createSandbox({ jobDurationMs: 0 });
  const err: unknown = await new MoveUgc({ apiKey: sandbox.apiKey, endpoint: sandbox.url }).jobs.retrieve({ id: 'x' }).catch((e: unknown) => e);
  await sandbox.close();
  const data: GetJobQuery | undefined = undefined;
  void data;
  return err instanceof NotFoundError && GetJobDocument.kind === 'Document';
}
`;

// A browser app has the DOM lib and no @types/node; it cannot use the sandbox (a Node server).
const BROWSER_SOURCE = SOURCE.replace(/import \{ createSandbox \}.*\n/, '').replace(/export async function sandboxRoundTrip[\s\S]*$/, '');

const consumer = packedConsumer();
const failures = [];
try {
  writeFileSync(join(consumer.dir, 'node-app.ts'), SOURCE);
  writeFileSync(join(consumer.dir, 'browser-app.ts'), BROWSER_SOURCE);
  const cases = [];
  for (const ts of Object.keys(COMPILERS)) {
    for (const resolution of ['nodenext', 'bundler']) {
      for (const exact of [false, true]) cases.push({ ts, resolution, exact, env: 'node' });
    }
    cases.push({ ts, resolution: 'bundler', exact: true, env: 'browser' });
  }
  // Two compilers at a time: one per core.
  const check = async ({ ts, resolution, exact, env }) => {
    const label = `TypeScript ${ts}, ${resolution}, exactOptionalPropertyTypes ${exact}, ${env === 'node' ? 'Node (no DOM lib)' : 'browser (no @types/node)'}`;
    const name = `tsconfig.${ts}-${resolution}-${exact}-${env}.json`;
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
    writeFileSync(join(consumer.dir, name), JSON.stringify({ compilerOptions, files: [`${env}-app.ts`] }));
    try {
      await execFileAsync(process.execPath, [COMPILERS[ts], '-p', name], { cwd: consumer.dir });
      console.log(`ok    ${label}`);
    } catch (err) {
      failures.push(label);
      console.log(`FAIL  ${label}\n${err.stdout}${err.stderr}`);
    }
  };
  const queue = [...cases];
  await Promise.all(
    [0, 1].map(async () => {
      while (queue.length) await check(queue.shift());
    }),
  );
} finally {
  consumer.cleanup();
}
if (failures.length) {
  console.error(`check-consumers: ${failures.length} configuration(s) do not type-check`);
  process.exit(1);
}
