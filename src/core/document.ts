// The few parts of a GraphQL document the SDK reads at run time, typed structurally so the core
// depends on no GraphQL library beyond @urql/core.

export interface SelectionNode {
  readonly kind: string;
  readonly name?: { readonly value: string };
  readonly alias?: { readonly value: string };
  readonly typeCondition?: { readonly name: { readonly value: string } };
  readonly selectionSet?: SelectionSetNode;
}

export interface SelectionSetNode {
  readonly selections: readonly SelectionNode[];
}

export interface DefinitionNode extends SelectionNode {
  readonly operation?: string;
}

export interface DocumentLike {
  readonly definitions: readonly DefinitionNode[];
}

/** The operation of a document: its kind and name, as the errors and logs report it. */
export function operationOf(document: object): DefinitionNode & { operation: string } {
  const op = (document as DocumentLike).definitions?.find((d) => d.kind === 'OperationDefinition');
  if (!op?.operation) throw new TypeError('The document holds no GraphQL operation');
  return op as DefinitionNode & { operation: string };
}

type Short = string | number | boolean | null | Short[] | { [key: string]: Short };

/**
 * Expands a definition from the short form codegen writes (scripts/codegen-documents.cjs) into the
 * GraphQL AST every client reads: names become Name nodes, arrays under `selectionSet` selection
 * sets, and a selection without a kind (or a bare string) a field.
 */
export function astDefinition(short: Short): DefinitionNode {
  return expand(short, '') as DefinitionNode;
}

function expand(short: Short, key: string): unknown {
  if (typeof short === 'string' && (key === 'name' || key === 'alias')) return { kind: 'Name', value: short };
  if (Array.isArray(short)) {
    if (key !== 'selectionSet') return short.map((item) => expand(item, ''));
    return { kind: 'SelectionSet', selections: short.map((item) => (typeof item === 'string' ? expand({ kind: 'Field', name: item }, '') : expand(item, 'selection'))) };
  }
  if (short === null || typeof short !== 'object') return short;
  const node: Record<string, unknown> = key === 'selection' && !('kind' in short) ? { kind: 'Field' } : {};
  for (const [k, v] of Object.entries(short)) node[k] = expand(v, k);
  return node;
}
