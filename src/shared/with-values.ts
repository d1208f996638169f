import { html, type TemplateResult } from 'lit';

/**
 * Renders a message's `{name}` placeholders with their values, each in a
 * `<bdi>`: a name in one script inside a sentence in another (an English
 * organisation name in Arabic) keeps its own direction and does not scramble
 * the sentence around it. Values are text, never markup.
 */
export function withValues(message: string, values: Readonly<Record<string, string>>): TemplateResult {
  const parts = message.split(/\{(\w+)\}/);
  return html`${parts.map((part, i) => (i % 2 ? html`<bdi>${values[part] ?? `{${part}}`}</bdi>` : part))}`;
}
