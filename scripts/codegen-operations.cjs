// graphql-codegen plugin: the facade's documents as compact GraphQL text, each fragment written
// once and shared, parsed on first use (src/core/lazy-document.ts). typed-document-node's ASTs
// repeat every fragment's AST inside every operation that spreads it, which made them most of a
// browser bundle; the parser is in the bundle anyway (urql's). The definitions come in the order
// typed-document-node gives them, so both forms print, and send, the same text.
'use strict';
const { Kind, print, stripIgnoredCharacters, visit } = require('graphql');

const capitalize = (s) => s.charAt(0).toUpperCase() + s.slice(1);
const compact = (node) => stripIgnoredCharacters(print(node));

/** The fragments spread in `node`, in order of appearance; with `nested`, those they spread too. */
function spreadsIn(node, fragments, nested) {
  const names = new Set();
  visit(node, {
    FragmentSpread(spread) {
      names.add(spread.name.value);
      if (nested) for (const name of spreadsIn(fragments.get(spread.name.value), fragments, true)) names.add(name);
    },
  });
  return [...names];
}

/** Everything `name` depends on, dependencies first (the depth-first order typed-document-node uses). */
function dependenciesOf(name, fragments) {
  const order = [];
  const seen = new Set();
  const walk = (n) => {
    if (seen.has(n)) return;
    seen.add(n);
    for (const child of spreadsIn(fragments.get(n), fragments, false)) walk(child);
    order.push(n);
  };
  walk(name);
  return order.filter((n) => n !== name);
}

function plugin(_schema, documents) {
  const definitions = documents.flatMap((file) => file.document.definitions);
  const fragments = new Map(definitions.filter((d) => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [d.name.value, d]));
  const operations = definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION);
  const used = new Set();
  const exports = operations.map((op) => {
    const spread = spreadsIn(op, fragments, true);
    const ordered = new Set(spread.flatMap((name) => dependenciesOf(name, fragments)));
    for (const name of spread) ordered.add(name);
    for (const name of ordered) used.add(name);
    const type = `${capitalize(op.name.value)}${capitalize(op.operation)}`;
    const args = [JSON.stringify(compact(op)), ...[...ordered].map((name) => name)].join(', ');
    return `export const ${capitalize(op.name.value)}Document = /*#__PURE__*/ lazyDocument<T.${type}, T.${type}Variables>(${args});`;
  });
  const shared = [...fragments.keys()]
    .filter((name) => used.has(name))
    .map((name) => `const ${name} = ${JSON.stringify(compact(fragments.get(name)))};`);
  return [
    "// The facade's documents (scripts/codegen-operations.cjs); apps get the ASTs of graphql.ts.",
    "import { lazyDocument } from '../core/lazy-document.js';",
    "import type * as T from './graphql.js';",
    '',
    ...shared,
    '',
    ...exports,
    '',
  ].join('\n');
}

module.exports = { plugin };
