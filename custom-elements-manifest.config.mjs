// The analyzer also lists `this.dispatchEvent(new MmnCtaClickEvent(…))` as a
// nameless event beside the documented `@fires mmn-cta-click`; keep the named
// one. And list modules by path, so the committed file does not change with
// the order the file system happens to give.
function tidy() {
  return {
    name: 'tidy',
    packageLinkPhase({ customElementsManifest }) {
      customElementsManifest.modules.sort((a, b) => a.path.localeCompare(b.path));
      for (const mod of customElementsManifest.modules) {
        for (const declaration of mod.declarations ?? []) {
          if (declaration.events) declaration.events = declaration.events.filter((event) => event.name);
        }
      }
    },
  };
}

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/mmn-widgets.ts'],
  litelement: true,
  plugins: [tidy()],
};
