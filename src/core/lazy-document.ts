import { createRequest, type TypedDocumentNode } from '@urql/core';

/**
 * A document held as its GraphQL text (the operation, then the fragments it uses) and parsed the
 * first time anything reads its `definitions`; from then on it is an ordinary document. It stays
 * one object, so everything cached per document (urql's key, decode plans, batch queries) holds.
 */
export function lazyDocument<Result, Variables>(operation: string, ...fragments: string[]): TypedDocumentNode<Result, Variables> {
  const document = { kind: 'Document' };
  Object.defineProperty(document, 'definitions', {
    configurable: true,
    enumerable: true,
    get() {
      const { definitions } = createRequest([operation, ...fragments].join('\n'), {}).query;
      Object.defineProperty(document, 'definitions', { value: definitions, enumerable: true });
      return definitions;
    },
  });
  return document as TypedDocumentNode<Result, Variables>;
}
