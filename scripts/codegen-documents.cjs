// graphql-codegen plugin: every operation (and fragment) as a typed DocumentNode whose fragment
// definitions are shared objects, declared once. typed-document-node repeated each fragment's AST
// in every document that spreads it, which made the documents most of the core bundle. The ASTs
// are written in the short form `astDefinition` (src/core/document.ts) expands when loaded.
'use strict';
const { Kind, visit } = require('graphql');

const pascal = (name) => name.charAt(0).toUpperCase() + name.slice(1);

/** The short form: Name nodes as strings, selection sets as arrays, fields without `kind`, bare fields as strings. */
function shorten(node) {
  if (Array.isArray(node)) return node.map(shorten);
  if (node === null || typeof node !== 'object') return node;
  if (node.kind === Kind.NAME) return node.value;
  if (node.kind === Kind.SELECTION_SET) return shorten(node.selections);
  const out = {};
  for (const [key, value] of Object.entries(node)) {
    if (key === 'loc' || value === undefined || (Array.isArray(value) && !value.length)) continue;
    if (key === 'kind' && value === Kind.FIELD) continue;
    out[key] = shorten(value);
  }
  const keys = Object.keys(out);
  return node.kind === Kind.FIELD && keys.length === 1 ? out.name : out;
}
const json = (node) => `/* @__PURE__ */ astDefinition(${JSON.stringify(shorten(node))})`;

function plugin(_schema, documents) {
  const fragments = new Map();
  const operations = [];
  for (const { document } of documents) {
    for (const def of document.definitions) {
      if (def.kind === Kind.FRAGMENT_DEFINITION) fragments.set(def.name.value, def);
      else if (def.kind === Kind.OPERATION_DEFINITION) operations.push(def);
    }
  }
  // The fragments a definition spreads, transitively, in first-use order.
  const spreads = (def, found = new Set()) => {
    visit(def, {
      FragmentSpread(node) {
        const name = node.name.value;
        if (found.has(name)) return;
        found.add(name);
        spreads(fragments.get(name), found);
      },
    });
    return found;
  };
  const definitions = (def, own) => `[${[own, ...[...spreads(def)].map((n) => `${n}Definition`)].join(',')}]`;
  const lines = [];
  for (const [name, def] of fragments) lines.push(`const ${name}Definition = ${json(def)};`);
  for (const [name, def] of fragments) {
    lines.push(
      `export const ${pascal(name)}FragmentDoc = { kind: 'Document', definitions: ${definitions(def, `${name}Definition`)} } as unknown as DocumentNode<${pascal(name)}Fragment, unknown>;`,
    );
  }
  for (const def of operations) {
    const type = `${pascal(def.name.value)}${pascal(def.operation)}`;
    lines.push(
      `export const ${pascal(def.name.value)}Document = { kind: 'Document', definitions: ${definitions(def, json(def))} } as unknown as DocumentNode<${type}, ${type}Variables>;`,
    );
  }
  return {
    prepend: ["import type { TypedDocumentNode as DocumentNode } from '@urql/core';", "import { astDefinition } from '../core/document.js';"],
    content: lines.join('\n'),
  };
}

module.exports = { plugin };
