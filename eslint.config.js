// ESLint (flat config): `npm run lint` checks, `npm run format` fixes.
// TypeScript files get typescript-eslint's type-aware rules (through the
// project service and tsconfig.json); the plain-JavaScript scripts and Node
// tests get the same rules without type information. Lit templates are checked
// by eslint-plugin-lit, eslint-plugin-lit-a11y (accessibility) and
// eslint-plugin-wc (custom elements); lit-analyzer checks their bindings too.
// Formatting is Prettier's job (.prettierrc.json), so no style rules here.
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import litA11y from 'eslint-plugin-lit-a11y';
import wc from 'eslint-plugin-wc';

export default tseslint.config(
  // A disable comment that no longer disables anything is an error too.
  { linterOptions: { reportUnusedDisableDirectives: 'error' } },
  {
    // Generated, or outside what we lint (the WordPress plugin's JS follows WordPress's own rules).
    ignores: [
      'dist/**',
      'docs-dist/**',
      'storybook-static/**',
      'site-dist/**',
      'coverage/**',
      'reports/**',
      '.stryker-tmp/**',
      '.wireit/**',
      'src/locales/**',
      'src/i18n/generated/**',
      'test/e2e/generated/**',
      'test/consumers/fixtures/**',
    ],
  },
  {
    files: [
      'src/**/*.ts',
      'stories/**/*.ts',
      'scripts/**/*.js',
      'test/**/*.{ts,js}',
      'bench/**/*.js',
      'docs/builder/**/*.ts',
    ],
    extends: [js.configs.recommended, ...tseslint.configs.recommendedTypeChecked],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      // `_name` marks a parameter a signature needs but the body does not.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', caughtErrors: 'none' }],
      '@typescript-eslint/no-floating-promises': [
        'error',
        {
          // @open-wc/semantic-dom-diff types chai's `equal` as returning a promise (it
          // does for its DOM snapshots only); `expect(x).to.equal(y)` is synchronous.
          allowForKnownSafeCalls: [{ from: 'package', package: '@open-wc/semantic-dom-diff', name: 'Equal' }],
        },
      ],
    },
  },
  {
    // Chai's property assertions (`expect(x).to.be.true`) are expressions by design.
    files: ['test/**/*.{ts,js}'],
    rules: { '@typescript-eslint/no-unused-expressions': 'off' },
  },
  {
    // Plain JavaScript outside tsconfig.json: the same rules, without type information.
    files: ['scripts/**/*.js', 'test/**/*.js', 'bench/**/*.js'],
    extends: [tseslint.configs.disableTypeChecked],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    // Browser-side JavaScript served to test pages.
    files: ['test/e2e/**/*.js'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    // The templates and elements.
    files: ['src/**/*.ts', 'stories/**/*.ts', 'test/**/*.ts', 'docs/builder/**/*.ts'],
    extends: [lit.configs['flat/recommended'], wc.configs['flat/recommended'], litA11y.configs.recommended],
    languageOptions: { globals: { ...globals.browser } },
  },
);
