// Helpers shared by the benchmarks: statistics, child processes, result reporting, tables.
// Every benchmark prints its own figures and ends with one `BENCH_RESULT {json}` line that
// bench/run.mjs collects; run on its own, a benchmark is just as readable.
import { fork, spawn } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';

export const BENCH_DIR = dirname(fileURLToPath(import.meta.url));
export const ROOT = join(BENCH_DIR, '..');
export const API_KEY = 'bench-key-0123456789abcdef';
export const now = () => performance.now();

export function median(values) {
  return percentile(values, 50);
}

/** Nearest-rank percentile of unsorted numbers. */
export function percentile(values, p) {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length) - 1;
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank))];
}

/**
 * Per-call times of each step, taking turns call by call (1 000 warm-up calls each first), so the
 * machine's noise lands on every step alike. Each step is called with a fresh job id.
 */
export async function interleaved(steps, calls) {
  const names = Object.keys(steps);
  for (const name of names) for (let i = 0; i < 1000; i++) await steps[name](`warm-${i}`);
  const times = Object.fromEntries(names.map((n) => [n, []]));
  for (let i = 0; i < calls; i++) {
    for (let j = 0; j < names.length; j++) {
      const name = names[(i + j) % names.length];
      const started = now();
      await steps[name](`job-${i}`);
      times[name].push(now() - started);
    }
  }
  return times;
}

export const ms = (v) => (v >= 100 ? v.toFixed(0) : v >= 10 ? v.toFixed(1) : v.toFixed(3)) + ' ms';
export const kb = (bytes) => `${(bytes / 1024).toFixed(1)} kB`;
export const mb = (bytes) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
export const ratio = (v) => `${v.toFixed(2)}x`;

/** Peak resident set size of this process so far, in bytes. */
export const peakRss = () => process.resourceUsage().maxRSS * 1024;

/** Runs `node script args`, echoing its output, and returns the object of its BENCH_RESULT line. */
export async function runBench(script, args = [], options = {}) {
  const { stdout } = await runNode(script, args, { ...options, echo: true });
  const line = stdout.split('\n').find((l) => l.startsWith('BENCH_RESULT '));
  if (!line) throw new Error(`${script} ended without a BENCH_RESULT line`);
  return JSON.parse(line.slice('BENCH_RESULT '.length));
}

/** Runs a node script to completion; rejects on a non-zero exit. */
export async function runNode(script, args = [], { echo = false, nodeArgs = [], env = {} } = {}) {
  return run(process.execPath, [...nodeArgs, script, ...args], { echo, env });
}

/** Runs any command to completion, collecting stdout; rejects on a non-zero exit. */
export async function run(command, args, { echo = false, env = {}, cwd = ROOT } = {}) {
  const child = spawn(command, args, { cwd, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk) => {
    stdout += chunk;
    if (echo) for (const l of String(chunk).split('\n')) if (l && !l.startsWith('BENCH_RESULT ')) console.log(`  ${l}`);
  });
  child.stderr.on('data', (chunk) => {
    stderr += chunk;
    if (echo) process.stderr.write(chunk);
  });
  const [code] = await once(child, 'close');
  if (code !== 0) throw new Error(`${command} ${args.join(' ')} exited with ${code}\n${stderr.slice(-2000)}`);
  return { stdout, stderr };
}

/** Forks a helper process that sends `{ ready, ... }` once listening; returns that message and the child. */
export async function forkHelper(script, args = []) {
  const child = fork(script, args, { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const [message] = await once(child, 'message');
  return { child, ...message };
}

/** Runs a forked script that sends one message with its measurement and exits. */
export async function measureInChild(script, args = [], execArgv = []) {
  const child = fork(script, args, { stdio: ['ignore', 'inherit', 'inherit', 'ipc'], execArgv });
  const [message] = await once(child, 'message');
  await once(child, 'exit');
  return message;
}

/**
 * A figure in a benchmark's result. `target` is read as text in the table; `met` is true, false,
 * or null when the figure has no target.
 */
export function figure(label, value, { target = '', met = null, note = '' } = {}) {
  return { label, value, target, met, note };
}

/** Prints the figures and the machine-readable line run.mjs reads. */
export function report(name, command, figures, notes = []) {
  console.log(`\n${name}`);
  printTable(
    figures.map((f) => [f.label, f.value, f.target, f.met === null ? '' : f.met ? 'met' : 'NOT met']),
    ['figure', 'value', 'target', ''],
  );
  for (const n of notes) console.log(`note: ${n}`);
  console.log(`BENCH_RESULT ${JSON.stringify({ name, command, figures, notes })}`);
}

export function printTable(rows, header) {
  const all = [header, ...rows].map((r) => r.map(String));
  const widths = header.map((_, i) => Math.max(...all.map((r) => r[i].length)));
  const line = (r) =>
    r
      .map((c, i) => c.padEnd(widths[i]))
      .join('  ')
      .trimEnd();
  console.log(line(all[0]));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const r of all.slice(1)) console.log(line(r));
}

/** A markdown table of the same rows. */
export function markdownTable(rows, header) {
  const esc = (c) => String(c).replaceAll('|', '\\|');
  return [header, header.map(() => '---'), ...rows].map((r) => `| ${r.map(esc).join(' | ')} |`).join('\n');
}
