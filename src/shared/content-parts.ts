import { css, html, nothing, type TemplateResult } from 'lit';
import type { CommonCopy, ContentRecord, Section, Source } from '../content/types.js';
import { loadedDate, loadedTranslationCheck } from '../i18n/load.js';
import { heading } from './heading.js';
import { withValues } from './with-values.js';
import type { HeadingLevel } from './mmn-element.js';

/** Styles for the parts below, used by the content widgets. */
export const contentStyles = css`
  .meta {
    margin-block-start: 1.25em;
    padding-block-start: 0.75em;
    border-block-start: 1px solid var(--_border);
    color: var(--_muted);
    font-size: max(0.9em, 14px);
  }
  .meta p {
    margin: 0 0 0.35em;
  }
  .meta ul {
    margin: 0 0 0.35em;
  }
  .disclaimer {
    font-weight: 600;
  }
`;

const dateFormats = new Map<string, Intl.DateTimeFormat>();
const MONTHS = 'January February March April May June July August September October November December'.split(' ');

/**
 * `2026-11-25` → `November 25, 2026` in English, `25 de noviembre de 2026`
 * in Spanish; the machine-readable date stays in `datetime`.
 *
 * Without `Intl.DateTimeFormat` when it can: the first date format on a
 * page costs 25–50 ms of main thread in Chromium, about a quarter of the
 * time from script to painted widget in the render benchmark (bench/).
 * English, the default, is written out here (a test checks it against
 * `Intl` for every month); the other languages' review dates come written
 * out in their locale modules. Any other date goes through `Intl`.
 */
export function formatDate(isoDate: string, locale: string): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return isoDate;
  if (locale === 'en') return `${MONTHS[date.getUTCMonth()]} ${date.getUTCDate()}, ${date.getUTCFullYear()}`;
  const written = loadedDate(locale, isoDate);
  if (written) return written;
  let format = dateFormats.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' });
    dateFormats.set(locale, format);
  }
  return format.format(date);
}

/** A titled section: its heading, paragraphs, then a list. */
export function renderSection(section: Section, level: HeadingLevel): TemplateResult {
  return html`
    ${heading(level, section.heading, { part: 'subheading', className: 'subtitle' })}
    ${section.paragraphs?.map((text) => html`<p>${text}</p>`) ?? nothing}
    ${section.items ? html`<ul>${section.items.map((text) => html`<li>${text}</li>`)}</ul>` : nothing}
  `;
}

const cite = (copy: CommonCopy, source: Source) =>
  withValues(copy.source, { publisher: source.publisher, title: source.title });

/**
 * The translation line; English, the source, has none. The day of the check
 * comes with the language file (from src/content/translation-reviews.ts, by
 * scripts/locales.js, which refuses a language that was never checked).
 */
function translated(copy: CommonCopy, locale: string) {
  const checked = loadedTranslationCheck(locale);
  return checked ? html`<p>${withValues(copy.translated, { date: time(checked, locale) })}</p>` : nothing;
}

const time = (isoDate: string, locale: string) => html`<time datetime=${isoDate}>${formatDate(isoDate, locale)}</time>`;

/**
 * Last reviewed and next review due; in a translation, how it was made and
 * checked; the sources and the disclaimer, under every content widget.
 * Every separator (a colon, with a no-break space before it in French, or a
 * full-width one in Chinese) is part of a translated message, never of the
 * template.
 */
export function renderMeta(record: ContentRecord, copy: CommonCopy, locale: string): TemplateResult {
  return html`
    <footer class="meta" part="meta">
      <p>${withValues(copy.lastReviewed, { date: time(record.lastReviewed, locale) })}</p>
      <p>${withValues(copy.nextReview, { date: time(record.nextReview, locale) })}</p>
      ${translated(copy, locale)}
      <p>${copy.sources}</p>
      <ul>
        ${record.sources.map(
          (source) =>
            html`<li>
              ${source.url ? html`<a href=${source.url} hreflang="en">${cite(copy, source)}</a>` : cite(copy, source)}
            </li>`,
        )}
      </ul>
      <p class="disclaimer">${copy.disclaimer}</p>
    </footer>
  `;
}
