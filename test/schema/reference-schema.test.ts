import { existsSync, readFileSync } from 'node:fs';
import { buildClientSchema, buildSchema, introspectionFromSchema, specifiedDirectives, type IntrospectionQuery } from 'graphql';
import { describe, expect, test } from 'vitest';

const REFERENCE = new URL('../../../shared/schema/introspection.json', import.meta.url);
const OURS = new URL('../../graphql/schema.graphql', import.meta.url);

/** Flattens a schema into sorted `path: fact` lines; descriptions are ours to write, so they are left out. */
function facts(intro: IntrospectionQuery): string[] {
  const out: string[] = [];
  const ref = (t: unknown): string => {
    const r = t as { kind: string; name?: string; ofType?: unknown };
    if (r.kind === 'NON_NULL') return `${ref(r.ofType)}!`;
    if (r.kind === 'LIST') return `[${ref(r.ofType)}]`;
    return r.name!;
  };
  const s = intro.__schema;
  out.push(
    `schema.query: ${s.queryType?.name}`,
    `schema.mutation: ${s.mutationType?.name}`,
    `schema.subscription: ${s.subscriptionType?.name}`,
  );
  for (const t of s.types) {
    if (t.name.startsWith('__')) continue;
    out.push(`${t.name}: ${t.kind}`);
    if (t.kind === 'OBJECT' || t.kind === 'INTERFACE') for (const i of t.interfaces ?? []) out.push(`${t.name} implements ${i.name}`);
    if (t.kind === 'UNION' || t.kind === 'INTERFACE') for (const p of t.possibleTypes ?? []) out.push(`${t.name} includes ${p.name}`);
    if (t.kind === 'ENUM')
      for (const v of t.enumValues)
        out.push(`${t.name}.${v.name}: enum value${v.isDeprecated ? ` deprecated(${v.deprecationReason})` : ''}`);
    if (t.kind === 'INPUT_OBJECT')
      for (const f of t.inputFields) out.push(`${t.name}.${f.name}: ${ref(f.type)}${f.defaultValue ? ` = ${f.defaultValue}` : ''}`);
    if (t.kind === 'OBJECT' || t.kind === 'INTERFACE') {
      for (const f of t.fields) {
        out.push(`${t.name}.${f.name}: ${ref(f.type)}${f.isDeprecated ? ` deprecated(${f.deprecationReason})` : ''}`);
        for (const a of f.args) out.push(`${t.name}.${f.name}(${a.name}): ${ref(a.type)}${a.defaultValue ? ` = ${a.defaultValue}` : ''}`);
      }
    }
  }
  // Built-in directives come from whichever GraphQL implementation printed the schema, not from the API.
  const builtIn = new Set(specifiedDirectives.map((d) => d.name));
  for (const d of s.directives.filter((d) => !builtIn.has(d.name))) {
    out.push(`@${d.name} on ${[...d.locations].sort().join(' | ')}${d.isRepeatable ? ' repeatable' : ''}`);
    for (const a of d.args) out.push(`@${d.name}(${a.name}): ${ref(a.type)}`);
  }
  return out.sort();
}

describe.skipIf(!existsSync(REFERENCE))(
  !existsSync(REFERENCE)
    ? 'SKIPPED (../shared absent): graphql/schema.graphql matches ../shared/schema/introspection.json'
    : 'graphql/schema.graphql matches ../shared/schema/introspection.json',
  () => {
    test('every type, field, argument, enum value and nullability is the same', () => {
      const reference = JSON.parse(readFileSync(REFERENCE, 'utf8')) as { data: IntrospectionQuery };
      const theirs = facts(introspectionFromSchema(buildClientSchema(reference.data)));
      const ours = facts(introspectionFromSchema(buildSchema(readFileSync(OURS, 'utf8'))));
      const missing = theirs.filter((f) => !ours.includes(f));
      const extra = ours.filter((f) => !theirs.includes(f));
      expect({ missing, extra }, `schema differs:\n- ${missing.join('\n- ')}\n+ ${extra.join('\n+ ')}`).toEqual({ missing: [], extra: [] });
    });
  },
);

test('the comparison sees a difference when there is one', () => {
  const sdl = readFileSync(OURS, 'utf8');
  const changed = sdl.replace('getTake(takeId: ID!)', 'getTake(takeId: ID)');
  expect(changed).not.toBe(sdl);
  expect(facts(introspectionFromSchema(buildSchema(changed)))).not.toEqual(facts(introspectionFromSchema(buildSchema(sdl))));
});
