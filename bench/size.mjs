// Size and start-up: `import { MoveUgc } from 'move-ugc'` as a browser app bundles it (esbuild,
// minified, gzip; the issue 11 target) and the whole core entry, next to the GraphQL clients it
// competes with; cold `import('move-ugc')` vs `@urql/core` alone;
// the generated code's size; and how long `tsc --noEmit` takes on a consumer calling every method.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { browserBundleOptions } from '../scripts/browser-bundle.mjs';
import { BENCH_DIR, ROOT, figure, kb, median, ms, now, printTable, ratio, report, run } from './lib.mjs';

// Issue 11 item 5: an app importing the client, `{ MoveUgc }`, pays at most this (urql included).
const TARGET_GZIP = 22 * 1024;
const STARTUP_RUNS = Number(process.env.BENCH_STARTUP_RUNS ?? 11);

/**
 * Bundles `contents` (an entry module's text) for the browser; returns sizes and the biggest inputs.
 * If it reaches for Node built-ins, they are left out and named in `nodeImports`, so the size is
 * still reported alongside the failure.
 */
async function bundle(contents) {
  try {
    return { ...(await bundleOnce(contents, [])), nodeImports: [] };
  } catch (err) {
    const nodeImports = [...new Set((err.errors ?? []).map((e) => /"(node:[^"]+)"/.exec(e.text)?.[1]).filter(Boolean))];
    if (!nodeImports.length) throw err;
    const files = [...new Set(err.errors.map((e) => e.location?.file).filter(Boolean))];
    return { ...(await bundleOnce(contents, ['node:*'])), nodeImports, nodeImporters: files };
  }
}

async function bundleOnce(contents, external) {
  const result = await build({
    ...browserBundleOptions,
    stdin: { contents, resolveDir: ROOT, loader: 'ts', sourcefile: 'entry.ts' },
    external,
  });
  const code = result.outputFiles[0].contents;
  const inputs = Object.entries(Object.values(result.metafile.outputs)[0].inputs)
    .sort((a, b) => b[1].bytesInOutput - a[1].bytesInOutput)
    .map(([file, { bytesInOutput }]) => ({ file, bytes: bytesInOutput }));
  return { min: code.byteLength, gzip: gzipSync(code, { level: 9 }).byteLength, inputs };
}

const bundles = {
  'move-ugc { MoveUgc }': await bundle(`export { MoveUgc } from './src/index.ts';`),
  'move-ugc (core entry)': await bundle(`export * from './src/index.ts';`),
  '@urql/core (Client + fetchExchange)': await bundle(`export { Client, fetchExchange, gql } from '@urql/core';`),
  'graphql-request (GraphQLClient)': await bundle(`export { GraphQLClient, gql } from 'graphql-request';`),
};
printTable(
  Object.entries(bundles).map(([name, b]) => [name, kb(b.min), kb(b.gzip)]),
  ['bundle (browser, minified)', 'min', 'gzip'],
);
const client = bundles['move-ugc { MoveUgc }'];
const core = bundles['move-ugc (core entry)'];
console.log('\nbiggest inputs of the { MoveUgc } bundle');
printTable(
  client.inputs.slice(0, 8).map((i) => [kb(i.bytes), i.file]),
  ['bytes', 'input'],
);
const graphqlJs = core.inputs.filter((i) => /node_modules\/graphql\//.test(i.file));
const notes = [];
if (core.nodeImports.length) {
  notes.push(
    `the core entry does not bundle for the browser: ${core.nodeImporters.join(', ')} import ${core.nodeImports.join(', ')} (sizes measured with them left out)`,
  );
  console.log(`\nNOTE: ${notes[0]}`);
}

// Cold start: a fresh node each time; the child times only the import itself.
const importTime = async (specifier) => {
  const code = `const t = performance.now(); await import(${JSON.stringify(specifier)}); console.log(performance.now() - t);`;
  const { stdout } = await run(process.execPath, ['--input-type=module', '-e', code]);
  return Number(stdout.trim());
};
const startup = { 'move-ugc': [], '@urql/core': [] };
for (let i = 0; i < STARTUP_RUNS; i++) for (const spec of Object.keys(startup)) startup[spec].push(await importTime(spec));
printTable(
  Object.entries(startup).map(([spec, t]) => [`import('${spec}')`, ms(median(t))]),
  ['cold import', `median of ${STARTUP_RUNS}`],
);

const generatedBytes = readdirSync(join(ROOT, 'src/generated')).reduce((s, f) => s + statSync(join(ROOT, 'src/generated', f)).size, 0);

const tscTimes = [];
for (let i = 0; i < 2; i++) {
  const started = now();
  await run(process.execPath, [join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', join(BENCH_DIR, 'fixtures/tsconfig.json')]);
  tscTimes.push(now() - started);
}

const startupRatio = median(startup['move-ugc']) / median(startup['@urql/core']);
report(
  'Size and start-up',
  'node bench/size.mjs',
  [
    figure('{ MoveUgc }, minified + gzip', kb(client.gzip), { target: `<= ${kb(TARGET_GZIP)}`, met: client.gzip <= TARGET_GZIP }),
    figure('core entry, minified + gzip', kb(core.gzip)),
    figure('Node built-ins in the core bundle', core.nodeImports.length ? core.nodeImports.join(' ') : 'none', {
      target: 'none',
      met: core.nodeImports.length === 0,
    }),
    figure('graphql-js inside the core bundle', graphqlJs.length ? `${graphqlJs.length} files` : 'none', {
      target: 'none',
      met: graphqlJs.length === 0,
    }),
    figure('core entry, minified', kb(core.min)),
    figure('@urql/core alone, minified + gzip', kb(bundles['@urql/core (Client + fetchExchange)'].gzip)),
    figure('graphql-request, minified + gzip', kb(bundles['graphql-request (GraphQLClient)'].gzip)),
    figure(
      "cold import('move-ugc') / import('@urql/core')",
      `${ms(median(startup['move-ugc']))} / ${ms(median(startup['@urql/core']))} (${ratio(startupRatio)})`,
    ),
    figure('src/generated/ on disk', kb(generatedBytes)),
    figure('tsc --noEmit, consumer using every method', ms(median(tscTimes))),
  ],
  notes,
);
