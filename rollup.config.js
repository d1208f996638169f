import { readFileSync } from 'node:fs';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import esbuild from 'rollup-plugin-esbuild';
import { minifyTemplateLiterals } from 'rollup-plugin-minify-template-literals';
import { shortLocaleKeys, shortMessages } from './scripts/rollup-plugin-short-messages.js';

// The script-tag bundles: Lit (its production build) and every widget in one
// minified file, as an ES module and as a classic script for tag managers.
// npm users get unbundled per-element modules from `tsc` instead.
const minify = (module) =>
  terser({
    module,
    ecma: 2021,
    compress: { passes: 2 },
    format: { comments: false },
  });

const { targetLocales } = JSON.parse(readFileSync('lit-localize.json', 'utf8'));

const bundlePlugins = ({ minifyTemplates = true } = {}) => [
  nodeResolve({ browser: true }),
  shortMessages(),
  esbuild({ target: 'es2021', tsconfig: 'tsconfig.json', minify: false }),
  // The white space inside html`` and css`` templates (Lit's own and ours).
  ...(minifyTemplates ? [minifyTemplateLiterals()] : []),
];

export default [
  {
    input: 'src/mmn-widgets.ts',
    plugins: bundlePlugins(),
    output: [
      { file: 'dist/mmn-widgets.js', format: 'es', plugins: [minify(true)] },
      { file: 'dist/mmn-widgets.iife.js', format: 'iife', plugins: [minify(false)] },
    ],
  },
  // For pages rendered on the server (mmn-widgets/ssr): adds Lit's hydration
  // support. Its templates stay exactly as the server renders them: hydration
  // matches templates by a hash of their text.
  {
    input: 'src/mmn-widgets-hydrate.ts',
    plugins: bundlePlugins({ minifyTemplates: false }),
    output: { file: 'dist/mmn-widgets.hydrate.js', format: 'es', plugins: [minify(true)] },
  },
  // Each language's messages: a module with no imports, loaded on demand from
  // `./locales/` beside whichever module loads it (the bundles in dist/, or
  // dist/i18n/load.js for npm users). Both bundles share the same files.
  {
    input: Object.fromEntries(targetLocales.map((locale) => [locale, `src/i18n/locales/${locale}.js`])),
    output: [
      { dir: 'dist/locales', format: 'es', entryFileNames: '[name].js', plugins: [shortLocaleKeys(), minify(true)] },
      { dir: 'dist/i18n/locales', format: 'es', entryFileNames: '[name].js', plugins: [minify(true)] },
    ],
  },
];
