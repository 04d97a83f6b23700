import { relative } from 'node:path';
import type { Reporter, TestModule } from 'vitest/node';

/**
 * The default reporter only counts skipped tests. This one names them after the summary, so a
 * skipped suite's title (which says why: "SKIPPED (../shared absent): …") shows in every run.
 */
export default class SkippedReporter implements Reporter {
  onTestRunEnd(modules: ReadonlyArray<TestModule>): void {
    const lines: string[] = [];
    for (const module of modules) {
      const file = relative(process.cwd(), module.moduleId);
      const suites = [...module.children.allSuites()].filter((s) => s.state() === 'skipped' && !isSkipped(s.parent));
      for (const suite of suites) lines.push(`${file} > ${suite.fullName}`);
      for (const test of module.children.allTests('skipped')) if (!isSkipped(test.parent)) lines.push(`${file} > ${test.fullName}`);
    }
    if (lines.length) process.stdout.write(`\n Skipped (${lines.length}):\n${lines.map((l) => `   - ${l}\n`).join('')}`);
  }
}

function isSkipped(parent: { type: string; state(): string }): boolean {
  return parent.type === 'suite' && parent.state() === 'skipped';
}
