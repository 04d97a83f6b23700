// Writes the licences of the packages bundled into dist (the sandbox and CLI chunks carry graphql-js,
// graphql-http, commander and cli-progress with their dependencies) to one file shipped beside them.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

/** The directory of `name` as Node finds it from `fromDir` (exports maps may hide package.json). */
function packageDir(name, fromDir) {
  const paths = createRequire(join(fromDir, 'package.json')).resolve.paths(name) ?? [];
  const dir = paths.map((p) => join(p, name)).find((d) => existsSync(join(d, 'package.json')));
  if (!dir) throw new Error(`third-party-licenses: cannot find ${name} from ${fromDir}`);
  return dir;
}

/** `roots` and their runtime dependencies, each once: [{ name, version, license, dir }]. */
export function bundledPackages(roots, fromDir = process.cwd()) {
  const seen = new Map();
  const visit = (name, from) => {
    const dir = packageDir(name, from);
    if (seen.has(dir)) return;
    const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
    seen.set(dir, { name: pkg.name, version: pkg.version, license: pkg.license, dir });
    for (const dep of Object.keys(pkg.dependencies ?? {})) visit(dep, dir);
  };
  for (const root of roots) visit(root, fromDir);
  return [...seen.values()].sort((a, b) => a.name.localeCompare(b.name));
}

export function writeThirdPartyLicenses(roots, outFile) {
  const sections = bundledPackages(roots).map(({ name, version, license, dir }) => {
    const file = readdirSync(dir).find((f) => /^(licen[cs]e|copying)([.-]|$)/i.test(f));
    if (!file) throw new Error(`third-party-licenses: ${name}@${version} ships no LICENSE file`);
    return `## ${name}@${version} (${license})\n\n${readFileSync(join(dir, file), 'utf8').trim()}\n`;
  });
  const header = '# Third-party licences\n\nThe sandbox and CLI chunks in this folder bundle the following packages.\n';
  writeFileSync(outFile, [header, ...sections].join('\n'));
}
