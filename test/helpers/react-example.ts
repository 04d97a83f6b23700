import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { build, type Plugin } from 'esbuild';

// examples/react as an app would build it, without installing anything into the repository:
// React, urql and graphcache come from .tmp/matrix (scripts/matrix-tools.mjs pins them), move-ugc
// from dist/ through package.json's "exports" (what the tarball holds), and @urql/core and its
// dependencies once, move-ugc's copies, as npm would dedupe them in an app.

const root = fileURLToPath(new URL('../../', import.meta.url));
const matrix = join(root, '.tmp/matrix');
const MATRIX_PACKAGES = ['react', 'react-dom', 'urql', '@urql/exchange-graphcache', '@types/react', '@types/react-dom'];
const SHARED = ['@urql/core', '@0no-co/graphql.web', 'wonka'];
export const EXAMPLE = join(root, 'examples/react');

/** Why the example cannot be built here, or undefined when it can. */
export function missingForExample(): string | undefined {
  const absent = MATRIX_PACKAGES.filter((name) => !existsSync(join(matrix, 'node_modules', name, 'package.json')));
  if (absent.length) return `${absent.join(', ')} absent from .tmp/matrix (npm run test:matrix installs them)`;
  if (!existsSync(join(root, 'dist/graphcache.js'))) return 'dist/ is not built (npm run build)';
  return undefined;
}

const packageName = (specifier: string) =>
  specifier
    .split('/')
    .slice(0, specifier.startsWith('@') ? 2 : 1)
    .join('/');

/** move-ugc's subpath as a browser bundler reads "exports": the `import` condition's file. */
function moveUgcFile(specifier: string): string {
  const exports = (
    JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { exports: Record<string, { import: { default: string } }> }
  ).exports;
  const entry = exports[`.${specifier.slice('move-ugc'.length)}`];
  if (!entry) throw new Error(`${specifier} is not in move-ugc's exports`);
  return join(root, entry.import.default);
}

const appModules: Plugin = {
  name: 'app-modules',
  setup(build) {
    build.onResolve({ filter: /^[@a-z]/ }, async ({ path, kind, pluginData }) => {
      if (pluginData === 'app-modules') return undefined;
      const name = packageName(path);
      if (name === 'move-ugc') return { path: moveUgcFile(path) };
      const from = SHARED.includes(name) ? root : MATRIX_PACKAGES.includes(name) ? matrix : undefined;
      if (!from) return undefined;
      const resolved = await build.resolve(path, { resolveDir: from, kind, pluginData: 'app-modules' });
      return resolved.errors.length ? { errors: resolved.errors } : { path: resolved.path };
    });
  },
};

/** The example's script, bundled as `npm run build` in the example does (a development build). */
export async function buildExample(): Promise<string> {
  const result = await build({
    entryPoints: [join(EXAMPLE, 'src/main.tsx')],
    bundle: true,
    platform: 'browser',
    format: 'esm',
    target: 'es2022',
    jsx: 'automatic',
    write: false,
    // graphcache and React warn only in development builds: the test watches for their warnings.
    define: { 'process.env.NODE_ENV': '"development"' },
    plugins: [appModules],
    logLevel: 'silent',
  });
  return result.outputFiles[0]!.text;
}

/**
 * `tsc -p` on the example's own tsconfig (strict, skipLibCheck false), its packages mapped as the
 * bundle has them. Resolves to tsc's output; rejects with it when there are errors.
 */
export async function typecheckExample(): Promise<string> {
  const dir = join(root, '.tmp/react-example');
  mkdirSync(dir, { recursive: true });
  const inMatrix = (path: string) => [join(matrix, 'node_modules', path)];
  const paths: Record<string, string[]> = {
    'move-ugc': [join(root, 'dist/index.d.ts')],
    'move-ugc/documents': [join(root, 'dist/documents.d.ts')],
    'move-ugc/graphcache': [join(root, 'dist/graphcache.d.ts')],
    react: inMatrix('@types/react'),
    'react/*': inMatrix('@types/react/*'),
    'react-dom/*': inMatrix('@types/react-dom/*'),
    urql: inMatrix('urql'),
    '@urql/exchange-graphcache': inMatrix('@urql/exchange-graphcache'),
    ...Object.fromEntries(SHARED.map((name) => [name, [join(root, 'node_modules', name)]])),
  };
  const config = { extends: join(EXAMPLE, 'tsconfig.json'), compilerOptions: { paths }, include: [join(EXAMPLE, 'src')] };
  writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify(config, null, 2));
  const tsc = join(root, 'node_modules/typescript/bin/tsc');
  try {
    const { stdout } = await promisify(execFile)(process.execPath, [tsc, '-p', join(dir, 'tsconfig.json')], { cwd: dir });
    return stdout;
  } catch (error) {
    const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
    throw new Error(`tsc -p examples/react failed:\n${stdout}${stderr}`);
  }
}
