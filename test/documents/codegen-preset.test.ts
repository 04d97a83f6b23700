import { readFileSync } from 'node:fs';
import { buildSchema, lexicographicSortSchema, printSchema } from 'graphql';
import { expect, test } from 'vitest';
import { moveUgcCodegen, schema, scalars } from '../../src/codegen.js';
import { ValidationError } from '../../src/index.js';

// move-ugc/codegen hands an app's graphql-codegen the schema and the SDK's decoded scalar types; the
// packed round trip (codegen, tsc, a run against the sandbox) is scripts/check-app-queries.mjs.

const print = (sdl: string) => printSchema(lexicographicSortSchema(buildSchema(sdl)));

test('the schema it hands codegen is graphql/schema.graphql', () => {
  expect(print(schema)).toBe(print(readFileSync(new URL('../../graphql/schema.graphql', import.meta.url), 'utf8')));
});

test('the config types results as decoded (Date, JsonValue), and documents through move-ugc', () => {
  const config = moveUgcCodegen({ documents: ['src/**/*.graphql'], output: 'src/generated/ugc.ts' });
  expect(config.documents).toEqual(['src/**/*.graphql']);
  const target = config.generates['src/generated/ugc.ts']!;
  expect(target.plugins).toContain('typescript-operations');
  expect(target.plugins).toContain('typed-document-node');
  expect(target.config).toMatchObject({ documentNodeImport: 'move-ugc#TypedDocumentNode', scalars });
  expect(scalars.AWSDateTime.output).toBe('Date');
  expect(scalars.AWSJSON.output).toBe('JsonValue');
  expect(target.plugins[0]).toEqual({ add: { content: "import type { JsonValue } from 'move-ugc';" } });
});

test('a config without an output or with documents of the wrong kind is refused by name', () => {
  expect(() => moveUgcCodegen({ documents: 'a.graphql', output: '' })).toThrow(ValidationError);
  expect(() => moveUgcCodegen({ documents: 'a.graphql', output: '' })).toThrow(/^output /);
  expect(() => moveUgcCodegen({ documents: 5 as never, output: 'x.ts' })).toThrow(/^documents /);
});
