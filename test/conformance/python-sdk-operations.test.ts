import { existsSync, readFileSync } from 'node:fs';
import { buildSchema, parse, validate } from 'graphql';
import { describe, expect, test } from 'vitest';

const OPERATIONS = new URL('../../../shared/conformance/move-ugc-python-4.1.0-operations.json', import.meta.url);
const schema = buildSchema(readFileSync(new URL('../../graphql/schema.graphql', import.meta.url), 'utf8'));

interface Case {
  name: string;
  query: string;
  variables: Record<string, unknown>;
}

const cases: Case[] = existsSync(OPERATIONS) ? (JSON.parse(readFileSync(OPERATIONS, 'utf8')) as Case[]) : [];

describe.skipIf(cases.length === 0)(
  cases.length === 0
    ? 'SKIPPED (../shared absent): every operation the Python SDK sends validates against graphql/schema.graphql'
    : 'every operation the Python SDK sends validates against graphql/schema.graphql',
  () => {
    test.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
      const errors = validate(schema, parse(c.query)).map((e) => e.message);
      expect(errors).toEqual([]);
    });
  },
);
