// graphql-codegen plugin: emits the part of the schema the runtime needs to check and decode
// results: every output field's type (as a GraphQL type reference such as `[Source!]` or `File!`),
// the concrete types behind each interface and union, and every enum's values. A schema change
// therefore needs no hand edit in src/.
'use strict';
const { isObjectType, isInterfaceType, isUnionType, isEnumType } = require('graphql');

const byName = (a, b) => a.name.localeCompare(b.name);

function plugin(schema) {
  const named = Object.values(schema.getTypeMap())
    .filter((t) => !t.name.startsWith('__'))
    .sort(byName);
  const fields = {};
  const possible = {};
  const enums = {};
  for (const t of named) {
    if (isObjectType(t) || isInterfaceType(t)) {
      fields[t.name] = {};
      for (const f of Object.values(t.getFields()).sort(byName)) fields[t.name][f.name] = String(f.type);
    }
    if (isInterfaceType(t) || isUnionType(t))
      possible[t.name] = schema
        .getPossibleTypes(t)
        .map((p) => p.name)
        .sort();
    if (isEnumType(t)) enums[t.name] = t.getValues().map((v) => v.name);
  }
  return [
    '/** Values of every enum in the schema, for checking input before it is sent and results when they arrive. */',
    `export const schemaEnums = ${JSON.stringify(enums)} as const;`,
    '',
    '/** For each object and interface type: every field and its GraphQL type reference, e.g. `[Source!]`. */',
    `export const schemaFields: Readonly<Record<string, Readonly<Record<string, string>>>> = ${JSON.stringify(fields)};`,
    '',
    '/** For each interface and union: the object types it can be. */',
    `export const schemaPossibleTypes: Readonly<Record<string, readonly string[]>> = ${JSON.stringify(possible)};`,
    '',
  ].join('\n');
}

module.exports = { plugin };
