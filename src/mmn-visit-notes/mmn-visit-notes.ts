import { html, nothing } from 'lit';
import { common } from '../content/common.js';
import type { NotesChoice, VisitNotesContent } from '../content/types.js';
import { visitNotes } from '../content/visit-notes.js';
import { contentStyles, formatDate, renderMeta } from '../shared/content-parts.js';
import { MmnNotesCopyEvent, MmnNotesPrintEvent } from './events.js';
import { heading } from '../shared/heading.js';
import { MmnElement } from '../shared/mmn-element.js';
import { withValues } from '../shared/with-values.js';
import { notesStyles } from './mmn-visit-notes.styles.js';

declare module '../shared/attributes.js' {
  interface WidgetAttributeMap {
    'mmn-visit-notes': {
      'onmmn-notes-print'?: (event: MmnNotesPrintEvent) => void;
      'onmmn-notes-copy'?: (event: MmnNotesCopyEvent) => void;
    };
  }
}

/** Set on the host element while its notes print, for the sheet below. */
const PRINTING = 'data-mmn-printing';

/**
 * Adopted by the host document only between "Print my notes" and the end of
 * printing: in print, every element that neither is nor contains the
 * printing widget is left out, so the notes print alone and on their own
 * page. A constructed sheet, not a `<style>`: strict CSP allows it, and no
 * markup is written. Without `:has()` the rule is dropped and the whole page
 * prints, with the notes in the widget's place.
 */
const ISOLATE = `@media print{body :not(:has([${PRINTING}]),[${PRINTING}]){display:none!important}}`;

type Status = '' | 'copied' | 'copyFailed' | 'printFailed';

/** Today as `YYYY-MM-DD`, in the reader's own time zone. */
function today(): string {
  const d = new Date();
  return [d.getFullYear(), d.getMonth() + 1, d.getDate()].map((n) => String(n).padStart(2, '0')).join('-');
}

/**
 * A short checklist a reader fills in on the page and takes to the doctor:
 * the signs they have, their own words, the questions they want to ask.
 * "Print my notes" prints only what was ticked and typed, with lines for the
 * answers; "Copy as text" puts the same notes on the clipboard. Nothing is
 * stored or sent; the notes vanish with the page. With JavaScript off
 * (server rendering) it prints as a blank paper checklist.
 *
 * @summary A printable checklist for a visit to the doctor.
 * @tagname mmn-visit-notes
 *
 * @fires {MmnNotesPrintEvent} mmn-notes-print - When a reader asks to print. `detail: { widget: 'mmn-visit-notes' }`, never what was ticked or typed. Bubbles, is composed.
 * @fires {MmnNotesCopyEvent} mmn-notes-copy - When a reader copies the notes. `detail: { widget: 'mmn-visit-notes' }`, never what was ticked or typed. Bubbles, is composed.
 *
 * @csspart container - The widget's box.
 * @csspart heading - The main heading.
 * @csspart fieldset - Each group of boxes.
 * @csspart print - The "Print my notes" button.
 * @csspart copy - The "Copy as text" button.
 * @csspart sheet - The notes as they print.
 * @csspart meta - Last reviewed date, sources and disclaimer.
 *
 * @cssproperty --mmn-font-family - Font family. Default: inherited from the page.
 * @cssproperty --mmn-color-surface - Background.
 * @cssproperty --mmn-color-text - Text.
 * @cssproperty --mmn-color-text-muted - Secondary text (notes, date, sources).
 * @cssproperty --mmn-color-accent - Tick boxes, and the print button's background.
 * @cssproperty --mmn-color-on-accent - Text on the print button.
 * @cssproperty --mmn-color-border - Borders of groups and text boxes.
 * @cssproperty --mmn-color-focus - Keyboard focus ring.
 * @cssproperty --mmn-gap - Space below the widget, so stacked widgets do not touch. Default: 1.5em. A margin set on the element wins.
 * @cssproperty --mmn-measure - Longest line of paragraphs and lists. Default: 60ch (about 70-78 characters).
 * @cssproperty --mmn-radius - Corner radius. Default: 0.5em.
 * @cssproperty --mmn-space - Inner padding. Default: 1.25em.
 */
export class MmnVisitNotes extends MmnElement {
  static override styles = [...MmnElement.styles, contentStyles, notesStyles];

