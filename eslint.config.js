import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import layers from './scripts/eslint-layers.mjs';

export default tseslint.config(
  // bench/fixtures and examples/app-queries type-check against the built package (the latter as an
  // app of its own, scripts/check-app-queries.mjs), which does not exist before a build; examples/react
  // against React and urql, which only the matrix installs (test/browser/react-example.test.ts).
  {
    ignores: [
      'dist/',
      'coverage/',
      'docs/api/',
      'src/generated/',
      'node_modules/',
      '.tmp/',
      'bench/fixtures/',
      'examples/app-queries/',
      'examples/react/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        projectService: true,
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      '@typescript-eslint/only-throw-error': 'error',
    },
  },
  {
    files: ['**/*.cjs', '**/*.js', '**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
    languageOptions: {
      ...tseslint.configs.disableTypeChecked.languageOptions,
      globals: Object.fromEntries(
        ['require', 'module', 'process', 'console', 'fetch', 'URL', 'Buffer', 'setTimeout', 'clearTimeout'].map((g) => [g, 'readonly']),
      ),
    },
    rules: { ...tseslint.configs.disableTypeChecked.rules, '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    // The layers of src/, top to bottom. Each may import its own files and the layers it lists;
    // nothing imports up. core holds the generated code, which it reads and which reads it.
    files: ['src/**/*.ts'],
    plugins: { layers },
    rules: {
      'layers/direction': [
        'error',
        {
          layers: {
            // The executables use the library as an app does; the sandbox also serves the schema text.
            apps: { paths: ['src/cli/', 'src/sandbox/', 'src/viewer/'], may: ['public', 'src/generated/schema-sdl.ts'] },
            public: {
              paths: ['src/index.ts', 'src/documents.ts', 'src/graphcache.ts', 'src/dom-shim.ts'],
              may: ['client', 'resources', 'platform', 'core'],
            },
            client: { paths: ['src/client.ts'], may: ['resources', 'platform', 'core'] },
            resources: { paths: ['src/resources/', 'src/webhooks/'], may: ['platform', 'core'] },
            platform: { paths: ['src/platform/'], may: ['core'] },
            core: { paths: ['src/core/', 'src/generated/'], may: [] },
          },
        },
      ],
    },
  },
);
