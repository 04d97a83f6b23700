// npm run schema:diff [-- --base REF | --old FILE] [-- --new FILE] [-- --allow-breaking] [-- --json]
// Compares the working graphql/schema.graphql with the last committed one (or --old FILE) and
// prints breaking, dangerous and safe changes, naming the operations in graphql/ that a breaking
// or dangerous change touches. Exits 1 on a breaking change unless --allow-breaking.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { diff } from '@graphql-inspector/core';
import { buildSchema, getNamedType, parse, TypeInfo, visit, visitWithTypeInfo } from 'graphql';

const { values } = parseArgs({
  options: {
    base: { type: 'string', default: 'HEAD' },
    old: { type: 'string' },
    new: { type: 'string', default: 'graphql/schema.graphql' },
    operations: { type: 'string', default: 'graphql' },
    'allow-breaking': { type: 'boolean', default: false },
    json: { type: 'boolean', default: false },
  },
});

const oldSdl = values.old
  ? readFileSync(values.old, 'utf8')
  : execFileSync('git', ['show', `${values.base}:graphql/schema.graphql`], { encoding: 'utf8' });
const oldSchema = buildSchema(oldSdl);
const newSchema = buildSchema(readFileSync(values.new, 'utf8'));
const changes = await diff(oldSchema, newSchema);
const usage = operationUsage(oldSchema, values.operations);

const report = { breaking: [], dangerous: [], safe: [] };
const bucket = { BREAKING: 'breaking', DANGEROUS: 'dangerous', NON_BREAKING: 'safe' };
for (const change of changes) {
  const affects = change.path ? usage.filter((op) => touches(op.coordinates, change.path)).map((op) => `${op.name} (${op.file})`) : [];
  report[bucket[change.criticality.level]].push({ message: change.message, path: change.path ?? null, type: change.type, affects });
}

if (values.json) {
  console.log(JSON.stringify(report, null, 2));
} else {
  for (const [title, key] of [
    ['Breaking', 'breaking'],
    ['Dangerous', 'dangerous'],
    ['Safe', 'safe'],
  ]) {
    if (!report[key].length) continue;
    console.log(`${title} changes (${report[key].length}):`);
    for (const c of report[key]) {
      console.log(`  - ${c.message}${c.path ? `  [${c.path}]` : ''}`);
      if (key !== 'safe' && c.affects.length) console.log(`      affects: ${c.affects.join(', ')}`);
    }
  }
  if (!changes.length) console.log('No schema changes.');
}
if (report.breaking.length && !values['allow-breaking']) {
  if (!values.json) console.log('\nBreaking changes found: update the operations above, then rerun with --allow-breaking to accept.');
  process.exit(1);
}

/** Schema coordinates (Type, Type.field, Type.field.arg) each operation reads, fragments included. */
function operationUsage(schema, dir) {
  const files = walk(dir).filter((f) => f.endsWith('.graphql') && !f.endsWith('schema.graphql'));
  const definitions = files.flatMap((file) => parse(readFileSync(file, 'utf8')).definitions.map((d) => ({ d, file })));
  const fragments = new Map(definitions.filter(({ d }) => d.kind === 'FragmentDefinition').map(({ d }) => [d.name.value, d]));
  return definitions
    .filter(({ d }) => d.kind === 'OperationDefinition')
    .map(({ d, file }) => {
      const coordinates = new Set();
      const seen = new Set();
      const queue = [d];
      while (queue.length) {
        const node = queue.shift();
        const typeInfo = new TypeInfo(schema);
        visit(
          { kind: 'Document', definitions: [node] },
          visitWithTypeInfo(typeInfo, {
            Field() {
              const parent = typeInfo.getParentType();
              const field = typeInfo.getFieldDef();
              if (!parent || !field) return;
              coordinates.add(parent.name).add(`${parent.name}.${field.name}`).add(getNamedType(field.type).name);
            },
            Argument() {
              const parent = typeInfo.getParentType();
              const field = typeInfo.getFieldDef();
              const arg = typeInfo.getArgument();
              if (parent && field && arg) coordinates.add(`${parent.name}.${field.name}.${arg.name}`).add(getNamedType(arg.type).name);
            },
            VariableDefinition(v) {
              let t = v.type;
              while (t.kind !== 'NamedType') t = t.type;
              inputTypes(schema, t.name.value, coordinates);
            },
            FragmentSpread(s) {
              if (!seen.has(s.name.value) && fragments.has(s.name.value)) {
                seen.add(s.name.value);
                queue.push(fragments.get(s.name.value));
              }
            },
          }),
        );
      }
      return { name: d.name?.value ?? 'anonymous', file: relative(process.cwd(), file), coordinates };
    });
}

/** An input type and everything reachable through its fields, as coordinates. */
function inputTypes(schema, name, into) {
  if (into.has(name)) return;
  into.add(name);
  const type = schema.getType(name);
  if (!type || !('getFields' in type) || type.astNode?.kind !== 'InputObjectTypeDefinition') return;
  for (const f of Object.values(type.getFields())) {
    into.add(`${name}.${f.name}`);
    inputTypes(schema, getNamedType(f.type).name, into);
  }
}

function touches(coordinates, path) {
  if (coordinates.has(path)) return true;
  // A change to Enum.VALUE or Type.field.arg concerns operations using that enum or field.
  const parent = path.split('.').slice(0, -1).join('.');
  return parent !== '' && coordinates.has(parent);
}

function walk(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)]));
}
