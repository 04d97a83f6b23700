// graphql-codegen plugin: emits the part of the schema the runtime needs to decode results.
// For every composite type, it lists the fields that are AWSJSON or AWSDateTime, or that lead to
// a type containing such fields, so a new field of those scalars needs no hand edit in src/.
'use strict';
const { isObjectType, isInterfaceType, isUnionType, isEnumType, getNamedType, isScalarType } = require('graphql');

const DECODED = { AWSJSON: 'json', AWSDateTime: 'date' };

function plugin(schema) {
  const types = Object.values(schema.getTypeMap()).filter((t) => !t.name.startsWith('__') && (isObjectType(t) || isInterfaceType(t)));
  const possible = (t) => (isUnionType(t) ? t.getTypes() : isInterfaceType(t) ? schema.getPossibleTypes(t) : [t]);
  // Fixed point: a composite type matters if one of its fields is decoded or leads to one that matters.
  const matters = new Set();
  for (let changed = true; changed;) {
    changed = false;
    for (const t of types) {
      if (matters.has(t.name)) continue;
      const hit = Object.values(t.getFields()).some((f) => {
        const n = getNamedType(f.type);
        if (isScalarType(n)) return n.name in DECODED;
        return possible(n).some((p) => matters.has(p.name)) || matters.has(n.name);
      });
      if (hit) {
        matters.add(t.name);
        changed = true;
      }
    }
  }
  const map = {};
  for (const t of types.sort((a, b) => a.name.localeCompare(b.name))) {
    const fields = {};
    for (const f of Object.values(t.getFields()).sort((a, b) => a.name.localeCompare(b.name))) {
      const n = getNamedType(f.type);
      if (isScalarType(n)) {
        if (n.name in DECODED) fields[f.name] = DECODED[n.name];
      } else if (matters.has(n.name) || possible(n).some((p) => matters.has(p.name))) {
        fields[f.name] = n.name;
      }
    }
    if (Object.keys(fields).length) map[t.name] = fields;
  }
  const enums = {};
  for (const t of Object.values(schema.getTypeMap()).sort((a, b) => a.name.localeCompare(b.name))) {
    if (isEnumType(t) && !t.name.startsWith('__')) enums[t.name] = t.getValues().map((v) => v.name);
  }
  return [
    '/** Values of every enum in the schema, for checking input before it is sent. */',
    `export const schemaEnums = ${JSON.stringify(enums)} as const;`,
    '',
    '/** For each composite type: fields decoded on arrival (`json`, `date`) or leading to such fields (type name). */',
    `export const schemaMap: Readonly<Record<string, Readonly<Record<string, string>>>> = ${JSON.stringify(map)};`,
    '',
  ].join('\n');
}

module.exports = { plugin };
