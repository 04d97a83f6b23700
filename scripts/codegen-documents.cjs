// graphql-codegen plugin: every operation (and fragment) as a typed document built from its compact
// text. The text is a tenth the size of the JSON AST typed-document-node emits, which repeated each
// fragment in every document that spreads it; the AST is parsed from it on first use.
'use strict';
const { Kind, print, stripIgnoredCharacters, visit } = require('graphql');

const pascal = (name) => name.charAt(0).toUpperCase() + name.slice(1);

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
  const text = (def) => stripIgnoredCharacters([def, ...[...spreads(def)].map((n) => fragments.get(n))].map(print).join('\n'));
  const lines = [];
  for (const [name, def] of fragments) {
    lines.push(`export const ${pascal(name)}FragmentDoc = /* @__PURE__ */ typedDocument<${pascal(name)}Fragment, unknown>(${JSON.stringify(text(def))});`);
  }
  for (const def of operations) {
    const type = `${pascal(def.name.value)}${pascal(def.operation)}`;
    lines.push(`export const ${pascal(def.name.value)}Document = /* @__PURE__ */ typedDocument<${type}, ${type}Variables>(${JSON.stringify(text(def))});`);
  }
  return {
    prepend: ["import { typedDocument } from '../core/document.js';"],
    content: lines.join('\n'),
  };
}

module.exports = { plugin };
