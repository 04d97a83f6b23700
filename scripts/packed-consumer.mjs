// A fresh project that installed the packed move-ugc tarball and nothing else, as `npm install
// move-ugc` leaves it: shared by the package smoke test and the consumer type checks.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const root = resolve(import.meta.dirname, '..');

export function run(cmd, args, cwd, env = process.env) {
  return execFileSync(cmd, args, { cwd, env, stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8' });
}

/** Packs `packageDir` into `dir` and returns the tarball's path. */
export function pack(packageDir, dir) {
  return join(dir, run('npm', ['pack', '--silent', '--pack-destination', dir], packageDir).trim().split('\n').pop());
}

/** Every package directory under `dir`/node_modules, nested ones included. */
export function installedPackages(dir) {
  const found = [];
  const walk = (modules) => {
    if (!existsSync(modules)) return;
    for (const entry of readdirSync(modules)) {
      if (entry.startsWith('.')) continue;
      const path = join(modules, entry);
      if (entry.startsWith('@')) {
        for (const scoped of readdirSync(path)) visit(join(path, scoped), `${entry}/${scoped}`);
      } else visit(path, entry);
    }
  };
  const visit = (path, name) => {
    if (!existsSync(join(path, 'package.json'))) return;
    found.push(name);
    walk(join(path, 'node_modules'));
  };
  walk(join(dir, 'node_modules'));
  return found.sort();
}

/** Bytes on disk under `path`. */
export function diskBytes(path) {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.size;
  return readdirSync(path).reduce((sum, entry) => sum + diskBytes(join(path, entry)), 0);
}

/** Installs `specs` (tarball paths or registry names) into a new project; `cleanup()` removes it. */
export function freshInstall(specs, prefix = 'move-ugc-consumer-') {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
  run('npm', ['install', '--no-audit', '--no-fund', '--silent', ...specs], dir);
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** The packed move-ugc installed alone into a new project. */
export function packedConsumer() {
  const packDir = mkdtempSync(join(tmpdir(), 'move-ugc-pack-'));
  try {
    const tarball = pack(root, packDir);
    const tarballBytes = statSync(tarball).size;
    const consumer = freshInstall([tarball]);
    return { ...consumer, tarballBytes };
  } finally {
    rmSync(packDir, { recursive: true, force: true });
  }
}
