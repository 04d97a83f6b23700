// An eslint rule that keeps the layers of src/ pointing one way. The layer map itself is the
// rule's option, written once in eslint.config.js; this file only resolves each relative import
// to the file it names and checks that the importing file's layer may reach the imported one.
// Circles inside a layer are scripts/import-cycles.mjs's business (`npm run lint` runs both).
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** The layer whose `paths` (a folder ending in `/`, or a file) hold `file`, relative to the repo. */
function layerOf(layers, file) {
  return Object.keys(layers).find((name) => layers[name].paths.some((p) => (p.endsWith('/') ? file.startsWith(p) : file === p)));
}

const direction = {
  meta: {
    type: 'problem',
    docs: { description: 'An import may only reach its own layer or one the layer map lets it reach.' },
    schema: [{ type: 'object', properties: { layers: { type: 'object' } }, required: ['layers'], additionalProperties: false }],
    messages: {
      upward: '{{from}} ({{fromLayer}}) may not import {{to}} ({{toLayer}}): {{fromLayer}} reaches only {{allowed}}.',
    },
  },
  create(context) {
    const { layers } = context.options[0];
    const from = relative(ROOT, context.filename).split('\\').join('/');
    const fromLayer = layerOf(layers, from);
    if (!fromLayer) return {};
    const may = new Set([fromLayer, ...layers[fromLayer].may]);
    const check = (source) => {
      if (source?.type !== 'Literal' || typeof source.value !== 'string' || !source.value.startsWith('.')) return;
      const to = relative(ROOT, resolve(dirname(context.filename), source.value))
        .split('\\')
        .join('/')
        .replace(/\.js$/, '.ts');
      const toLayer = layerOf(layers, to);
      if (!toLayer || may.has(toLayer) || may.has(to)) return;
      const allowed = [...may].join(', ');
      context.report({ node: source, messageId: 'upward', data: { from, fromLayer, to, toLayer, allowed } });
    };
    return {
      ImportDeclaration: (node) => check(node.source),
      ExportAllDeclaration: (node) => check(node.source),
      ExportNamedDeclaration: (node) => check(node.source),
      ImportExpression: (node) => check(node.source),
      TSImportType: (node) => check(node.argument?.type === 'TSLiteralType' ? node.argument.literal : node.argument),
    };
  },
};

export default { meta: { name: 'layers' }, rules: { direction } };
