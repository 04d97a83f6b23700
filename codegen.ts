import type { CodegenConfig } from '@graphql-codegen/cli';

// Reads only graphql/: the project builds without the reference schema beside it.
const config: CodegenConfig = {
  schema: 'graphql/schema.graphql',
  documents: ['graphql/**/*.graphql', '!graphql/schema.graphql'],
  generates: {
    'src/generated/graphql.ts': {
      plugins: [{ add: { content: "import type { JsonValue } from '../core/types.js';" } }, 'typescript-operations', 'typed-document-node'],
      config: {
        documentNodeImport: '@urql/core#TypedDocumentNode',
        useTypeImports: true,
        enumType: 'string-literal',
        strictScalars: true,
        // Results are typed as moveUgcExchange hands them out, decoded; variables stay the wire's
        // strings, so hand-written variables need no conversion.
        scalars: {
          AWSDateTime: { input: 'string', output: 'Date' },
          AWSJSON: { input: 'string', output: 'JsonValue' },
          AWSURL: { input: 'string', output: 'string' },
        },
      },
    },
    'src/generated/operations.ts': {
      plugins: ['./scripts/codegen-operations.cjs'],
    },
    'src/generated/schema-map.ts': {
      plugins: ['./scripts/codegen-schema-map.cjs'],
    },
    'src/generated/schema-sdl.ts': {
      plugins: ['./scripts/codegen-schema-sdl.cjs'],
    },
  },
};
export default config;
