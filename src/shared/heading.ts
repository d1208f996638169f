import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { HeadingLevel } from './mmn-element.js';

type Options = { id?: string; part: string; className: string };

// One template per level rather than `lit/static-html.js`: six short, alike
// templates cost fewer bytes in the script-tag bundle than the static-html
// runtime, and they render the same real `<h1>`…`<h6>`.
const TEMPLATES: readonly ((text: unknown, o: Options) => TemplateResult)[] = [
  (t, o) => html`<h1 id=${ifDefined(o.id)} part=${o.part} class=${o.className}>${t}</h1>`,
  (t, o) => html`<h2 id=${ifDefined(o.id)} part=${o.part} class=${o.className}>${t}</h2>`,
  (t, o) => html`<h3 id=${ifDefined(o.id)} part=${o.part} class=${o.className}>${t}</h3>`,
  (t, o) => html`<h4 id=${ifDefined(o.id)} part=${o.part} class=${o.className}>${t}</h4>`,
  (t, o) => html`<h5 id=${ifDefined(o.id)} part=${o.part} class=${o.className}>${t}</h5>`,
  (t, o) => html`<h6 id=${ifDefined(o.id)} part=${o.part} class=${o.className}>${t}</h6>`,
];

/** A real `<h1>`…`<h6>` at the level the host chose. */
export function heading(level: HeadingLevel, text: unknown, options: Options): TemplateResult {
  return TEMPLATES[level - 1](text, options);
}
