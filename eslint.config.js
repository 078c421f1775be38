// ESLint 9 flat config. TypeScript is linted with type information (typescript-eslint's project
// service reads tsconfig.json, whose "include" covers src/, test/, stories/, scripts/, demo/,
// bench/ and *.config.ts); plain JavaScript (config files, scripts/*.mjs, test servers) gets the
// same base rules without type information, because no tsconfig covers it.
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
  globalIgnores([
    'dist/',
    'node_modules/',
    'storybook-static/',
    'test-results/',
    'coverage/',
    'bench/.out/',
    '.tmp/',
    'custom-elements.json',
  ]),

  js.configs.recommended,

  {
    name: 'nq/typescript',
    files: ['**/*.ts', '**/*.mts', '**/*.cts'],
    extends: [tseslint.configs.recommendedTypeChecked],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },

  {
    name: 'nq/web-components',
    files: ['src/**/*.ts'],
    extends: [lit.configs['flat/recommended'], wc.configs['flat/best-practice']],
    // Lets the wc rules recognise Lit elements, not only direct HTMLElement subclasses.
    settings: { wc: { elementBaseClasses: ['LitElement'] } },
    rules: {
      // LitElement always defines connectedCallback & co., so the guard this rule asks for is
      // dead code (eslint-plugin-lit's README recommends turning it off with the wc plugin).
      'wc/guard-super-call': 'off',
    },
  },

  {
    name: 'nq/tests',
    files: ['test/**/*.ts', 'stories/**/*.ts'],
    rules: {
      // chai assertions are property reads: expect(x).to.be.true
      '@typescript-eslint/no-unused-expressions': 'off',
      'no-unused-expressions': 'off',
      // fixtures and deliberately malformed inputs are untyped JSON on purpose
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      // sinon spies and chai's expect(obj.method) pass methods around unbound
      '@typescript-eslint/unbound-method': 'off',
      '@typescript-eslint/no-floating-promises': [
        'error',
        {
          allowForKnownSafeCalls: [
            // node:test's test()/describe()/it() return promises the runner itself awaits
            { from: 'package', package: 'node:test', name: ['test', 'describe', 'it', 'suite', 'before', 'after'] },
            // @open-wc/semantic-dom-diff types every chai .equal() as Promise<Assertion> because
            // .dom.equal() is async; a plain expect(x).to.equal(y) is synchronous
            { from: 'package', package: 'chai', name: 'Equal' },
          ],
        },
      ],
    },
  },

  {
    name: 'nq/javascript',
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    languageOptions: {
      ecmaVersion: 'latest',
      sourceType: 'module',
      globals: { ...globals.node, ...globals.browser },
    },
    rules: {
      'no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs' },
  },
);
