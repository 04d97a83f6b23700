// npm run schema:pull [-- --from FILE] [-- --out FILE]
// Writes graphql/schema.graphql from a live endpoint's introspection (MOVE_UGC_ENDPOINT_URL with
// MOVE_UGC_API_KEY) or from an introspection JSON file: sorted, stable, with the descriptions we
// wrote kept wherever their type, field, argument or enum value still exists.
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { buildClientSchema, getIntrospectionQuery, lexicographicSortSchema, parse, print, printSchema, visit } from 'graphql';

const { values } = parseArgs({ options: { from: { type: 'string' }, out: { type: 'string', default: 'graphql/schema.graphql' } } });

const introspection = values.from ? JSON.parse(readFileSync(values.from, 'utf8')) : await fetchIntrospection();
const data = introspection.data ?? introspection;
if (!data.__schema) fail('the introspection result has no __schema');

const fresh = parse(printSchema(lexicographicSortSchema(buildClientSchema(data))));
const previous = existsSync(values.out) ? readFileSync(values.out, 'utf8') : '';
const ours = previous ? descriptionsOf(parse(previous)) : new Map();
// Their descriptions are not ours to publish: every description comes from our own file or none.
const described = visit(fresh, {
  enter(node, _key, _parent, _path, ancestors) {
    if (!('description' in node)) return undefined;
    const coordinate = coordinateOf(node, ancestors);
    const text = coordinate && ours.get(coordinate);
    return { ...node, description: text ? { kind: 'StringValue', value: text, block: true } : undefined };
  },
});
const header = previous.split('\n').filter((line, i, all) => line.startsWith('#') && all.slice(0, i).every((l) => l.startsWith('#')));
writeFileSync(values.out, `${header.length ? `${header.join('\n')}\n\n` : ''}${print(described)}\n`);
console.log(
  `wrote ${values.out} (${data.__schema.types.filter((t) => !t.name.startsWith('__')).length} types, ${ours.size} descriptions of ours kept where still applicable)`,
);

async function fetchIntrospection() {
  const endpoint = process.env.MOVE_UGC_ENDPOINT_URL ?? 'https://api.move.ai/ugc/graphql';
  const key = process.env.MOVE_UGC_API_KEY;
  if (!key) fail('set MOVE_UGC_API_KEY (and MOVE_UGC_ENDPOINT_URL for another endpoint), or pass --from FILE');
  const res = await fetch(endpoint, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: key },
    body: JSON.stringify({ query: getIntrospectionQuery() }),
  });
  if (!res.ok) fail(`introspection failed: HTTP ${res.status} from ${endpoint}`);
  const body = await res.json();
  if (body.errors?.length) fail(`introspection failed: ${body.errors[0].message}`);
  return body;
}

/** Schema coordinate of a definition node: Type, Type.field, Type.field(arg:), Enum.VALUE. */
function coordinateOf(node, ancestors) {
  const names = [...ancestors, node].filter((n) => n && typeof n === 'object' && 'kind' in n && n.name).map((n) => n);
  const parts = names.map((n) => n.name.value);
  const last = names.at(-1);
  if (!last) return undefined;
  if (last.kind === 'InputValueDefinition' && names.length === 3) return `${parts[0]}.${parts[1]}(${parts[2]}:)`;
  if (last.kind === 'InputValueDefinition' && names[0].kind === 'DirectiveDefinition') return `@${parts[0]}(${parts[1]}:)`;
  if (last.kind === 'DirectiveDefinition') return `@${parts[0]}`;
  return parts.join('.');
}

function descriptionsOf(document) {
  const map = new Map();
  visit(document, {
    enter(node, _key, _parent, _path, ancestors) {
      if (node.description?.value) map.set(coordinateOf(node, ancestors), node.description.value);
    },
  });
  return map;
}

function fail(message) {
  console.error(`schema:pull: ${message}`);
  process.exit(1);
}