  /** The widget's name in events, whatever tag it is registered under. */
  static readonly widgetName = 'mmn-visit-notes';

  /** The ids of the ticked signs and questions. Kept in memory only. */
  private picked = new Set<string>();
  /** What the reader typed, by box. Kept in memory only. */
  private typed: Record<string, string> = {};
  private status: Status = '';
  /** The notes as text, shown to copy by hand when the browser refused to copy. */
  private fallback = '';
  private endPrint?: () => void;

  override willUpdate(changed: Map<PropertyKey, unknown>): void {
    super.willUpdate(changed);
    // Server-rendered: keep what a reader ticked or typed before the script ran.
    // (On the server itself there is no render root yet.)
    if (!this.hasUpdated && this.renderRoot) {
      for (const box of this.renderRoot.querySelectorAll<HTMLInputElement>('input:checked')) this.picked.add(box.value);
      for (const area of this.renderRoot.querySelectorAll('textarea')) if (area.value) this.typed[area.name] = area.value;
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.endPrint?.();
  }

  private onTick(event: Event): void {
    const box = event.target as HTMLInputElement;
    if (box.checked) this.picked.add(box.value);
    else this.picked.delete(box.value);
    this.requestUpdate();
  }

  private onType(event: Event): void {
    const area = event.target as HTMLTextAreaElement;
    this.typed[area.name] = area.value;
    this.requestUpdate();
  }

  private show(status: Status, fallback = ''): void {
    this.status = status;
    this.fallback = fallback;
    this.requestUpdate();
  }

  private onPrint(): void {
    this.dispatchEvent(new MmnNotesPrintEvent({ widget: MmnVisitNotes.widgetName }));
    this.show('');
    const win = this.ownerDocument.defaultView;
    if (typeof win?.print !== 'function') return this.show('printFailed');
    this.isolate(win);
    try {
      win.print();
    } catch {
      this.endPrint?.();
      this.show('printFailed');
    }
  }

  /** Leaves the rest of the host page out of print until printing ends. */
  private isolate(win: Window): void {
    this.endPrint?.();
    const doc = this.ownerDocument;
    let sheet: CSSStyleSheet | undefined;
    try {
      const made = new (win as unknown as typeof globalThis).CSSStyleSheet();
      made.replaceSync(ISOLATE);
      doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, made];
      sheet = made;
    } catch {
      sheet = undefined; // no constructed sheets: the page prints whole, with the notes in place
    }
    this.setAttribute(PRINTING, '');
    const end = () => {
      win.removeEventListener('afterprint', end);
      this.removeAttribute(PRINTING);
      if (sheet) doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((s) => s !== sheet);
      this.endPrint = undefined;
    };
    win.addEventListener('afterprint', end);
    this.endPrint = end;
  }

  private async onCopy(): Promise<void> {
    this.dispatchEvent(new MmnNotesCopyEvent({ widget: MmnVisitNotes.widgetName }));
    const text = this.asText();
    try {
      await navigator.clipboard.writeText(text);
      this.show('copied');
    } catch {
      this.show('copyFailed', text);
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLTextAreaElement>('.fallback')?.select();
    }
  }

  private get content(): VisitNotesContent {
    return visitNotes(this.i18n.locale, this.i18n.msg);
  }

  private chosen(choices: readonly NotesChoice[]): NotesChoice[] {
    return choices.filter((choice) => this.picked.has(choice.id));
  }

  /** The notes as plain text: the same as the printed sheet, in the same order. */
  private asText(): string {
    const c = this.content;
    const lines = [c.sheet.title, c.sheet.date.replace('{date}', formatDate(today(), this.i18n.locale))];
    const group = (legend: string, choices: NotesChoice[]) => {
      if (!choices.length) return;
      lines.push('', legend);
      for (const choice of choices) lines.push(`- ${choice.label}`, ...(choice.note ? [`  ${choice.note}`] : []));
    };
    group(c.signs.legend, this.chosen(c.signs.choices));
    for (const name of ['started', 'daily'] as const) {
      const text = this.typed[name]?.trim();
      if (text) lines.push('', c.words[name], text);
    }
    group(c.questions.legend, this.chosen(c.questions.choices));
    return lines.join('\n');
  }

