import { ValidationError } from './core/errors.js';
import { schemaSdl } from './generated/schema-sdl.js';

// `move-ugc/codegen`: what an app's graphql-codegen needs to type its own operations the way the
// SDK's documents are typed, so `ugc.request` decodes their results (timestamps as `Date`, AWSJSON
// as values) and urql's clients and hooks take them. The app installs graphql-codegen itself.

/** Your operations and where their typed documents go. */
export interface MoveUgcCodegenOptions {
  /** Globs of your `.graphql` files (or of sources holding `graphql` tags), as codegen takes them. */
  documents: string | string[];
  /** The TypeScript file to write, e.g. `src/generated/ugc.ts`. */
  output: string;
}

/** A graphql-codegen config: `export default moveUgcCodegen(…)` from an app's `codegen.ts`. */
export interface MoveUgcCodegenConfig {
  schema: string;
  documents: string | string[];
  generates: Record<string, { plugins: (string | Record<string, unknown>)[]; config: Record<string, unknown> }>;
}

/**
 * The Move UGC schema as SDL, which graphql-codegen reads as `schema` as it is (a path into
 * `node_modules` is not resolved as a package specifier there).
 */
export const schema: string = schemaSdl;

/**
 * The AWS scalars as the SDK types them: results as its exchanges decode them (`Date`, JSON
 * values); variables as the wire's strings.
 */
export const scalars = {
  AWSDateTime: { input: 'string', output: 'Date' },
  AWSJSON: { input: 'string', output: 'JsonValue' },
  AWSURL: { input: 'string', output: 'string' },
} as const;

/**
 * A graphql-codegen config for your own operations against the Move UGC schema. Needs, in your
 * devDependencies: `@graphql-codegen/cli`, `@graphql-codegen/add`,
 * `@graphql-codegen/typescript-operations` and `@graphql-codegen/typed-document-node`.
 *
 * @example
 * ```ts
 * // codegen.ts; then `npx graphql-codegen` writes src/generated/ugc.ts
 * import { moveUgcCodegen } from 'move-ugc/codegen';
 * export default moveUgcCodegen({ documents: 'src/queries/*.graphql', output: 'src/generated/ugc.ts' });
 * ```
 */
export function moveUgcCodegen(options: MoveUgcCodegenOptions): MoveUgcCodegenConfig {
  const { documents, output } = options;
  if (typeof output !== 'string' || output === '') throw new ValidationError('output', 'must be the path of the file to generate');
  if (typeof documents !== 'string' && !Array.isArray(documents))
    throw new ValidationError('documents', 'must be a glob or a list of globs');
  return {
    schema,
    documents,
    generates: {
      [output]: {
        plugins: [{ add: { content: "import type { JsonValue } from 'move-ugc';" } }, 'typescript-operations', 'typed-document-node'],
        config: {
          // Through move-ugc, so the app needs no direct dependency on @urql/core.
          documentNodeImport: 'move-ugc#TypedDocumentNode',
          useTypeImports: true,
          enumType: 'string-literal',
          strictScalars: true,
          scalars,
        },
      },
    },
  };
}
