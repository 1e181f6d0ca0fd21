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

/** The page's own code talks to the map through its controller. */
const MAPLIBRE_IN_MAP_ONLY = {
  group: ['maplibre-gl', 'maplibre-gl/*'],
  message: 'Only src/map may import maplibre-gl; talk to the map through its controller.',
};

/** Attributes whose text a user reads or hears. */
const TEXT_ATTRIBUTES = new Set([
  'aria-label',
  'aria-description',
  'aria-placeholder',
  'aria-roledescription',
  'aria-valuetext',
  'alt',
  'label',
  'placeholder',
  'title',
]);
const hasWords = (/** @type {string} */ text) => /\p{L}/u.test(text);

/**
 * `atlas/no-literal-text`: a component takes every text a user reads or hears from the message
 * table (`t()`), so that none is left in one language. Flags letters written in JSX, as a child
 * or in a text attribute; punctuation and numbers are fine.
 */
const atlasPlugin = {
  rules: {
    'no-literal-text': {
      meta: {
        type: 'problem',
        messages: {
          literal: 'Text "{{text}}" is written in the component: take it from the messages (t()).',
        },
        schema: [],
      },
      create(/** @type {import('eslint').Rule.RuleContext} */ context) {
        /** @param {any} node @param {string} text */
        const report = (node, text) => {
          context.report({ node, messageId: 'literal', data: { text: text.trim().slice(0, 40) } });
        };
        return {
          /** @param {any} node */
          JSXText(node) {
            if (hasWords(node.value)) report(node, node.value);
          },
          /** @param {any} node */
          'JSXExpressionContainer > Literal'(node) {
            if (node.parent.parent.type !== 'JSXAttribute' && typeof node.value === 'string') {
              if (hasWords(node.value)) report(node, node.value);
            }
          },
          /** @param {any} node */
          'JSXExpressionContainer > TemplateLiteral'(node) {
            if (node.parent.parent.type === 'JSXAttribute') return;
            const text = node.quasis.map((/** @type {any} */ q) => q.value.cooked).join('');
            if (hasWords(text)) report(node, text);
          },
          /** @param {any} node */
          JSXAttribute(node) {
            const name = node.name.type === 'JSXIdentifier' ? node.name.name : '';
            if (!TEXT_ATTRIBUTES.has(name) || !node.value) return;
            const value =
              node.value.type === 'Literal'
                ? node.value.value
                : node.value.type === 'JSXExpressionContainer' &&
                    node.value.expression.type === 'Literal'
                  ? node.value.expression.value
                  : null;
            if (typeof value === 'string' && hasWords(value)) report(node, value);
          },
        };
      },
    },
  },
};

export default tseslint.config(
  {
    ignores: [
      'dist',
      'dist-published',
      'node_modules',
      'test-results',
      'playwright-report',
      'bench/results',
    ],
  },
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
  // The layers, from the bottom: core (pure), then data (the workers' pipelines) and store (state),
  // then map and bindings, then ui. Each folder imports only from the ones below it; patterns match
  // at any depth ("../../store/x" from src/core/import too). Types that cross a worker's boundary
  // live in src/core/protocol.ts, so nothing above data/ needs to import it.
  {
    files: ['src/core/**/*.ts'],
    rules: {
      // No hidden global state: a module-level `let` (a language "in use", a current dataset) makes
      // a function's answer depend on who called what before. Pass it in.
      'no-restricted-syntax': [
        'error',
        ...['Program', 'Program > ExportNamedDeclaration'].map((parent) => ({
          selector: `${parent} > VariableDeclaration[kind='let']`,
          message: 'src/core keeps no state that changes between calls: pass it in as an argument.',
        })),
      ],
    },
  },
  {
    files: ['src/core/**/*.ts'],
    rules: frameworkImports([
      { group: ['zustand', 'zustand/*'], message: 'src/core is pure: no store.' },
      {
        group: ['**/store/*', '**/ui/*', '**/map/*', '**/data/*', '**/bindings/*'],
        message: 'src/core depends on nothing above it.',
      },
    ]),
  },
  {
    files: ['src/data/**/*.ts'],
    rules: frameworkImports([
      { group: ['zustand', 'zustand/*'], message: 'src/data runs in workers: no store.' },
      {
        group: ['**/store/*', '**/ui/*', '**/map/*', '**/bindings/*'],
        message: 'src/data (the workers and their clients) depends on src/core only.',
      },
    ]),
  },
  {
    files: ['src/store/**/*.ts'],
    rules: frameworkImports([
      {
        group: ['**/ui/*', '**/map/*', '**/data/*', '**/bindings/*'],
        message:
          'The store holds state only: it knows no UI, map, worker or binding (types from core/protocol).',
      },
    ]),
  },
  {
    files: ['src/map/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['react', 'react-dom', 'react/*', 'react-dom/*', 'zustand', 'zustand/*'],
              message: 'src/map draws what it is given: no React, no store.',
            },
            {
              group: ['**/store/*', '**/ui/*', '**/data/*', '**/bindings/*'],
              message:
                'src/map depends on src/core only; bindings/bind-map.ts ties it to the store.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/bindings/**/*.ts'],
    rules: frameworkImports([
      {
        group: ['**/ui/*', '**/data/*'],
        message:
          'Bindings tie the store to the browser and the map; clients come in by their core/protocol types.',
      },
    ]),
  },
  {
    files: ['src/ui/**/*.tsx', 'src/main.tsx', 'src/standalone/**/*.tsx'],
    plugins: { atlas: atlasPlugin },
    rules: { 'atlas/no-literal-text': 'error' },
  },
  {
    files: ['src/main.tsx', 'src/standalone/**/*.{ts,tsx}'],
    rules: { 'no-restricted-imports': ['error', { patterns: [MAPLIBRE_IN_MAP_ONLY] }] },
  },
  {
    // The interface gets its data clients from main.tsx, by their types in core/protocol.ts.
    files: ['src/ui/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            MAPLIBRE_IN_MAP_ONLY,
            {
              group: ['**/data/*'],
              message: 'src/ui knows the workers only by their types in core/protocol.ts.',
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
