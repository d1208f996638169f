import { customElementJetBrainsPlugin } from 'custom-element-jet-brains-integration';
import { customElementVsCodePlugin } from 'custom-element-vs-code-integration';
import { widgetDates } from './scripts/review-dates.js';

// - The analyzer also lists `this.dispatchEvent(new MmnCtaClickEvent(…))` as a
//   nameless event beside the documented `@fires mmn-cta-click`; keep the named one.
// - Modules are listed by path, so the committed file does not change with the
//   order the file system happens to give.
// - Each content widget's description says when its medical copy was last
//   reviewed and when its next review is due, so partners see it in the
//   manifest, editors and Storybook.
function tidy() {
  const dates = widgetDates();
  return {
    name: 'tidy',
    packageLinkPhase({ customElementsManifest }) {
      customElementsManifest.modules.sort((a, b) => a.path.localeCompare(b.path));
      for (const mod of customElementsManifest.modules) {
        for (const declaration of mod.declarations ?? []) {
          if (declaration.events) declaration.events = declaration.events.filter((event) => event.name);
          const date = dates[declaration.tagName];
          if (date) {
            const line = `Content last reviewed: ${date.lastReviewed}. Next review due: ${date.nextReview}.`;
            declaration.description = `${declaration.description ?? ''}\n\n${line}`.trim();
          }
        }
      }
    },
  };
}

const editorData = {
  outdir: 'dist/editor',
  exclude: ['MmnElement'],
  descriptionSrc: 'description',
  hideMethodDocs: true,
  hideLogs: true,
};

export default {
  globs: ['src/**/*.ts'],
  exclude: [
    'src/mmn-widgets.ts',
    'src/mmn-widgets-hydrate.ts',
    'src/react.ts',
    'src/jsx.ts',
    'src/ssr.ts',
    'src/i18n/generated/**',
    'src/locales/**',
    'src/**/*.bundle.ts',
  ],
  litelement: true,
  plugins: [
    tidy(),
    // VS Code: "html.customData": ["./node_modules/mmn-widgets/dist/editor/vscode.html-custom-data.json"]
    customElementVsCodePlugin({
      ...editorData,
      htmlFileName: 'vscode.html-custom-data.json',
      cssFileName: 'vscode.css-custom-data.json',
    }),
    // JetBrains IDEs read "web-types" from package.json.
    customElementJetBrainsPlugin({ ...editorData, webTypesFileName: 'web-types.json', packageJson: false }),
  ],
};
