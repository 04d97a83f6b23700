// The tools only the slow matrix needs (`npm run test:matrix`): other runtimes, another bundler
// and the React example's packages, 400+ MB (the TypeScript lines are scripts/check-consumers.mjs's own). They are not
// devDependencies, so a newcomer's `npm ci` stays small; the matrix installs these exact versions
// into .tmp/matrix. (playwright-core and Apollo Client stay devDependencies: `npm run typecheck`
// and `npm run lint` read the tests that import them.)
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

export const root = new URL('..', import.meta.url).pathname;
export const MATRIX_DIR = join(root, '.tmp/matrix');
const MODULES = join(MATRIX_DIR, 'node_modules');

/** Exact pins (name as imported, npm spec). */
export const PINS = {
  bun: 'bun@1.4.4',
  deno: 'deno@2.9.6',
  workerd: 'workerd@1.20261117.1',
  webpack: 'webpack@5.112.2',
  // examples/react (test/browser/react-example.test.ts): urql's hooks, graphcache, React.
  react: 'react@19.3.1',
  'react-dom': 'react-dom@19.3.1',
  '@types/react': '@types/react@19.3.3',
  '@types/react-dom': '@types/react-dom@19.3.0',
  urql: 'urql@5.0.4',
  '@urql/exchange-graphcache': '@urql/exchange-graphcache@9.0.2',
};

function installedVersion(name) {
  try {
    return JSON.parse(readFileSync(join(MODULES, name, 'package.json'), 'utf8')).version;
  } catch {
    return undefined;
  }
}

/** The pins not installed at their exact version. */
export function missingTools() {
  return Object.entries(PINS)
    .filter(([name, spec]) => installedVersion(name) !== spec.slice(spec.lastIndexOf('@') + 1))
    .map(([name]) => name);
}

/**
 * Installs what is missing, from npm's cache when it has them (`--prefer-offline`): once fetched,
 * the matrix runs offline. Returns the names still missing (install failed: no network, no cache).
 */
export function installTools() {
  if (missingTools().length === 0) return [];
  mkdirSync(MATRIX_DIR, { recursive: true });
  if (!existsSync(join(MATRIX_DIR, 'package.json'))) writeFileSync(join(MATRIX_DIR, 'package.json'), '{ "private": true }\n');
  try {
    execFileSync('npm', ['install', '--no-save', '--prefer-offline', '--no-audit', '--no-fund', ...Object.values(PINS)], {
      cwd: MATRIX_DIR,
      stdio: 'inherit',
    });
  } catch (err) {
    console.warn(
      `test:matrix: could not install the matrix tools (${err.message.split('\n')[0]}); tests that need them report themselves skipped`,
    );
  }
  return missingTools();
}

/** A file inside an installed matrix tool, such as `webpack/package.json`; undefined when absent. */
export function toolPath(relative) {
  const path = join(MODULES, relative);
  return existsSync(path) ? path : undefined;
}

/** Resolves a module as code inside .tmp/matrix would (for `import()` of a matrix tool). */
export const matrixRequire = createRequire(join(MATRIX_DIR, 'package.json'));
