// @ts-check
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** Imports that would tie a layer to a framework it must not know about. */
const frameworkImports = (extra = []) => ({
  'no-restricted-imports': [
    'error',
    {
      patterns: [
        {
          group: ['react', 'react-dom', 'react/*', 'react-dom/*'],
          message: 'src/core and src/store hold no React: keep components in src/ui.',
        },
        {
          group: ['maplibre-gl', 'maplibre-gl/*'],
          message: 'Only src/map may import maplibre-gl.',
        },
        ...extra,
      ],
    },
  ],
});

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'test-results', 'playwright-report', 'bench/results'] },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.browser },
    },
    rules: {
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/no-confusing-void-expression': ['error', { ignoreArrowShorthand: true }],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}', 'test/unit/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  {
    files: ['src/core/**/*.ts'],
    rules: frameworkImports([
      { group: ['zustand', 'zustand/*'], message: 'src/core is pure: no store.' },
      {
        group: ['../store/*', '../ui/*', '../map/*'],
        message: 'src/core depends on nothing above it.',
      },
    ]),
  },
  {
    files: ['src/store/**/*.ts'],
    rules: frameworkImports([
      { group: ['../ui/*', '../map/*'], message: 'The store knows no UI or map.' },
    ]),
  },
  {
    files: ['src/ui/**/*.{ts,tsx}', 'src/main.tsx'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['maplibre-gl', 'maplibre-gl/*'],
              message:
                'Only src/map may import maplibre-gl; talk to the map through its controller.',
            },
          ],
        },
      ],
    },
  },
  { files: ['eslint.config.js'], ...tseslint.configs.disableTypeChecked },
  {
    files: ['*.{js,ts}', 'scripts/**/*.ts', 'test/e2e/**/*.ts'],
    languageOptions: { globals: { ...globals.node } },
  },
);
