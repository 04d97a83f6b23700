import type { TypedDocumentNode } from '@urql/core';
import { operationOf } from './document.js';

/** A query that asks the same root field `size` times, each under its own alias and variable. */
export interface BatchDocument {
  document: TypedDocumentNode<Record<string, unknown>, Record<string, unknown>>;
  /** The response key of the i-th copy. */
  alias: (i: number) => string;
  /** The variable holding the i-th copy's `idVariable`. */
  variable: (i: number) => string;
}

type Node = Record<string, unknown>;
const built = new WeakMap<object, Map<number, BatchDocument>>();

/**
 * Builds (once per document and size) a query repeating the single root field of `document` under
 * aliases `r0…r{size-1}`, its `$idVariable` renamed `$id0…` per copy and its other variables and
 * fragments shared. The selection is the generated document's own, so the batch asks for exactly
 * what the one-object call does and decodes with the same plan.
 */
export function batchDocument(document: object, idVariable: string, size: number): BatchDocument {
  let bySize = built.get(document);
  if (!bySize) built.set(document, (bySize = new Map<number, BatchDocument>()));
  let batch = bySize.get(size);
  if (!batch) bySize.set(size, (batch = build(document, idVariable, size)));
  return batch;
}

function build(document: object, idVariable: string, size: number): BatchDocument {
  const op = operationOf(document) as unknown as Node;
  // Built only from the generated documents (one root field, `$idVariable` declared), which
  // test/resources/job-batch.test.ts runs as batches: there is no caller input to check here.
  const fields = (op.selectionSet as { selections: Node[] }).selections;
  const definitions = (op.variableDefinitions ?? []) as Node[];
  const idDefinition = definitions.find((d) => nameOf(d.variable) === idVariable)!;
  const shared = definitions.filter((d) => d !== idDefinition);
  const alias = (i: number) => `r${i}`;
  const variable = (i: number) => `id${i}`;
  const copies = Array.from({ length: size }, (_, i) => ({
    ...renameVariable(fields[0]!, idVariable, variable(i)),
    alias: name(alias(i)),
  }));
  const ids = Array.from({ length: size }, (_, i) => ({ ...idDefinition, variable: { kind: 'Variable', name: name(variable(i)) } }));
  // No `loc`: printers would otherwise print the original source text instead of this tree. The
  // fragments are shared as they are: printers read a `loc` only on the node they are given.
  const operation = {
    kind: 'OperationDefinition',
    operation: 'query',
    name: name(`${nameOf(op) ?? 'batch'}Batch`),
    variableDefinitions: [...ids, ...shared],
    directives: op.directives ?? [],
    selectionSet: { kind: 'SelectionSet', selections: copies },
  };
  const fragments = (document as { definitions: Node[] }).definitions.filter((d) => d.kind === 'FragmentDefinition');
  return { document: { kind: 'Document', definitions: [operation, ...fragments] } as never, alias, variable };
}

function name(value: string) {
  return { kind: 'Name', value };
}

function nameOf(node: unknown): string | undefined {
  return (node as { name?: { value?: string } } | undefined)?.name?.value;
}

/** A deep copy of `node` with `$from` read as `$to` and no source locations. */
function renameVariable(node: Node, from: string, to: string): Node {
  return JSON.parse(JSON.stringify(node), (key, value: unknown) => {
    if (key === 'loc') return undefined;
    const n = value as Node | null;
    if (n && typeof n === 'object' && n.kind === 'Variable' && nameOf(n) === from) return { kind: 'Variable', name: name(to) };
    return value;
  }) as Node;
}
