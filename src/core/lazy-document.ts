import { createRequest, type TypedDocumentNode } from '@urql/core';

/**
 * Makes the facade's documents from their shared fragments (src/generated/operations.ts: each
 * fragment's text after `fragment <name> `, by name). Each
 * document is held as compact text and parsed the first time anything reads its `definitions`;
 * from then on it is an ordinary document. It stays one object, so everything cached per document
 * (urql's key, decode plans, batch queries) holds.
 */
export function lazyDocuments(fragments: Readonly<Record<string, string>>) {
  return <Result, Variables>(operation: string): TypedDocumentNode<Result, Variables> => {
    const document = { kind: 'Document' };
    Object.defineProperty(document, 'definitions', {
      configurable: true,
      enumerable: true,
      get() {
        const { definitions } = createRequest(documentText(operation, fragments), {}).query;
        Object.defineProperty(document, 'definitions', { value: definitions, enumerable: true });
        return definitions;
      },
    });
    return document as TypedDocumentNode<Result, Variables>;
  };
}

/**
 * The full text of an operation written in the generator's shorthand, which leaves out what the
 * text itself implies (scripts/codegen-operations.cjs writes the shorthand only where this gives
 * back typed-document-node's text exactly):
 * - the fragments: those it spreads, each after the ones it spreads itself;
 * - `$withX:Boolean!=false` for each variable the fragments use and the operation does not declare
 *   (the `@include(if: $withX)` flags), after the declared ones;
 * - the root field's arguments, written `()`: each declared variable, passed as the argument of its name.
 */
export function documentText(operation: string, fragments: Readonly<Record<string, string>>): string {
  const used = new Set<string>();
  const spreads = (text: string) => {
    for (const [, name] of text.matchAll(/\.\.\.(?!on\b)(\w+)/g)) {
      if (used.has(name!)) continue;
      spreads(fragments[name!]!);
      used.add(name!);
    }
  };
  spreads(operation);
  const parts = [...used].map((name) => `fragment ${name} ${fragments[name]!}`);
  const declared: string[] = operation.match(/\$\w+(?=:)/g) ?? [];
  const flags = [...new Set(parts.join('').match(/\$\w+/g))].filter((v) => !declared.includes(v));
  const text = operation
    .replace('){', `${flags.map((v) => `${v}:Boolean!=false`).join('')}){`)
    .replace('()', `(${declared.map((v) => `${v.slice(1)}:${v}`).join(' ')})`);
  return [text, ...parts].join('\n');
}
