import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import { afterAll, describe, expect, it } from 'vitest';

// The layer rule and the circle check, each shown to fail on a deliberate violation. The fixture
// files exist only as text handed to eslint under a path inside src/; nothing is written there.

const root = new URL('../..', import.meta.url).pathname;
// eslint.config.js as CI runs it, minus type information, which a file not on disk cannot have.
const eslint = new ESLint({ cwd: root, overrideConfig: { files: ['**/*.ts'], ...tseslint.configs.disableTypeChecked } });

async function layerErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: join(root, filePath) });
  return result!.messages.filter((m) => m.ruleId === 'layers/direction').map((m) => m.message);
}

describe('the layer rule (eslint.config.js)', () => {
  it('fails a core file that imports a resource, by type or by value', async () => {
    const errors = await layerErrors(
      'src/core/layer-fixture.ts',
      "import type { Job } from '../resources/jobs.js';\nimport { Files } from '../resources/files.js';\nexport type X = [Job, Files];\n",
    );
    expect(errors).toHaveLength(2);
    expect(errors[0]).toBe('src/core/layer-fixture.ts (core) may not import src/resources/jobs.ts (resources): core reaches only core.');
  });

  it('fails every way of naming a module upward: re-export, import(), import type', async () => {
    const code = [
      "export { platform } from '../platform/runtime.js';",
      "export * from '../client.js';",
      "export const later = () => import('../resources/jobs.js');",
      "export type T = import('../index.js').MoveUgc;",
    ].join('\n');
    expect(await layerErrors('src/core/layer-fixture.ts', code)).toHaveLength(4);
  });

  it('fails the platform reaching up to resources, and an executable reaching past the public index', async () => {
    expect(
      await layerErrors('src/platform/layer-fixture.ts', "export type { FileReference } from '../resources/files.js';\n"),
    ).toHaveLength(1);
    expect(await layerErrors('src/cli/commands/layer-fixture.ts', "export { Jobs } from '../../resources/jobs.js';\n")).toHaveLength(1);
  });

  it('lets each layer import its own files and the layers below it', async () => {
    expect(await layerErrors('src/core/layer-fixture.ts', "export { MoveUgcError } from './errors.js';\n")).toEqual([]);
    expect(await layerErrors('src/resources/layer-fixture.ts', "export { platform } from '../platform/runtime.js';\n")).toEqual([]);
    expect(await layerErrors('src/client.ts', "export { Jobs } from './resources/jobs.js';\n")).toEqual([]);
    expect(await layerErrors('src/cli/commands/layer-fixture.ts', "export { MoveUgc } from '../../index.js';\n")).toEqual([]);
  });
});

describe('import circles (scripts/import-cycles.mjs)', () => {
  const fixture = mkdtempSync(join(tmpdir(), 'move-ugc-cycles-'));
  afterAll(() => rmSync(fixture, { recursive: true, force: true }));
  const cycles = (dir: string) => spawnSync(process.execPath, ['scripts/import-cycles.mjs', dir], { cwd: root, encoding: 'utf8' });

  it('finds none in src/', () => {
    const run = cycles('src');
    expect(run.stdout).toBe('0 import circle(s)\n');
    expect(run.status).toBe(0);
  });

  it('finds a circle closed by a type-only import, and exits 1', () => {
    writeFileSync(join(fixture, 'a.ts'), "import { b } from './b.js';\nexport const a = b;\n");
    writeFileSync(join(fixture, 'b.ts'), "import type { C } from './c.js';\nexport const b: C = 1;\n");
    writeFileSync(join(fixture, 'c.ts'), "import type { a } from './a.js';\nexport type C = typeof a;\n");
    const run = cycles(fixture);
    expect(run.stdout).toBe('a.ts -> b.ts -> c.ts -> a.ts\n1 import circle(s)\n');
    expect(run.status).toBe(1);
  });
});
