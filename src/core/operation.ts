import { stringifyDocument, type TypedDocumentNode } from '@urql/core';
import { operationOf } from './document.js';

/** What the SDK needs from a document, worked out once per document. */
export interface OperationInfo {
  name: string;
  kind: 'query' | 'mutation' | 'subscription';
  mutation: boolean;
  /** It uses `@defer` or `@stream`: a result may come in parts (`hasNext`). */
  incremental: boolean;
  /** The request body up to the variables: `{"operationName":…,"query":…,"variables":`. */
  bodyStart: string;
}

const operations = new WeakMap<object, OperationInfo>();

export function operationInfo(document: object): OperationInfo {
  let info = operations.get(document);
  if (!info) {
    const op = operationOf(document);
    const name = op.name?.value ?? 'anonymous';
    const query = compactQuery(stringifyDocument(document as TypedDocumentNode));
    const bodyStart = `{"operationName":${op.name ? JSON.stringify(name) : 'null'},"query":${JSON.stringify(query)},"variables":`;
    const kind = op.operation as OperationInfo['kind'];
    info = { name, kind, mutation: kind === 'mutation', incremental: /@(defer|stream)\b/.test(query), bodyStart };
    operations.set(document, info);
  }
  return info;
}

// String literals, block strings first, so whitespace inside them is left alone.
const STRING_LITERAL = /("""[\s\S]*?"""|"(?:\\.|[^"\\])*")/;
const SPACE = /\s+/g;
const SPACE_AROUND_PUNCTUATION = / ?([{}():[\]=!@$,|&]) ?/g;

/** The printed document without indentation and needless spaces: a quarter fewer bytes per request. */
export function compactQuery(query: string): string {
  return query
    .split(STRING_LITERAL)
    .map((part, i) => (i % 2 === 1 ? part : part.replace(SPACE, ' ').replace(SPACE_AROUND_PUNCTUATION, '$1')))
    .join('')
    .trim();
}
