// Lint rules, including the house rule of which runtime each folder may use (see ARCHITECTURE.md).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const nodeBuiltins = [
  'fs',
  'path',
  'os',
  'child_process',
  'crypto',
  'http',
  'net',
  'url',
  'util',
  'stream',
  'worker_threads',
];

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'reports/**', 'tests/bench/.cache/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  { files: ['build/**/*.mjs', 'tests/**/*.mjs', '*.js', '*.ts'], languageOptions: { globals: globals.node } },
  { files: ['src-renderer/**/*.{ts,tsx}'], languageOptions: { globals: globals.browser } },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'error',
    },
  },
  {
    files: ['src-shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['node:*', ...nodeBuiltins], message: 'src-shared runs on both sides: no Node modules.' },
            {
              group: ['electron', 'react', 'react-dom', 'better-sqlite3', 'kysely'],
              message: 'src-shared imports no runtime.',
            },
            {
              group: ['**/src-main/**', '**/src-renderer/**'],
              message: 'src-shared depends on nothing else in the app.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src-main/**/*.ts'],
    ignores: ['src-main/electron/**', 'src-main/preload/**', 'src-main/index.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'electron', message: 'Domain code never imports electron: take a port (src-main/ports.ts).' },
          ],
        },
      ],
    },
  },
  {
    files: ['src-renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/src-main/**'], message: 'The renderer talks to main only through window.rapport.' },
            {
              group: ['node:*', ...nodeBuiltins, 'electron', 'better-sqlite3', 'kysely'],
              message: 'No Node or Electron in the renderer.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src-main/db/migrations/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
);
