import { expect, fixture } from '@open-wc/testing';
import { WIDGET_TAGS } from '../../src/define.js';
import { settle } from '../helpers.js';

// custom-elements.json feeds the README tables, editors and (later)
// Storybook. It must say what the elements really do: every attribute they
// observe, every part they render, every --mmn-* property their styles read.

interface Declaration {
  tagName?: string;
  attributes?: { name: string }[];
  cssParts?: { name: string }[];
  cssProperties?: { name: string }[];
  events?: { name: string }[];
}

const TAGS = WIDGET_TAGS;
let declarations: Map<string, Declaration>;

before(async () => {
  const manifest = (await (await fetch('/custom-elements.json')).json()) as {
    modules: { declarations?: Declaration[] }[];
  };
  declarations = new Map(
    manifest.modules
      .flatMap((mod) => mod.declarations ?? [])
      .filter((d) => d.tagName)
      .map((d) => [d.tagName!, d]),
  );
});

const names = (list?: { name: string }[]) => (list ?? []).map((item) => item.name).sort();

for (const tag of TAGS) {
  describe(`custom-elements.json for <${tag}>`, () => {
    let el: HTMLElement;
    beforeEach(async () => {
      el = await fixture(
        `<${tag} org-name="MMN Friends" phone="+1 555-010-2000" join-href="https://example.org/j" facebook-href="https://example.org/f"></${tag}>`,
      );
      await settle(el);
    });

    it('lists exactly the attributes the element observes', () => {
      const observed = (customElements.get(tag) as unknown as { observedAttributes: string[] }).observedAttributes;
      expect(names(declarations.get(tag)!.attributes)).to.deep.equal([...observed].sort());
    });

    it('lists exactly the parts the element renders', () => {
      const rendered = new Set<string>();
      for (const node of el.shadowRoot!.querySelectorAll('[part]')) {
        for (const part of node.getAttribute('part')!.split(/\s+/)) rendered.add(part);
      }
      expect(names(declarations.get(tag)!.cssParts)).to.deep.equal([...rendered].sort());
    });

    it('lists exactly the --mmn-* properties its styles read', () => {
      const css = el
        .shadowRoot!.adoptedStyleSheets.flatMap((sheet) => [...sheet.cssRules].map((r) => r.cssText))
        .join('\n');
      const used = new Set<string>();
      // Read straight in a rule, or through a private --_token that a rule uses.
      for (const [, token, property] of css.matchAll(/(--_[a-z-]+):\s*var\((--mmn-[a-z-]+)/g)) {
        if (css.includes(`var(${token})`)) used.add(property);
      }
      const direct = css.replace(/--_[a-z-]+:\s*var\(--mmn-[a-z-]+/g, '');
      for (const [, property] of direct.matchAll(/var\((--mmn-[a-z-]+)/g)) used.add(property);
      expect(names(declarations.get(tag)!.cssProperties)).to.deep.equal([...used].sort());
    });
  });
}

describe('custom-elements.json events', () => {
  it('documents mmn-cta-click on the banner', () => {
    expect(names(declarations.get('contact-banner')!.events)).to.deep.equal(['mmn-cta-click']);
  });

  it('documents mmn-notes-print and mmn-notes-copy on the visit notes', () => {
    expect(names(declarations.get('mmn-visit-notes')!.events)).to.deep.equal(['mmn-notes-copy', 'mmn-notes-print']);
  });
});

describe('README', () => {
  it('documents every attribute, part and custom property in the manifest', async () => {
    const readme = await (await fetch('/README.md')).text();
    for (const [tag, declaration] of declarations) {
      for (const item of [
        ...(declaration.attributes ?? []),
        ...(declaration.cssParts ?? []),
        ...(declaration.cssProperties ?? []),
        ...(declaration.events ?? []),
      ]) {
        expect(readme.includes(`\`${item.name}\``), `README lacks ${tag}'s ${item.name}`).to.be.true;
      }
    }
  });
});
