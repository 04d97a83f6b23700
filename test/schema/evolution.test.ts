import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSchema, introspectionFromSchema } from 'graphql';
import { afterAll, describe, expect, test } from 'vitest';
import { command } from '../helpers/command.js';

const root = new URL('../../', import.meta.url).pathname;
const schemaFile = join(root, 'graphql/schema.graphql');
const sdl = readFileSync(schemaFile, 'utf8');
const work = mkdtempSync(join(tmpdir(), 'move-ugc-schema-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Our schema with one edit; the edit must apply, or the fixture would silently test nothing. */
function variant(name: string, from: string | RegExp, to: string): string {
  const changed = sdl.replace(from, to);
  expect(changed, `fixture ${name} did not apply`).not.toBe(sdl);
  const file = join(work, `${name}.graphql`);
  writeFileSync(file, changed);
  return file;
}

interface Report {
  breaking: { path: string; affects: string[] }[];
  dangerous: { path: string; affects: string[] }[];
  safe: { path: string }[];
}

async function schemaDiff(newFile: string, ...flags: string[]): Promise<{ status: number | null; report: Report }> {
  const run = await command('node', ['scripts/schema-diff.mjs', '--old', schemaFile, '--new', newFile, '--json', ...flags], { cwd: root });
  return { status: run.status, report: JSON.parse(run.stdout) as Report };
}

describe('schema:diff classifies changes and names the operations they affect', () => {
  test('a new optional argument is dangerous, not breaking', async () => {
    const { status, report } = await schemaDiff(
      variant('new-arg', 'listJobs(after: AWSJSON, first: Int,', 'listJobs(after: AWSJSON, first: Int, state: JobState,'),
    );
    expect(status).toBe(0);
    expect(report.breaking).toEqual([]);
    expect(report.dangerous).toEqual([
      expect.objectContaining({ path: 'Query.listJobs.state', affects: [expect.stringMatching(/^listJobs /)] }),
    ]);
  });

  test('a new enum value is dangerous and touches the operations taking that enum', async () => {
    const { status, report } = await schemaDiff(variant('new-enum', /^(\s+)RENDER_VIDEO$/m, '$1RENDER_VIDEO\n$1RENDER_GIF'));
    expect(status).toBe(0);
    const change = report.dangerous.find((c) => c.path === 'OutputType.RENDER_GIF');
    expect(change?.affects.map((a) => a.split(' ')[0]).sort()).toEqual(['createMultiCamJob', 'createSingleCamJob']);
  });

  test('a removed field is breaking, exits 1, and names every operation selecting it', async () => {
    const { status, report } = await schemaDiff(variant('removed-field', /^\s+percentageComplete: Int\n/m, ''));
    expect(status).toBe(1);
    const paths = report.breaking.map((c) => c.path);
    expect(paths).toContain('JobProgress.percentageComplete');
    const affected = report.breaking.find((c) => c.path === 'JobProgress.percentageComplete')!.affects.map((a) => a.split(' ')[0]);
    expect(affected).toEqual(expect.arrayContaining(['getJob', 'listJobs', 'createSingleCamJob', 'updateJob']));
  });

  test('a type change is breaking; --allow-breaking accepts it', async () => {
    const file = variant('type-change', /^(\s+)numberOfActors: Int$/m, '$1numberOfActors: Float');
    const { status, report } = await schemaDiff(file);
    expect(status).toBe(1);
    expect(report.breaking.map((c) => c.path)).toContain('JobInputs.numberOfActors');
    expect((await schemaDiff(file, '--allow-breaking')).status).toBe(0);
  });

  test('an added field is safe', async () => {
    const { status, report } = await schemaDiff(variant('added-field', /^(\s+)take: Take$/m, '$1take: Take\n$1tags: [String]'));
    expect(status).toBe(0);
    expect(report.safe.map((c) => c.path)).toEqual(['Job.tags']);
  });
});

test('schema:pull reproduces graphql/schema.graphql from its own introspection, descriptions kept', async () => {
  const introspection = join(work, 'introspection.json');
  writeFileSync(introspection, JSON.stringify({ data: introspectionFromSchema(buildSchema(sdl)) }));
  const out = join(work, 'pulled.graphql');
  writeFileSync(out, sdl);
  expect((await command('node', ['scripts/schema-pull.mjs', '--from', introspection, '--out', out], { cwd: root })).status).toBe(0);
  expect(readFileSync(out, 'utf8')).toBe(sdl);
});

test('after a safe change, codegen, the type checker and the job tests still pass', async () => {
  const copy = join(work, 'project');
  for (const part of [
    'graphql',
    'src',
    'scripts',
    'test',
    'examples',
    'codegen.ts',
    'tsconfig.json',
    'package.json',
    'vitest.config.ts',
    'tsup.config.ts',
  ]) {
    cpSync(join(root, part), join(copy, part), { recursive: true });
  }
  symlinkSync(join(root, 'node_modules'), join(copy, 'node_modules'));
  const schema = join(copy, 'graphql/schema.graphql');
  writeFileSync(schema, readFileSync(variant('safe', /^(\s+)RENDER_VIDEO$/m, '$1RENDER_VIDEO\n$1RENDER_GIF'), 'utf8'));
  expect((await command('npx', ['graphql-codegen'], { cwd: copy })).status).toBe(0);
  expect(readFileSync(join(copy, 'src/generated/graphql.ts'), 'utf8')).toContain("'RENDER_GIF'");
  const tsc = await command('npx', ['tsc', '-p', '.'], { cwd: copy });
  expect(tsc.stdout + tsc.stderr).not.toMatch(/error TS/);
  expect(tsc.status).toBe(0);
  const tests = await command('npx', ['vitest', 'run', 'test/resources/jobs.test.ts', '--typecheck.enabled=false'], {
    cwd: copy,
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' },
  });
  expect(tests.stdout).toMatch(/Tests\s+\d+ passed/);
  expect(tests.status).toBe(0);
  // Three builds in a row: minutes on a busy 2-core machine (it runs in the matrix, not `npm test`).
}, 600_000);
