import type { TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { html, literal, type StaticValue } from 'lit/static-html.js';
import type { HeadingLevel } from './mmn-element.js';

const TAGS: readonly StaticValue[] = [literal`h1`, literal`h2`, literal`h3`, literal`h4`, literal`h5`, literal`h6`];

/** A real `<h1>`…`<h6>` at the level the host chose. */
export function heading(
  level: HeadingLevel,
  text: string,
  options: { id?: string; part: string; className: string },
): TemplateResult {
  const tag = TAGS[level - 1];
  return html`<${tag} id=${ifDefined(options.id)} part=${options.part} class=${options.className}>${text}</${tag}>`;
}
