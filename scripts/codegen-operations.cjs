// graphql-codegen plugin: the facade's documents as compact GraphQL text, each fragment written
// once and shared, parsed on first use (src/core/lazy-document.ts). typed-document-node's ASTs
// repeat every fragment's AST inside every operation that spreads it, which made them most of a
// browser bundle; the parser is in the bundle anyway (urql's). The definitions come in the order
// typed-document-node gives them, so both forms print, and send, the same text.
//
// Each operation is written in lazy-document.ts's shorthand (no fragment list, no `$withX` flag
// declarations, `()` for root arguments that repeat the variables) when that expands to exactly
// the full text, checked here with the very function the SDK expands it with; otherwise in full.
'use strict';
const { readFileSync } = require('node:fs');
const { join } = require('node:path');
const { transformSync } = require('esbuild');
const { Kind, print, stripIgnoredCharacters, visit } = require('graphql');

/** `documentText` from src/core/lazy-document.ts, compiled on the fly. */
function loadDocumentText() {
  const source = readFileSync(join(process.cwd(), 'src/core/lazy-document.ts'), 'utf8');
  const { code } = transformSync(source, { loader: 'ts', format: 'cjs' });
  const module = { exports: {} };
  new Function('module', 'exports', 'require', code)(module, module.exports, require);
  return module.exports.documentText;
}

/** The shortest form of `text` that `documentText` expands to `full`. */
function shorthand(text, full, fragments, documentText) {
  const noFlags = text.replace(/\$\w+:Boolean!=false/g, '');
  const declared = noFlags.match(/\$\w+(?=:)/g) ?? [];
  const args = `(${declared.map((v) => `${v.slice(1)}:${v}`).join(' ')})`;
  const body = noFlags.indexOf('{');
  const short =
    declared.length && noFlags.indexOf(args, body) > 0 ? noFlags.slice(0, body) + noFlags.slice(body).replace(args, '()') : noFlags;
  for (const candidate of [short, noFlags, text]) if (documentText(candidate, fragments) === full) return candidate;
  throw new Error(`codegen-operations: lazy-document.ts cannot expand ${text.slice(0, 60)}… back to typed-document-node's text`);
}

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
  const documentText = loadDocumentText();
  const definitions = documents.flatMap((file) => file.document.definitions);
  const fragments = new Map(definitions.filter((d) => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [d.name.value, d]));
  const texts = Object.fromEntries([...fragments].map(([name, node]) => [name, compact(node)]));
  // The table holds each fragment without its `fragment <name> ` head, which lazy-document.ts puts back.
  const bodies = Object.fromEntries(Object.entries(texts).map(([name, text]) => [name, text.slice(`fragment ${name} `.length)]));
  const operations = definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION);
  const used = new Set();
  const exports = operations.map((op) => {
    const spread = spreadsIn(op, fragments, true);
    const ordered = new Set(spread.flatMap((name) => dependenciesOf(name, fragments)));
    for (const name of spread) ordered.add(name);
    for (const name of ordered) used.add(name);
    const type = `${capitalize(op.name.value)}${capitalize(op.operation)}`;
    const full = [compact(op), ...[...ordered].map((name) => texts[name])].join('\n');
    const text = shorthand(compact(op), full, bodies, documentText);
    return `export const ${capitalize(op.name.value)}Document = /*#__PURE__*/ document<T.${type}, T.${type}Variables>(${JSON.stringify(text)});`;
  });
  const shared = [...fragments.keys()].filter((name) => used.has(name)).map((name) => `  ${name}: ${JSON.stringify(bodies[name])},`);
  return [
    "// The facade's documents (scripts/codegen-operations.cjs); apps get the ASTs of graphql.ts.",
    "import { lazyDocuments } from '../core/lazy-document.js';",
    "import type * as T from './graphql.js';",
    '',
    'const document = /*#__PURE__*/ lazyDocuments({',
    ...shared,
    '});',
    '',
    ...exports,
    '',
  ].join('\n');
}

module.exports = { plugin };
