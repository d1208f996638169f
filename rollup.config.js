import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import esbuild from 'rollup-plugin-esbuild';
import { minifyTemplateLiterals } from 'rollup-plugin-minify-template-literals';
import { writeReviewDates } from './scripts/review-dates.js';

// The script-tag bundles: Lit (its production build) and every widget in one
// minified file, as an ES module and as a classic script for tag managers,
// and the language files they load from beside them. npm users get
// unbundled per-element modules from `tsc` instead, which reach the same
// language files through literal imports.
const minify = (module) =>
  terser({
    module,
    ecma: 2021,
    compress: { passes: 2 },
    format: { comments: false },
  });

const { targetLocales } = JSON.parse(readFileSync('lit-localize.json', 'utf8'));

/**
 * Files the script-tag bundles load by URL from beside themselves, instead of
 * carrying them: a language file (src/i18n/import-locale.bundle.ts stands
 * in for the literal imports of src/i18n/generated/import-locale.ts), and
 * the view of <mmn-visit-notes> (src/mmn-visit-notes/load-view.bundle.ts
 * stands in for load-view.ts). Each such file is a self-contained module
 * with no imports, so the classic (IIFE) bundle, which cannot split code,
 * loads it the same way; the files keep their names (locales/es.js,
 * widgets/mmn-visit-notes.js) for the CDN and for Subresource Integrity.
 * The hydration bundle keeps the view inside (`lazyView: false`).
 */
function filesBesideTheBundle({ lazyView = true } = {}) {
  const swaps = new Map([
    ['./generated/import-locale.js', ['/src/i18n/', './src/i18n/import-locale.bundle.ts']],
    ...(lazyView ? [['./load-view.js', ['/src/mmn-visit-notes/', './src/mmn-visit-notes/load-view.bundle.ts']]] : []),
  ]);
  return {
    name: 'files-beside-the-bundle',
    resolveId(source, importer) {
      const swap = swaps.get(source);
      if (!swap || !importer?.includes(swap[0])) return null;
      return fileURLToPath(new URL(swap[1], import.meta.url));
    },
  };
}

/**
 * Type declarations for the bundles' package exports: importing a bundle
 * registers every widget and exports nothing, so its types are those of
 * `define` (the tags in HTMLElementTagNameMap) and no values.
 */
function bundleTypes(fileName) {
  return {
    name: 'bundle-types',
    generateBundle() {
      this.emitFile({
        type: 'asset',
        fileName,
        source:
          "// Registers every widget; exports nothing. Types: the tags, as `mmn-widgets/define` declares them.\nimport './define.js';\nexport {};\n",
      });
    },
  };
}

/**
 * Drops the translators' notes (`desc: '…'` in the options of `msg()`) from
 * the content modules: `lit-localize extract` reads them from the source for
 * the XLIFF files, and nothing reads them at run time. About 2.5 KB of text
 * that every page downloaded for nothing.
 */
function withoutTranslatorNotes() {
  const content = fileURLToPath(new URL('./src/content/', import.meta.url));
  const note = /,\s*desc:\s*(?:'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"|`(?:[^`\\]|\\.)*`)/g;
  return {
    name: 'without-translator-notes',
    transform(code, id) {
      if (!id.startsWith(content) || !id.endsWith('.ts')) return null;
      // And the records' dates written out (`...reviewDates('2026-11-30')`
      // becomes both dates), so no page downloads the date arithmetic.
      return { code: writeReviewDates(code.replace(note, '')), map: null };
    },
  };
}

/**
 * Fails the build when a file meant to load on its own beside the bundle
 * would carry a module it must take from the bundle instead (Lit, above all:
 * a second copy of Lit on the page).
 */
function selfContained() {
  const allowed = /\/src\/(mmn-visit-notes\/notes-view|content\/(visit-notes|sources|dates)|i18n\/translator)\.ts$/;
  return {
    name: 'self-contained',
    generateBundle(_options, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk') continue;
        const extra = Object.keys(chunk.modules).filter((id) => !allowed.test(id));
        if (extra.length || chunk.imports.length || chunk.dynamicImports.length) {
          this.error(
            `${chunk.fileName} must be self-contained, but carries or imports: ${[...extra, ...chunk.imports, ...chunk.dynamicImports].join(', ')}`,
          );
        }
      }
    },
  };
}

const bundlePlugins = ({ minifyTemplates = true, lazyView = true } = {}) => [
  filesBesideTheBundle({ lazyView }),
  withoutTranslatorNotes(),
  nodeResolve({ browser: true }),
  esbuild({ target: 'es2021', tsconfig: 'tsconfig.json', minify: false }),
  // The white space inside html`` and css`` templates (Lit's own and ours).
  ...(minifyTemplates ? [minifyTemplateLiterals()] : []),
];

export default [
  {
    input: 'src/mmn-widgets.ts',
    plugins: bundlePlugins(),
    output: [
      { file: 'dist/mmn-widgets.js', format: 'es', plugins: [minify(true), bundleTypes('mmn-widgets.d.ts')] },
      {
        file: 'dist/mmn-widgets.iife.js',
        format: 'iife',
        plugins: [minify(false), bundleTypes('mmn-widgets.iife.d.ts')],
      },
    ],
  },
  // For pages rendered on the server (mmn-widgets/ssr): adds Lit's hydration
  // support. Its templates stay exactly as the server renders them: hydration
  // matches templates by a hash of their text.
  {
    input: 'src/mmn-widgets-hydrate.ts',
    plugins: bundlePlugins({ minifyTemplates: false, lazyView: false }),
    output: {
      file: 'dist/mmn-widgets.hydrate.js',
      format: 'es',
      plugins: [minify(true), bundleTypes('mmn-widgets.hydrate.d.ts')],
    },
  },
  // The view of <mmn-visit-notes>, loaded by both script-tag bundles from
  // beside them on pages that show the notes. Self-contained: Lit and the
  // shared parts come from the bundle that loads it (notes-view.ts, `Kit`).
  {
    input: 'src/mmn-visit-notes/notes-view.ts',
    plugins: [...bundlePlugins(), selfContained()],
    output: { file: 'dist/widgets/mmn-visit-notes.js', format: 'es', plugins: [minify(true)] },
  },
  // The language files: one self-contained module per language (messages and
  // written review dates, no imports), shared by the bundles (by URL) and the
  // npm build (by literal import from dist/i18n/generated/import-locale.js).
  {
    input: Object.fromEntries(targetLocales.map((locale) => [locale, `src/locales/${locale}.js`])),
    output: { dir: 'dist/locales', format: 'es', entryFileNames: '[name].js', plugins: [minify(true)] },
  },
];
