// Runs every benchmark, each in its own process, prints one table of figures against their targets
// and writes BENCHMARKS.md. `npm run bench` builds first; `node bench/run.mjs overhead wire` runs
// only the named ones (and still rewrites BENCHMARKS.md with them). The analysis after the ANALYSIS
// marker is bench/analysis.md with this run's figures filled in; `node bench/run.mjs --analysis-only`
// re-renders it from the figures already in BENCHMARKS.md, running nothing.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import { figuresFromMarkdown, figuresFromResults, renderAnalysis } from './analysis.mjs';
import { BENCH_DIR, ROOT, markdownTable, now, printTable, run, runBench } from './lib.mjs';

const ALL = ['overhead', 'overhead-steps', 'concurrency', 'wire', 'pagination', 'size', 'transfer', 'batch', 'footprint'];
const ANALYSIS = '<!-- ANALYSIS: written from bench/analysis.md, with the figures of the run above -->';
const TEMPLATE = readFileSync(join(BENCH_DIR, 'analysis.md'), 'utf8');
if (process.argv[2] === '--analysis-only') {
  const current = readFileSync(join(ROOT, 'BENCHMARKS.md'), 'utf8');
  const head = current.slice(0, current.indexOf('<!-- ANALYSIS'));
  writeFileSync(join(ROOT, 'BENCHMARKS.md'), `${head}${ANALYSIS}\n\n${renderAnalysis(TEMPLATE, figuresFromMarkdown(head))}`);
  console.log('rewrote the analysis in BENCHMARKS.md');
  process.exit(0);
}
const selected = process.argv.slice(2).length ? process.argv.slice(2) : ALL;
const unknown = selected.filter((s) => !ALL.includes(s));
if (unknown.length) throw new Error(`unknown benchmark ${unknown.join(', ')}; choose from ${ALL.join(', ')}`);
if (!existsSync(join(ROOT, 'dist/index.js'))) throw new Error('dist/ is missing: run `npm run build` first (npm run bench does)');

const load = loadavg()
  .map((l) => l.toFixed(2))
  .join(' ');
const started = now();
const results = [];
for (const name of selected) {
  console.log(`\n=== ${name} ===`);
  const t = now();
  try {
    results.push({ ...(await runBench(join(BENCH_DIR, `${name}.mjs`))), seconds: (now() - t) / 1000 });
  } catch (err) {
    console.error(err.message);
    results.push({
      name,
      command: `node bench/${name}.mjs`,
      figures: [],
      notes: [`failed: ${err.message.split('\n')[0]}`],
      seconds: (now() - t) / 1000,
    });
  }
}
const seconds = (now() - started) / 1000;

const rows = results.flatMap((r) =>
  r.figures.filter((f) => f.target).map((f) => [r.name.split(' (')[0], f.label, f.value, f.target, verdict(f)]),
);
console.log('\n=== targets ===');
printTable(rows, ['benchmark', 'figure', 'value', 'target', '']);
console.log(`\nall benchmarks: ${seconds.toFixed(0)} s`);

const npm = (await run('npm', ['--version'])).stdout.trim();
const commit = (await run('git', ['rev-parse', '--short', 'HEAD'])).stdout.trim();
const dirty = (await run('git', ['status', '--porcelain', 'src'])).stdout.trim() ? ', with uncommitted changes under src/' : '';
const machine = [
  `- Machine: ${cpus()[0]?.model ?? 'unknown CPU'}, ${cpus().length} cores, ${(totalmem() / 1024 ** 3).toFixed(0)} GB memory`,
  `- Code: commit ${commit}${dirty} (dist/ as last built)`,
  `- Node ${process.version}, npm ${npm}, ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC`,
  `- Load average when the run started: ${load} (other work on the machine inflates the absolute times; ratios are measured side by side)`,
  `- Whole run: ${seconds.toFixed(0)} s. Reproduce: \`npm run bench\` (builds, then \`node bench/run.mjs\`)`,
].join('\n');
const sections = results.map((r) => {
  const table = markdownTable(
    r.figures.map((f) => [f.label, f.value, f.target, verdict(f)]),
    ['figure', 'value', 'target', ''],
  );
  const notes = r.notes.map((n) => `- ${n}`).join('\n');
  return `### ${r.name}\n\n\`${r.command}\` (${r.seconds.toFixed(0)} s)\n\n${table}\n${notes ? `\n${notes}\n` : ''}`;
});
const analysis = `${ANALYSIS}\n\n${renderAnalysis(TEMPLATE, figuresFromResults(results))}`;
const doc = `# Benchmarks

Written by \`bench/run.mjs\` (the figures) and by people (the analysis at the end, bench/analysis.md). Absolute times
depend on the machine and on what else runs on it; every comparison is made side by side in one run.

${machine}

## Targets

${markdownTable(rows, ['benchmark', 'figure', 'value', 'target', ''])}

## Figures

${sections.join('\n')}
${analysis}`;
writeFileSync(join(ROOT, 'BENCHMARKS.md'), doc);
console.log('wrote BENCHMARKS.md');

function verdict(f) {
  return f.met === null ? '' : f.met ? 'met' : 'NOT met';
}
