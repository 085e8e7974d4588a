import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import { builtinModules } from 'node:module';
import tseslint from 'typescript-eslint';

// Runtime layers, as import zones. dependency-cruiser (.dependency-cruiser.cjs) checks the same
// rules in CI; these give the editor the same answer while typing.
const nodeBuiltins = {
  // `node:fs` and bare `fs` alike.
  paths: builtinModules
    .filter((m) => !m.startsWith('_'))
    .map((name) => ({ name, message: 'Node built-ins do not run here.' })),
  regex: { regex: '^node:', message: 'Node built-ins do not run here.' },
};
const zone = (message, regexes, extraPaths = []) => [
  'error',
  {
    paths: [...nodeBuiltins.paths, ...extraPaths.map((name) => ({ name, message }))],
    patterns: [nodeBuiltins.regex, ...regexes.map((regex) => ({ regex, message }))],
  },
];

const RENDERER = 'The renderer reaches main only through window.api (shared/ipc/contract.ts).';
const SHARED = 'shared/ holds types, schemas and the contract: it imports nothing of electron/ or renderer/.';
const ENGINE = 'The scoring engine is pure: no database, no Node, no Electron.';

// Node globals for the few plain-JS files at the root, in scripts/ and bin/.
const nodeGlobals = Object.fromEntries(
  [
    'process',
    'console',
    'URL',
    'Buffer',
    'setTimeout',
    'clearTimeout',
    'setInterval',
    'clearInterval',
    'module',
    'require',
    '__dirname',
  ].map((name) => [name, 'readonly']),
);

export default tseslint.config(
  {
    ignores: [
      'out/',
      'dist/',
      'release/',
      'node_modules/',
      '.tmp/',
      'test-results/',
      'playwright-report/',
      'coverage/',
    ],
  },
  js.configs.recommended,
  tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      '@typescript-eslint/no-floating-promises': ['error', { ignoreVoid: true }],
      // `onClick={async () => …}` is how React handlers are written; the promise is handled inside.
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { attributes: false } }],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      // Handlers of the one contract map may be async without awaiting: they share one signature.
      '@typescript-eslint/require-await': 'off',
    },
  },
  {
    files: ['**/*.{js,mjs,cjs}'],
    extends: [tseslint.configs.disableTypeChecked],
    languageOptions: { globals: nodeGlobals },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': zone(
        RENDERER,
        ['(^|/)electron(/|$)', '^better-sqlite3(/|$)', '^kysely(/|$)'],
        ['electron', 'better-sqlite3', 'kysely'],
      ),
    },
  },
  {
    files: ['renderer/**/*.tsx'],
    ...reactHooks.configs.flat['recommended-latest'],
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': zone(
        SHARED,
        ['(^|/)electron(/|$)', '(^|/)renderer(/|$)', '^better-sqlite3(/|$)', '^kysely(/|$)', '^react(-dom)?(/|$)'],
        ['electron', 'better-sqlite3', 'kysely', 'react', 'react-dom'],
      ),
    },
  },
  {
    files: ['electron/scoring/**/*.ts'],
    rules: {
      'no-restricted-imports': zone(
        ENGINE,
        ['^(\\.\\./)+db(/|$)', '(^|/)electron/db(/|$)', '^electron(/|$)', '^better-sqlite3(/|$)', '^kysely(/|$)'],
        ['electron', 'better-sqlite3', 'kysely'],
      ),
    },
  },
  {
    // Migrations are written against Kysely<any> so they stay frozen in time (house style).
    files: ['electron/db/migrations/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    files: ['tests/**/*.ts'],
    rules: {
      // `expect(obj.method)` and `expect.any(String)` are idioms of the test runner.
      '@typescript-eslint/unbound-method': 'off',
    },
  },
);