  /**
   * The boxes own what is ticked and typed; the element only listens. No
   * `.checked`/`.value` binding: Lit's server rendering would write it as an
   * attribute (`checked="false"` ticks the box), and a re-render in another
   * language keeps the same boxes anyway.
   */
  private tick(group: string, choice: NotesChoice) {
    const id = `${group}-${choice.id}`;
    return html`
      <label class="tick"
        ><input
          type="checkbox"
          id=${id}
          value=${choice.id}
          aria-describedby=${choice.note ? `${id}-note` : nothing}
          @change=${this.onTick}
        /><span>${choice.label}</span></label
      >
      ${choice.note ? html`<p class="note" id="${id}-note">${choice.note}</p>` : nothing}
    `;
  }

  private field(name: 'started' | 'daily', label: string) {
    return html`<label class="field" for=${name}>${label}</label
      ><textarea
        id=${name}
        name=${name}
        rows="3"
        autocomplete="off"
        spellcheck="false"
        aria-describedby="words-hint"
        @input=${this.onType}
      ></textarea>`;
  }

  /** The notes as they print: only what was ticked and typed, lines for the answers, the date. */
  private sheet(c: VisitNotesContent, locale: string) {
    const signs = this.chosen(c.signs.choices);
    const questions = this.chosen(c.questions.choices);
    const words = (['started', 'daily'] as const).filter((name) => this.typed[name]?.trim());
    // Always there, so a host can style it; empty until something is ticked or typed.
    if (!signs.length && !questions.length && !words.length) return html`<div class="sheet" part="sheet"></div>`;
    const iso = today();
    return html`
      <div class="sheet" part="sheet">
        <p class="sheet-title">${c.sheet.title}</p>
        <p>${withValues(c.sheet.date, { date: html`<time datetime=${iso}>${formatDate(iso, locale)}</time>` })}</p>
        ${signs.length
          ? html`<p class="sheet-group">${c.signs.legend}</p>
              <ul>
                ${signs.map((s) => html`<li>${s.label}${s.note ? html`<span class="note">${s.note}</span>` : nothing}</li>`)}
              </ul>`
          : nothing}
        ${words.map((name) => html`<p class="sheet-group">${c.words[name]}</p><p class="typed">${this.typed[name]}</p>`)}
        ${questions.length
          ? html`<p class="sheet-group">${c.questions.legend}</p>
              <ol>
                ${questions.map((q) => html`<li>${q.label}<span class="answer">${c.sheet.answer}</span><span class="line"></span><span class="line"></span></li>`)}
              </ol>`
          : nothing}
      </div>
    `;
  }

  override render() {
    const { locale, msg, dir } = this.i18n;
    const c = visitNotes(locale, msg);
    const statusText = this.status ? c[this.status] : '';
    return html`
      <section part="container" class=${this.containerClass} lang=${locale} dir=${dir} aria-labelledby="heading">
        ${heading(this.level, c.heading, { id: 'heading', part: 'heading', className: 'title' })}
        ${c.intro.map((text) => html`<p>${text}</p>`)}
        <p class="privacy">${c.privacy}</p>
        <fieldset part="fieldset">
          <legend>${c.signs.legend}</legend>
          ${c.signs.choices.map((choice) => this.tick('sign', choice))}
        </fieldset>
        <fieldset part="fieldset">
          <legend>${c.words.legend}</legend>
          <p class="hint" id="words-hint">${c.words.hint}</p>
          ${this.field('started', c.words.started)} ${this.field('daily', c.words.daily)}
        </fieldset>
        <fieldset part="fieldset">
          <legend>${c.questions.legend}</legend>
          ${c.questions.choices.map((choice) => this.tick('question', choice))}
        </fieldset>
        <div class="actions">
          <button type="button" part="print" class="print" @click=${this.onPrint}>${c.print}</button>
          <button type="button" part="copy" class="copy" @click=${this.onCopy}>${c.copy}</button>
        </div>
        <div class="status" role="status">${statusText}</div>
        ${this.fallback
          ? html`<textarea class="fallback" readonly rows="8" aria-label=${c.copy} .value=${this.fallback}></textarea>`
          : nothing}
        ${this.sheet(c, locale)} ${renderMeta(c, common(locale, msg), locale)}
      </section>
    `;
  }
}
