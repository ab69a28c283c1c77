// Lint also holds the architecture: each folder may import only what may run where it runs.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const restrict = (group, message) => ({
  'no-restricted-imports': ['error', { patterns: [{ group, message }] }],
});
// "Only these": a negative look-ahead, since gitignore-style negations miss relative paths.
const allowOnly = (regex, message) => ({
  'no-restricted-imports': ['error', { patterns: [{ regex, message }] }],
});

export default tseslint.config(
  { ignores: ['dist', 'release', 'node_modules', 'test-results', 'playwright-report'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['src/machines/**'],
    rules: allowOnly(
      '^(?!xstate$|xstate/|\\.\\./contract/|\\./)',
      'src/machines imports only xstate and src/contract: machines are pure.',
    ),
  },
  {
    files: ['src/contract/**'],
    rules: allowOnly('^(?!zod$|\\./)', 'src/contract imports only zod.'),
  },
  {
    files: ['src/main/core/**'],
    rules: restrict(['electron', 'electron/*'], 'src/main/core never imports electron.'),
  },
  {
    files: ['src/renderer/**'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...restrict(
        [
          '**/main/**',
          '**/backend/**',
          'node:*',
          'electron',
          'better-sqlite3',
          'node-fetch',
          'fastify',
        ],
        'The renderer runs in the browser: it talks to the core through the bridge only.',
      ),
    },
  },
);
