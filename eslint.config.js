// Lint also holds the architecture: one-way zones say which folder may import which (each may
// import only from below it, never back up), `no-cycle` keeps the graph a tree of layers, and
// package bans say what may run where. Type-aware rules catch promises nobody awaits.
import { readdirSync } from 'node:fs';
import { builtinModules } from 'node:module';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

// "Only these packages": bare specifiers other than the allowed ones. Relative imports are the
// zones' business.
const packagesOnly = (allowed, message) => ({
  'no-restricted-imports': [
    'error',
    { patterns: [{ regex: `^(?![./]|(${allowed.join('|')})(/|$))`, message }] },
  ],
});
const packagesBanned = (names, message) => ({
  'no-restricted-imports': [
    'error',
    { patterns: [{ regex: `^(${names.join('|')})(/|$)`, message }] },
  ],
});
// Node's own modules, with or without the node: prefix.
const NODE_BUILTINS = ['node:.*', ...builtinModules.filter((name) => /^[a-z]\w*$/.test(name))];

const screens = readdirSync(new URL('./src/renderer/screens', import.meta.url));

/** `target` may not import anything under `from` (paths from the repository root). */
const zones = [
  {
    target: 'src',
    from: ['tests', 'bench'],
    message: 'Shipped code never imports tests or benchmarks.',
  },
  {
    target: 'src/contract',
    from: 'src',
    except: ['./contract'],
    message:
      'src/contract is shared by every side: it imports only zod/mini (and zxcvbn-ts for the password policy) and itself.',
  },
  {
    target: 'src/contract/csm',
    from: 'src/contract/kiosk',
    message: 'contract/csm is the wire format: contract/kiosk derives from it, never the reverse.',
  },
  {
    target: 'src/node',
    from: 'src',
    except: ['./node'],
    message:
      'src/node holds Node helpers for the core and the backend: it imports nothing of them.',
  },
  {
    target: 'src/machines',
    from: ['src/renderer', 'src/main', 'src/backend', 'src/node'],
    message: 'Machines are pure: they import only xstate and src/contract.',
  },
  {
    target: 'src/renderer',
    from: ['src/main', 'src/backend', 'src/node'],
    message: 'The renderer runs in the browser: it talks to the core through the bridge only.',
  },
  {
    target: ['src/renderer/components', 'src/renderer/hooks', 'src/renderer/bridge'],
    from: 'src/renderer/screens',
    message: 'Shared renderer pieces never depend on a screen.',
  },
  ...screens.map((screen) => ({
    target: `src/renderer/screens/${screen}`,
    from: 'src/renderer/screens',
    except: [`./${screen}`],
    message: 'A screen imports no other screen: shared pieces live in components/ or hooks/.',
  })),
  {
    target: 'src/backend',
    from: ['src/contract/kiosk', 'src/machines', 'src/renderer', 'src/main'],
    message: 'The backend is CSM’s side: it imports only contract/csm, never the tablet’s code.',
  },
  {
    target: 'src/main/core',
    from: 'src/main',
    except: ['./core'],
    message: 'The core knows no host: Electron, the emulation and the runtime build on it.',
  },
  {
    target: 'src/main/core',
    from: ['src/backend', 'src/renderer'],
    message: 'The core never imports the backend (the runtime loads it) nor the renderer.',
  },
  {
    target: 'src/main/runtime',
    from: ['src/main/electron', 'src/main/emulation'],
    message: 'The runtime sits under both hosts: it imports neither.',
  },
  {
    target: 'src/main/electron',
    from: ['src/main/emulation', 'src/backend'],
    message: 'A host imports the runtime and the core, not the other host nor the backend.',
  },
  {
    target: 'src/main/emulation',
    from: ['src/main/electron', 'src/backend'],
    message: 'A host imports the runtime and the core, not the other host nor the backend.',
  },
];

export default tseslint.config(
  { ignores: ['dist', 'release', 'node_modules', 'test-results', 'playwright-report'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: {
      globals: { ...globals.node },
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    plugins: { 'import-x': importX },
    settings: {
      'import-x/extensions': ['.ts', '.tsx', '.js'],
      'import-x/external-module-folders': ['node_modules', 'node_modules/@types'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      'import-x/resolver-next': [
        createNodeResolver({
          extensions: ['.ts', '.tsx', '.js', '.json'],
          extensionAlias: { '.js': ['.ts', '.tsx', '.js'] },
        }),
      ],
    },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/await-thenable': 'error',
      // A `default:` does not excuse a forgotten member of a union (a new status, a new code).
      '@typescript-eslint/switch-exhaustiveness-check': [
        'error',
        { considerDefaultExhaustiveForUnions: false, requireDefaultForNonUnion: false },
      ],
      'import-x/no-restricted-paths': ['error', { basePath: import.meta.dirname, zones }],
    },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    files: ['src/**'],
    rules: { 'import-x/no-cycle': ['error', { ignoreExternal: true }] },
  },
  {
    // zod/mini, not zod: classic schemas carry zod's JSON-schema generator into every bundle
    // that checks with them, the renderer's included.
    files: ['src/contract/**'],
    rules: packagesOnly(['zod/mini'], 'src/contract imports only zod/mini.'),
  },
  {
    // CSM's password policy weighs its words with zxcvbn-ts: one file holds the word lists, which
    // every other file (the renderer's first bundle included) reaches only by dynamic import.
    files: ['src/contract/csm/password-strength.ts'],
    rules: packagesOnly(
      ['zod/mini', '@zxcvbn-ts/(core|language-common|language-de|language-en|language-fr)'],
      'src/contract imports only zod/mini, and password-strength.ts zxcvbn-ts.',
    ),
  },
  {
    files: ['src/machines/**'],
    rules: packagesOnly(['xstate'], 'src/machines imports only xstate and src/contract.'),
  },
  {
    files: ['src/main/core/**', 'src/backend/**', 'src/node/**'],
    rules: packagesBanned(['electron'], 'Only src/main/electron imports electron.'),
  },
  {
    files: ['src/renderer/**'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...packagesBanned(
        [...NODE_BUILTINS, 'electron', 'better-sqlite3', 'node-fetch', 'fastify'],
        'The renderer runs in the browser: it talks to the core through the bridge only.',
      ),
      // @types/qrcode brings Node's globals into the renderer's types: lint keeps them out.
      'no-restricted-globals': [
        'error',
        ...['process', 'Buffer', 'require', '__dirname', '__filename', 'global'].map((name) => ({
          name,
          message: 'The renderer runs in the browser: no Node globals.',
        })),
      ],
    },
  },
);
