// graphql-codegen plugin: emits the part of the schema the runtime needs to check and decode
// results: every output field's type (as a GraphQL type reference such as `[Source!]` or `File!`),
// the concrete types behind each interface and union, and every enum's values; and, to check
// `ugc.request`'s variables before they are sent, every input object's fields. A schema change
// therefore needs no hand edit in src/.
'use strict';
const { getNamedType, isAbstractType, isEnumType, isInputObjectType, isInterfaceType, isObjectType, isUnionType } = require('graphql');

const byName = (a, b) => a.name.localeCompare(b.name);

function plugin(schema) {
  const named = Object.values(schema.getTypeMap())
    .filter((t) => !t.name.startsWith('__'))
    .sort(byName);
  // decode reads an interface's own fields only under a field whose type is abstract and could be
  // more than one object type (elsewhere it knows the concrete type and reads that type's fields).
  const fieldTypes = named.flatMap((t) => (isObjectType(t) || isInterfaceType(t) ? Object.values(t.getFields()) : []));
  const interfacesRead = fieldTypes.some((f) => {
    const type = getNamedType(f.type);
    return isAbstractType(type) && schema.getPossibleTypes(type).length !== 1;
  });
  const fields = {};
  const possible = {};
  const enums = {};
  const inputs = {};
  for (const t of named) {
    if (isObjectType(t) || (isInterfaceType(t) && interfacesRead)) {
      fields[t.name] = {};
      for (const f of Object.values(t.getFields()).sort(byName)) fields[t.name][f.name] = String(f.type);
    }
    if (isInterfaceType(t) || isUnionType(t))
      possible[t.name] = schema
        .getPossibleTypes(t)
        .map((p) => p.name)
        .sort();
    if (isEnumType(t)) enums[t.name] = t.getValues().map((v) => v.name);
    if (isInputObjectType(t)) {
      inputs[t.name] = {};
      for (const f of Object.values(t.getFields()).sort(byName)) {
        // A field with a default may be left out, so it is checked as nullable (the server then
        // refuses an explicit null for it).
        const ref = String(f.type);
        inputs[t.name][f.name] = f.defaultValue === undefined ? ref : ref.replace(/!$/, '');
      }
    }
  }
  return [
    '/** Values of every enum in the schema, for checking input before it is sent and results when they arrive. */',
    `export const schemaEnums = ${JSON.stringify(enums)} as const;`,
    '',
    '/** For each object type (and interface, where decode reads them): every field and its GraphQL type reference, e.g. `[Source!]`. */',
    `export const schemaFields: Readonly<Record<string, Readonly<Record<string, string>>>> = ${JSON.stringify(fields)};`,
    '',
    '/** For each input object type: every field and its GraphQL type reference, e.g. `[SourceInput!]`. */',
    `export const schemaInputs: Readonly<Record<string, Readonly<Record<string, string>>>> = ${JSON.stringify(inputs)};`,
    '',
    '/** For each interface and union: the object types it can be. */',
    `export const schemaPossibleTypes: Readonly<Record<string, readonly string[]>> = ${JSON.stringify(possible)};`,
    '',
  ].join('\n');
}

module.exports = { plugin };
