import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { beforeAll, expect, test } from 'vitest';

// docs/api.md lists every public method with the fields of its object arguments, written by hand.
// This reads the TypeScript types of src/ with the compiler and fails when the two differ: a
// field added to an options type (downloadOutputs' `overwrite`, `timeoutMs`) must be added there.

const root = (path: string) => fileURLToPath(new URL(`../../${path}`, import.meta.url));
const doc = readFileSync(root('docs/api.md'), 'utf8');
const RESOURCES = ['files', 'takes', 'jobs', 'volumes', 'client', 'rigs', 'cameraSettings', 'webhooks'];

let checker: ts.TypeChecker;
let exported: Map<string, ts.Symbol>;
beforeAll(() => {
  const entries = [root('src/index.ts'), root('src/sandbox/index.ts'), root('src/codegen.ts')];
  const program = ts.createProgram(entries, {
    strict: true,
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    skipLibCheck: true,
    noEmit: true,
  });
  checker = program.getTypeChecker();
  exported = new Map();
  for (const entry of entries) {
    const module = checker.getSymbolAtLocation(program.getSourceFile(entry)!)!;
    for (const symbol of checker.getExportsOfModule(module)) exported.set(symbol.name, symbol);
  }
}, 120_000);

interface Row {
  section: string;
  callee: string;
  args: string[];
}

/** Each `name(args)` in a table's first column, with the section it is listed under. */
function rows(): Row[] {
  const found: Row[] = [];
  let section = '';
  for (const line of doc.split('\n')) {
    if (line.startsWith('## ')) section = /\(`ugc\.(\w+)`\)/.exec(line)?.[1] ?? '';
    const cell = /^\| `(new [\w]+|[\w.]+)\(([^()]*)\)`/.exec(line);
    if (cell) found.push({ section, callee: cell[1]!, args: splitArgs(cell[2]!) });
  }
  return found;
}

function splitArgs(text: string): string[] {
  const args: string[] = [];
  let depth = 0;
  let current = '';
  for (const c of text) {
    if (c === ',' && depth === 0) {
      args.push(current.trim());
      current = '';
      continue;
    }
    if (c === '{') depth++;
    if (c === '}') depth--;
    current += c;
  }
  if (current.trim()) args.push(current.trim());
  return args;
}

function typeOf(symbol: ts.Symbol): ts.Type {
  return checker.getTypeOfSymbol(symbol);
}

/** The call a row documents: a resource method, `new MoveUgc`, or an exported function. */
function signatureOf(row: Row): ts.Signature | undefined {
  if (row.callee.startsWith('new ')) {
    const cls = typeOf(exported.get(row.callee.slice(4))!);
    return cls.getConstructSignatures()[0];
  }
  const path = row.callee.split('.');
  const ugc = checker.getDeclaredTypeOfSymbol(exported.get('MoveUgc')!);
  if (path[0] === 'ugc' && path.length === 2) return callOf(ugc, path[1]!);
  if (path[0] === 'sandbox') return callOf(checker.getDeclaredTypeOfSymbol(exported.get('Sandbox')!), path[1]!);
  const [resource, method] = path[0] === 'ugc' ? [path[1]!, path[2]!] : row.section ? [row.section, path[0]!] : ['', path[0]!];
  if (!resource) {
    const fn = exported.get(method);
    return fn && typeOf(fn).getCallSignatures()[0];
  }
  const member = ugc.getProperty(resource);
  return member && callOf(typeOf(member), method);
}

function callOf(type: ts.Type, name: string): ts.Signature | undefined {
  const property = type.getProperty(name);
  return property && typeOf(property).getCallSignatures()[0];
}

/** `{ id, name?, … }` as `id`, `name?`: optional fields marked as the doc marks them. */
function fieldsOf(type: ts.Type): string[] {
  const whole = checker.getNonNullableType(type);
  const members = whole.isUnion() ? whole.types : [whole];
  const names = new Map<string, boolean>();
  for (const member of members) {
    for (const p of checker.getApparentType(member).getProperties()) {
      const optional = (p.flags & ts.SymbolFlags.Optional) !== 0 || members.some((m) => !m.getProperty(p.name));
      names.set(p.name, (names.get(p.name) ?? false) || optional);
    }
  }
  return [...names].map(([name, optional]) => (optional ? `${name}?` : name)).sort();
}

test('every object argument in docs/api.md lists exactly the fields its type has', () => {
  const listed = rows();
  expect(listed.length).toBeGreaterThan(30);
  const wrong: string[] = [];
  // `list(…)` stands for every list method (the Lists section): nothing to compare.
  for (const row of listed.filter((r) => r.args.join() !== '…')) {
    const signature = signatureOf(row);
    if (!signature) {
      wrong.push(`${row.callee}: no such public function or method`);
      continue;
    }
    row.args.forEach((arg, i) => {
      if (!arg.startsWith('{')) return;
      const documented = arg
        .slice(1, -1)
        .split(',')
        .map((s) => s.trim())
        .filter((s) => s && s !== '…');
      const param = signature.getParameters()[i];
      const actual = param ? fieldsOf(typeOf(param)) : [];
      // `…` marks a partial list: what it names must exist; otherwise every field is named.
      const expected = arg.includes('…') ? actual.filter((f) => documented.includes(f)) : actual;
      if (documented.sort().join() !== expected.join()) {
        wrong.push(`${row.callee} argument ${i + 1}: docs { ${documented.join(', ')} }, types { ${expected.join(', ')} }`);
      }
    });
  }
  expect(wrong).toEqual([]);
}, 120_000);

test('every public method of every resource is in docs/api.md', () => {
  const ugc = checker.getDeclaredTypeOfSymbol(exported.get('MoveUgc')!);
  const documented = new Set(rows().map((r) => (r.callee.startsWith('ugc.') ? r.callee.slice(4) : `${r.section}.${r.callee}`)));
  const missing: string[] = [];
  for (const resource of RESOURCES) {
    for (const method of typeOf(ugc.getProperty(resource)!).getProperties()) {
      if (method.name.startsWith('#') || method.name === 'toJSON' || !typeOf(method).getCallSignatures().length) continue;
      if (!documented.has(`${resource}.${method.name}`)) missing.push(`${resource}.${method.name}`);
    }
  }
  expect(missing).toEqual([]);
});
