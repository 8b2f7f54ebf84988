// ESLint flat config: typescript-eslint (type-checked), Lit, web components and Lit accessibility rules.
import { configs as litConfigs } from 'eslint-plugin-lit';
import litA11y from 'eslint-plugin-lit-a11y';
import { configs as wcConfigs } from 'eslint-plugin-wc';
import tseslint from 'typescript-eslint';
import { boundaries } from './eslint.boundaries.js';

export default tseslint.config(
  {
    ignores: [
      'dist/',
      'dist-cli/',
      'dist-server/',
      'data/',
      'node_modules/',
      'test-results/',
      'playwright-report/',
      'bin/',
      '**/.tmp*',
      '.stryker-tmp*/',
      'reports/',
      '**/*.tmp.*',
    ],
  },
  ...tseslint.configs.recommendedTypeChecked,
  litConfigs['flat/recommended'],
  wcConfigs['flat/recommended'],
  {
    plugins: { 'lit-a11y': litA11y },
    rules: litA11y.configs.recommended.rules,
  },
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
      // Lit event bindings receive typed events from ./ui/events.ts; structural typing is enough.
      '@typescript-eslint/unbound-method': 'off',
    },
  },
  ...boundaries,
  {
    files: ['**/*.js'],
    ...tseslint.configs.disableTypeChecked,
  },
);
