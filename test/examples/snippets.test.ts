import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';

// Every ```ts block in the README and docs/ must be a verbatim excerpt of a file in examples/,
// which CI type-checks against the built package: a snippet cannot drift from working code.
const root = join(import.meta.dirname, '../..');
// examples/app-queries is an app of its own (its generated code and installs are not ours).
const examples = readdirSync(join(root, 'examples'), { recursive: true, encoding: 'utf8' })
  .filter((name) => name.endsWith('.ts') && !/node_modules|generated|dist/.test(name))
  .map((name) => ({ name, text: readFileSync(join(root, 'examples', name), 'utf8') }));
const markdown = [
  'README.md',
  ...readdirSync(join(root, 'docs'))
    .filter((n) => n.endsWith('.md'))
    .map((n) => `docs/${n}`),
];

function unindented(text: string): string {
  return text
    .split('\n')
    .map((line) => line.trimStart())
    .join('\n');
}

function tsBlocks(text: string): string[] {
  return [...text.matchAll(/^```ts\n([\s\S]*?)^```$/gm)].map((m) => m[1]!);
}

test('the README shows its examples as code', () => {
  expect(tsBlocks(readFileSync(join(root, 'README.md'), 'utf8')).length).toBeGreaterThanOrEqual(5);
});

const blocks = markdown.flatMap((file) =>
  tsBlocks(readFileSync(join(root, file), 'utf8')).map((block, i) => [file, i + 1, block] as const),
);

test.each(blocks)('%s block %i is an excerpt of a file in examples/', (_file, _n, block) => {
  // Indentation may differ: a README excerpt of a function body is shown dedented.
  const source = examples.find((e) => unindented(e.text).includes(unindented(block)));
  expect(source, `not found verbatim in any examples/*.ts:\n${block}`).toBeDefined();
});
