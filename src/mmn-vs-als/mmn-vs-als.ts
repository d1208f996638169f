import { html, nothing } from 'lit';
import { common } from '../content/common.js';
import { vsAls } from '../content/vs-als.js';
import { contentStyles, renderMeta, renderSection } from '../shared/content-parts.js';
import { heading } from '../shared/heading.js';
import { MmnElement } from '../shared/mmn-element.js';
import { withValues } from '../shared/with-values.js';
import { vsAlsStyles } from './mmn-vs-als.styles.js';

/**
 * Why MMN is sometimes mistaken for ALS or for a squeezed nerve, with a
 * comparison table that becomes stacked cards in a narrow container.
 *
 * @summary MMN compared with ALS, in plain words.
 * @tagname mmn-vs-als
 *
 * @csspart container - The widget's box.
 * @csspart heading - The main heading.
 * @csspart subheading - Each section heading.
 * @csspart table - The comparison table.
 * @csspart meta - Last reviewed date, sources and disclaimer.
 *
 * @cssproperty --mmn-font-family - Font family. Default: inherited from the page.
 * @cssproperty --mmn-color-surface - Background.
 * @cssproperty --mmn-color-text - Text.
 * @cssproperty --mmn-color-text-muted - Secondary text (date, sources).
 * @cssproperty --mmn-color-accent - Links, and the tint of table headers.
 * @cssproperty --mmn-color-border - Borders and table lines.
 * @cssproperty --mmn-color-focus - Keyboard focus ring.
 * @cssproperty --mmn-radius - Corner radius. Default: 0.5em.
 * @cssproperty --mmn-space - Inner padding. Default: 1.25em.
 * @cssproperty --mmn-gap - Space below the widget, so stacked widgets do not touch. Default: 1.5em. A margin set on the element wins.
 * @cssproperty --mmn-measure - Longest line of paragraphs and lists. Default: 60ch (about 70-78 characters).
 */
export class MmnVsAls extends MmnElement {
  static override styles = [...MmnElement.styles, contentStyles, vsAlsStyles];

  override render() {
    const { locale, msg, dir } = this.i18n;
    const c = vsAls(locale, msg);
    const t = c.table;
    // A card shows each answer after its disease's name ("MMN: Slowly"); the
    // message decides the words, separator and spacing around the answer, so
    // no punctuation or space is written in this template.
    const [before, after = ''] = t.cell.split('{answer}');
    const cell = (disease: string, answer: string) =>
      html`<span class="cell-label" aria-hidden="true">${withValues(before, { disease })}</span>${answer}${
        after ? html`<span class="cell-label" aria-hidden="true">${withValues(after, { disease })}</span>` : nothing
      }`;
    // Explicit table roles keep the table's meaning for screen readers when
    // the narrow layout changes its CSS display.
    /* eslint-disable lit-a11y/no-redundant-role -- those roles, on purpose */
    return html`
      <article part="container" class=${this.containerClass} lang=${locale} dir=${dir} aria-labelledby="heading">
        ${heading(this.level, c.heading, { id: 'heading', part: 'heading', className: 'title' })}
        ${c.intro.map((text) => html`<p>${text}</p>`)}
        <table part="table" role="table">
          <caption>${t.caption}</caption>
          <thead role="rowgroup">
            <tr role="row">
              <th scope="col" role="columnheader">${t.rowHeader}</th>
              <th scope="col" role="columnheader">${t.mmn}</th>
              <th scope="col" role="columnheader">${t.als}</th>
            </tr>
          </thead>
          <tbody role="rowgroup">
            ${t.rows.map(
              (row) => html`
                <tr role="row">
                  <th scope="row" role="rowheader">${row.label}</th>
                  <td role="cell">${cell(t.mmn, row.mmn)}</td>
                  <td role="cell">${cell(t.als, row.als)}</td>
                </tr>
              `,
            )}
          </tbody>
        </table>
        ${c.sections.map((section) => html`<section>${renderSection(section, this.sublevel)}</section>`)}
        ${renderMeta(c, common(locale, msg), locale)}
      </article>
    `;
    /* eslint-enable lit-a11y/no-redundant-role */
  }
}
