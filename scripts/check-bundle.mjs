// Bundles the core entry the way a browser app would (esbuild, platform browser, minified) and
// fails when it reaches for a node: module, pulls in graphql-js, or outgrows its gzip budget.
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { browserBundleOptions } from './browser-bundle.mjs';

// Issue 11 item 5 aims at 22 kB; the budget sits just above what the core measures now, to stop
// regressions. The facade's documents are compact text parsed on first use by urql's parser
// (src/generated/operations.ts), no longer typed-document-node ASTs that repeat each fragment per
// document (-2.4 kB gzipped, -100 kB minified); what remains is the SDK's own code and urql.
const BUDGET_GZIP_BYTES = 27 * 1024;

const result = await build({ ...browserBundleOptions, entryPoints: ['src/index.ts'] }).catch((err) => {
  console.error(`check-bundle: the core entry does not bundle for the browser:\n${err.message}`);
  process.exit(1);
});

const inputs = Object.keys(result.metafile.inputs);
const problems = [];
const nodeImports = inputs.filter((i) => i.startsWith('node:'));
if (nodeImports.length) problems.push(`imports Node built-ins: ${nodeImports.join(', ')}`);
const graphqlJs = inputs.filter((i) => /node_modules\/graphql\//.test(i));
if (graphqlJs.length) problems.push(`bundles graphql-js (${graphqlJs.length} files), e.g. ${graphqlJs[0]}`);
const code = result.outputFiles[0].contents;
const gzip = gzipSync(code, { level: 9 }).byteLength;
if (gzip > BUDGET_GZIP_BYTES) problems.push(`is ${gzip} bytes gzipped, over the ${BUDGET_GZIP_BYTES}-byte budget`);

const top = Object.entries(result.metafile.outputs)[0][1].inputs;
const largest = Object.entries(top)
  .sort((a, b) => b[1].bytesInOutput - a[1].bytesInOutput)
  .slice(0, 6)
  .map(([file, { bytesInOutput }]) => `${(bytesInOutput / 1024).toFixed(1)} kB ${file}`);
console.log(
  `core entry (browser, minified): ${(code.byteLength / 1024).toFixed(1)} kB, ${(gzip / 1024).toFixed(1)} kB gzipped (budget ${BUDGET_GZIP_BYTES / 1024} kB)`,
);
console.log(`largest inputs:\n  ${largest.join('\n  ')}`);
if (problems.length) {
  console.error(`check-bundle: the core entry ${problems.join('; ')}`);
  process.exit(1);
}
