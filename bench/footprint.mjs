// Install footprint: what `npm install <sdk>` puts in a fresh project, for move-ugc (this checkout,
// packed) beside openai and stripe (their latest tarballs from the npm registry): packages installed,
// bytes under node_modules, and the tarball's own size.
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { diskBytes, freshInstall, installedPackages, pack, root, run } from '../scripts/packed-consumer.mjs';
import { figure, kb, mb, report } from './lib.mjs';

const MAX_PACKAGES = 5;
const packDir = mkdtempSync(join(tmpdir(), 'move-ugc-footprint-'));
const measured = [];
try {
  const sdks = [
    { name: 'move-ugc', tarball: pack(root, packDir), source: 'this checkout, packed' },
    ...['openai', 'stripe'].map((name) => ({
      name,
      tarball: join(
        packDir,
        run('npm', ['pack', '--silent', `${name}@latest`], packDir)
          .trim()
          .split('\n')
          .pop(),
      ),
      source: 'npm registry, latest',
    })),
  ];
  for (const sdk of sdks) {
    const { dir, cleanup } = freshInstall([sdk.tarball], `footprint-${sdk.name}-`);
    try {
      const packages = installedPackages(dir);
      const version = /-(\d+\.\d+\.\d+[^/]*)\.tgz$/.exec(sdk.tarball)?.[1] ?? '?';
      measured.push({
        ...sdk,
        version,
        packages,
        installed: diskBytes(join(dir, 'node_modules')),
        tarballBytes: statSync(sdk.tarball).size,
      });
    } finally {
      cleanup();
    }
  }
} finally {
  rmSync(packDir, { recursive: true, force: true });
}

const ours = measured[0];
report(
  'Install footprint (npm install into a fresh project)',
  'node bench/footprint.mjs',
  [
    ...measured.map((m) =>
      figure(
        `${m.name} ${m.version} (${m.source})`,
        `${m.packages.length} package${m.packages.length === 1 ? '' : 's'}, ${mb(m.installed)} installed, ${kb(m.tarballBytes)} tarball`,
      ),
    ),
    figure('packages installed with move-ugc', String(ours.packages.length), {
      target: `<= ${MAX_PACKAGES}`,
      met: ours.packages.length <= MAX_PACKAGES,
    }),
  ],
  [
    ...measured.map((m) => `${m.name} installs: ${m.packages.join(', ')}`),
    // scripts/check-bundle.mjs fails the build if any of it reaches the core bundle.
    'graphql is installed for its types only: urql takes DocumentNode from them; none of its code is in the library.',
  ],
);
