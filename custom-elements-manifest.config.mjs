// The analyzer also lists `this.dispatchEvent(new MmnCtaClickEvent(…))` as a
// nameless event beside the documented `@fires mmn-cta-click`; keep the named one.
function dropNamelessEvents() {
  return {
    name: 'drop-nameless-events',
    packageLinkPhase({ customElementsManifest }) {
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
  plugins: [dropNamelessEvents()],
};
