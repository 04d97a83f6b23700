import { readFileSync } from 'node:fs';
import { buildSchema, isAbstractType, isObjectType } from 'graphql';
import { expect, test } from 'vitest';
import { moveUgcKeys, moveUgcPossibleTypes } from '../../src/graphcache.js';

// move-ugc/graphcache is derived from the generated schema map; this reads graphql/schema.graphql
// itself, so a type added to the schema that the shipped config misses (the map not regenerated,
// or the derivation wrong) fails here. In a browser, with graphcache's development warnings
// watched: test/browser/react-example.test.ts (the matrix).

const schema = buildSchema(readFileSync(new URL('../../graphql/schema.graphql', import.meta.url), 'utf8'));
const roots = new Set([schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()].map((t) => t?.name));
const types = Object.values(schema.getTypeMap()).filter((t) => !t.name.startsWith('__'));

test('every object type without an id field, and no other, is keyed as embedded (null)', () => {
  const idless = types
    .filter(isObjectType)
    .filter((t) => !roots.has(t.name) && !('id' in t.getFields()))
    .map((t) => t.name);
  expect(idless).toContain('JobProgress');
  expect(idless).toContain('JobsPage');
  expect(Object.keys(moveUgcKeys).sort()).toEqual(idless.sort());
  for (const key of Object.values(moveUgcKeys)) expect(key()).toBeNull();
});

test('possibleTypes lists every interface and union with its object types', () => {
  const abstract = Object.fromEntries(
    types.filter(isAbstractType).map((t) => [
      t.name,
      schema
        .getPossibleTypes(t)
        .map((p) => p.name)
        .sort(),
    ]),
  );
  expect(abstract).toHaveProperty('Volume', ['HumanVolume']);
  expect(Object.fromEntries(Object.entries(moveUgcPossibleTypes).map(([name, list]) => [name, [...list].sort()]))).toEqual(abstract);
});

test('the keys config cannot be changed by an app that shares it', () => {
  expect(Object.isFrozen(moveUgcKeys)).toBe(true);
});
