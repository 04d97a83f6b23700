// GraphQL type references, as the schema map writes them (`[Source!]`, `File!`) and as a
// document's variable definitions hold them (TypeNode): what decode and the variable checks walk.

/** A GraphQL type reference: `[Source!]` is { list: { nonNull, name: 'Source' } }. */
export interface TypeRef {
  nonNull: boolean;
  list: TypeRef | null;
  name: string;
}

/** A variable definition's type, as a document holds it. */
export interface TypeNode {
  readonly kind: string;
  readonly type?: TypeNode;
  readonly name?: { readonly value: string };
}

export function parseRef(text: string): TypeRef {
  const nonNull = text.endsWith('!');
  const inner = nonNull ? text.slice(0, -1) : text;
  if (inner.startsWith('[')) return { nonNull, list: parseRef(inner.slice(1, -1)), name: '' };
  return { nonNull, list: null, name: inner };
}

/** A well-formed type node (see `checkRequest`) as a reference. */
export function refOfNode(node: TypeNode): TypeRef {
  if (node.kind === 'NonNullType') return { ...refOfNode(node.type!), nonNull: true };
  if (node.kind === 'ListType') return { nonNull: false, list: refOfNode(node.type!), name: '' };
  return { nonNull: false, list: null, name: node.name!.value };
}

/** The reference as GraphQL writes it: `[SourceInput!]`. */
export function printRef(ref: TypeRef): string {
  return `${ref.list ? `[${printRef(ref.list)}]` : ref.name}${ref.nonNull ? '!' : ''}`;
}

export function innermost(ref: TypeRef): string {
  return ref.list ? innermost(ref.list) : ref.name;
}
