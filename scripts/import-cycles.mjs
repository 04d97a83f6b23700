// Import circles among the TypeScript files under a directory, type-only imports included: a
// circle of types still means no file in it can be read or changed alone. The layer rule
// (scripts/eslint-layers.mjs) stops imports running up a layer; this finds circles inside one.
// `node scripts/import-cycles.mjs [dir]` prints them and exits 1 when there is any.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

/** Every `.ts` file under `dir`, recursively. */
function sourceFiles(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return path.endsWith('.ts') && !path.endsWith('.d.ts') ? [path] : [];
  });
}

/** The files under the same tree that `file` imports or re-exports (relative specifiers only). */
function importsOf(file) {
  const { importedFiles } = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
  return importedFiles
    .map(({ fileName }) => fileName)
    .filter((spec) => spec.startsWith('.'))
    .map((spec) => resolve(dirname(file), spec.replace(/\.js$/, '.ts')))
    .filter((path) => existsSync(path));
}

/** Each circle once, as the list of files (relative to `dir`) from its first file back to it. */
export function importCycles(dir) {
  const root = resolve(dir);
  const graph = new Map(sourceFiles(root).map((file) => [file, importsOf(file)]));
  const cycles = [];
  const state = new Map(); // absent: unvisited; 1: on the current path; 2: done
  const path = [];
  const visit = (file) => {
    state.set(file, 1);
    path.push(file);
    for (const next of graph.get(file) ?? []) {
      if (state.get(next) === 1) cycles.push([...path.slice(path.indexOf(next)), next].map((f) => relative(root, f)));
      else if (!state.has(next)) visit(next);
    }
    path.pop();
    state.set(file, 2);
  };
  for (const file of [...graph.keys()].sort()) if (!state.has(file)) visit(file);
  return cycles;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const cycles = importCycles(process.argv[2] ?? 'src');
  for (const cycle of cycles) console.log(cycle.join(' -> '));
  console.log(`${cycles.length} import circle(s)`);
  process.exitCode = cycles.length ? 1 : 0;
}
