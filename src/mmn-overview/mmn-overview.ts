import { html, nothing } from 'lit';
import { common } from '../content/common.js';
import { overview } from '../content/overview.js';
import { contentStyles, renderMeta, renderSection } from '../shared/content-parts.js';
import { heading } from '../shared/heading.js';
import { MmnElement } from '../shared/mmn-element.js';
import { overviewStyles } from './mmn-overview.styles.js';
import { nerveDiagram } from './nerve-diagram.js';

/**
 * What Multifocal Motor Neuropathy is, where it starts, how it changes and
 * its signs, in plain words, with a diagram of healthy and damaged myelin.
 * It opens with a short summary of key points.
 *
 * @summary Plain-language overview of MMN.
 * @tagname mmn-overview
 *
 * @csspart container - The widget's box.
 * @csspart heading - The main heading.
 * @csspart subheading - Each section heading.
 * @csspart diagram - The nerve diagram's figure.
 * @csspart meta - Last reviewed date, sources and disclaimer.
 *
 * @cssproperty --mmn-font-family - Font family. Default: inherited from the page.
 * @cssproperty --mmn-color-surface - Background.
 * @cssproperty --mmn-color-text - Text.
 * @cssproperty --mmn-color-text-muted - Secondary text (date, sources, legend).
 * @cssproperty --mmn-color-accent - Links.
 * @cssproperty --mmn-color-border - Borders.
 * @cssproperty --mmn-color-focus - Keyboard focus ring.
 * @cssproperty --mmn-color-healthy - Healthy myelin in the diagram.
 * @cssproperty --mmn-color-damaged - Damaged myelin in the diagram.
 * @cssproperty --mmn-color-nerve - The nerve fibre in the diagram.
 * @cssproperty --mmn-radius - Corner radius. Default: 0.5em.
 * @cssproperty --mmn-space - Inner padding. Default: 1.25em.
 * @cssproperty --mmn-gap - Space below the widget, so stacked widgets do not touch. Default: 1.5em. A margin set on the element wins.
 * @cssproperty --mmn-measure - Longest line of paragraphs and lists. Default: 60ch (about 70-78 characters).
 */
export class MmnOverview extends MmnElement {
  static override styles = [...MmnElement.styles, contentStyles, overviewStyles];

  override render() {
    const { locale, msg, dir } = this.i18n;
    const c = overview(locale, msg);
    const sublevel = this.sublevel;
    return html`
      <article part="container" class=${this.containerClass} lang=${locale} dir=${dir} aria-labelledby="heading">
        ${heading(this.level, c.heading, { id: 'heading', part: 'heading', className: 'title' })}
        <section class="key-points">${renderSection(c.keyPoints, sublevel)}</section>
        ${c.intro.map((text) => html`<p>${text}</p>`)}
        <div class="sections">
          ${c.sections.map(
            (section) => html`
              <section class=${section.id === c.diagramAfter ? 'wide' : ''}>
                ${renderSection(section, sublevel)}
                ${section.id === c.diagramAfter ? nerveDiagram(c.diagram) : nothing}
              </section>
            `,
          )}
        </div>
        <p class="closing">${c.closing}</p>
        ${renderMeta(c, common(locale, msg), locale)}
      </article>
    `;
  }
}
