import { html, type TemplateResult } from 'lit';

/**
 * Renders a message's `{name}` placeholders with their values. A text value
 * goes in a `<bdi>`: a name in one script inside a sentence in another (an
 * English organisation name in Arabic) keeps its own direction and does not
 * scramble the sentence around it. A template value (a `<time>`, say) is
 * rendered as it is, so the message, not the template, decides where it
 * goes and which words and separators surround it. Values are never markup
 * from a string.
 */
export function withValues(message: string, values: Readonly<Record<string, string | TemplateResult>>): TemplateResult {
  const parts = message.split(/\{(\w+)\}/);
  return html`${parts.map((part, i) => {
    if (!(i % 2)) return part;
    const value = values[part] ?? `{${part}}`;
    return typeof value === 'string' ? html`<bdi>${value}</bdi>` : value;
  })}`;
}
