// The few parts of a GraphQL document the SDK reads at run time, typed structurally so the core
// depends on no GraphQL library beyond @urql/core and its parser.
import { parse } from '@0no-co/graphql.web';
import type { TypedDocumentNode } from '@urql/core';

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

const sources = new WeakMap<object, string>();

/**
 * A document made from its compact text (as codegen emits every operation): the text is what the
 * transport sends, and the AST other clients read (urql, graphql-js `print`) is parsed on first use.
 */
export function typedDocument<Data, Variables>(source: string): TypedDocumentNode<Data, Variables> {
  let definitions: unknown;
  const document = {
    kind: 'Document',
    get definitions() {
      return (definitions ??= parse(source, { noLocation: true }).definitions);
    },
  };
  sources.set(document, source);
  return document as unknown as TypedDocumentNode<Data, Variables>;
}

/** The text a document was made from by `typedDocument`, or undefined for any other document. */
export function sourceOf(document: object): string | undefined {
  return sources.get(document);
}
