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
