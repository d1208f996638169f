import type { css as litCss, html as litHtml, nothing as litNothing, TemplateResult } from 'lit';
import { visitNotes } from '../content/visit-notes.js';
import type { common as commonCopy } from '../content/common.js';
import type { NotesChoice, VisitNotesContent } from '../content/types.js';
import type { Msg } from '../i18n/translator.js';
import type { formatDate as formatDateFn, renderMeta as renderMetaFn } from '../shared/content-parts.js';
import type { heading as headingFn } from '../shared/heading.js';
import type { HeadingLevel } from '../shared/mmn-element.js';
import type { withValues as withValuesFn } from '../shared/with-values.js';

/*
 * What <mmn-visit-notes> shows: its copy, its templates and its styles. The
 * element (mmn-visit-notes.ts) keeps the state and the buttons' work.
 *
 * Self-contained on purpose: apart from its own copy, this module imports
 * types only. Lit and the shared parts come in through `Kit`. So the
 * script-tag bundles can load it as one file of its own, beside them, only on
 * pages that show the notes (see load-view.bundle.ts), the way they load a
 * language file: any URL the bundle is loaded from, a query string or a
 * `data:` URL resolves it, and it never brings a second copy of Lit.
 */

/** What the view takes from the library that loaded it. */
export interface Kit {
  readonly html: typeof litHtml;
  readonly css: typeof litCss;
  readonly nothing: typeof litNothing;
  readonly heading: typeof headingFn;
  readonly withValues: typeof withValuesFn;
  readonly formatDate: typeof formatDateFn;
  readonly renderMeta: typeof renderMetaFn;
  readonly common: typeof commonCopy;
}

export type Status = '' | 'copied' | 'copyFailed' | 'printFailed';
export type WordsBox = 'started' | 'daily';

/** What one render needs from the element. The handlers run with the element as `this`. */
export interface NotesState {
  readonly locale: string;
  readonly msg: Msg;
  readonly dir: 'ltr' | 'rtl';
  readonly level: HeadingLevel;
  readonly containerClass: string;
  /** The ids of the ticked signs and questions. */
  readonly picked: ReadonlySet<string>;
  /** What the reader typed, by box. */
  readonly typed: Readonly<Partial<Record<WordsBox, string>>>;
  readonly status: Status;
  /** The notes as text, shown to copy by hand when the browser refused to copy. */
  readonly fallback: string;
  readonly onTick: (event: Event) => void;
  readonly onType: (event: Event) => void;
  readonly onPrint: () => void;
  readonly onCopy: () => Promise<void>;
}

export interface NotesView {
  readonly styles: ReturnType<typeof litCss>;
  render(state: NotesState): TemplateResult;
  /** The notes as plain text: the same as the printed sheet, in the same order. */
  asText(state: NotesState): string;
  /**
   * Leaves the rest of the host page out of print until printing ends.
   * Returns what ends it at once (also called when printing ends, then
   * `ended` is told).
   */
  isolate(host: HTMLElement, win: Window, ended: () => void): () => void;
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

const BOXES: readonly WordsBox[] = ['started', 'daily'];

/** Today as `YYYY-MM-DD`, in the reader's own time zone. */
function today(): string {
  const d = new Date();
  return [d.getFullYear(), d.getMonth() + 1, d.getDate()].map((n) => String(n).padStart(2, '0')).join('-');
}

export function notesView({ html, css, nothing, heading, withValues, formatDate, renderMeta, common }: Kit): NotesView {
  /*
   * Sized for weak hands: every tick box's whole label is its target, at least
   * 44 × 44 CSS px; buttons at least 48px high. Sizes in em with px floors, so
   * a host that shrinks rem cannot shrink the targets.
   */
  const styles = css`
  .privacy {
    font-weight: 600;
  }
  fieldset {
    margin: 0 0 1em;
    padding: 0.5em 0.75em 0.75em;
    min-inline-size: 0;
    border: 1px solid var(--_border);
    border-radius: 0.4em;
  }
  legend {
    padding: 0 0.25em;
    font-size: 1.1em;
    font-weight: 700;
  }
  .tick {
    display: flex;
    align-items: center;
    gap: 0.6em;
    min-block-size: max(2.75em, 44px);
    padding: 0.25em 0.4em;
    border-radius: 0.3em;
    cursor: pointer;
  }
  .tick input {
    flex: none;
    inline-size: 1.4em;
    block-size: 1.4em;
    margin: 0;
    accent-color: var(--_accent);
    cursor: pointer;
  }
  .note,
  .hint {
    margin: 0 0 0.5em;
    color: var(--_muted);
  }
  .note {
    padding-inline-start: 2.4em;
  }
  .field {
    display: block;
    margin: 0.5em 0 0.25em;
    font-weight: 600;
  }
  textarea {
    display: block;
    inline-size: 100%;
    min-block-size: max(5em, 88px);
    padding: 0.5em;
    font: inherit;
    color: inherit;
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: 0.3em;
    resize: vertical;
  }
  /*
   * The buttons need the script: with JavaScript off (server rendering) they
   * are hidden, but keep their place, so hydration moves nothing.
   */
  .actions {
    display: flex;
    visibility: hidden;
    flex-wrap: wrap;
    gap: 0.75em;
    margin: 1em 0 0.5em;
  }
  :host(:defined) .actions {
    visibility: visible;
  }
  button {
    min-block-size: max(3em, 48px);
    min-inline-size: 44px;
    padding: 0.5em 1.25em;
    font: inherit;
    font-size: 1.1em;
    font-weight: 700;
    border: 2px solid var(--_accent);
    border-radius: 0.4em;
    cursor: pointer;
  }
  .print {
    background: var(--_accent);
    color: var(--_on-accent);
  }
  .copy {
    background: transparent;
    color: var(--_accent);
  }
  .tick:has(:focus-visible),
  textarea:focus-visible,
  button:focus-visible {
    outline: 0.2em solid var(--_focus);
    outline-offset: 0.15em;
  }
  .status:empty {
    display: none;
  }
  .status {
    margin: 0 0 0.5em;
    font-weight: 600;
  }
  .sheet {
    display: none;
  }
  @media (forced-colors: active) {
    fieldset,
    textarea,
    button {
      border-color: CanvasText;
    }
    .tick:has(:focus-visible),
    textarea:focus-visible,
    button:focus-visible {
      outline-color: Highlight;
    }
  }
  @media print {
    .actions,
    .status,
    .fallback {
      display: none !important;
    }
    fieldset,
    textarea {
      border-color: #000;
    }
    /* With notes to print, the sheet alone; without, the blank checklist prints as paper. */
    :host(:defined) .container:has(.sheet > *) > :not(.sheet) {
      display: none;
    }
    :host(:defined) .container:has(.sheet > *) {
      border: 0;
      padding: 0;
    }
    .sheet {
      display: block;
      font-size: 14pt;
      line-height: 1.4;
    }
    .sheet-title {
      font-size: 1.5em;
      font-weight: 700;
    }
    .sheet-group {
      margin: 0.9em 0 0.3em;
      font-weight: 700;
    }
    .sheet .note,
    .answer,
    .line {
      display: block;
      padding: 0;
    }
    .answer {
      margin-block-start: 0.2em;
      color: #000;
    }
    .line {
      block-size: 1.8em;
      border-block-end: 1px solid #000;
    }
    .typed {
      white-space: pre-wrap;
    }
    .sheet ul,
    .sheet ol,
    .sheet li {
      break-inside: avoid;
    }
  }
`;

  const chosen = (state: NotesState, choices: readonly NotesChoice[]) =>
    choices.filter((choice) => state.picked.has(choice.id));
  const written = (state: NotesState) => BOXES.filter((name) => state.typed[name]?.trim());

  /**
   * The boxes own what is ticked and typed; the element only listens. No
   * `.checked`/`.value` binding: Lit's server rendering would write it as an
   * attribute (`checked="false"` ticks the box), and a re-render in another
   * language keeps the same boxes anyway.
   */
  const tick = (state: NotesState, group: string, choice: NotesChoice) => {
    const id = `${group}-${choice.id}`;
    return html`
      <label class="tick"
        ><input
          type="checkbox"
          id=${id}
          value=${choice.id}
          aria-describedby=${choice.note ? `${id}-note` : nothing}
          @change=${state.onTick}
        /><span>${choice.label}</span></label
      >
      ${choice.note ? html`<p class="note" id="${id}-note">${choice.note}</p>` : nothing}
    `;
  };

  const field = (state: NotesState, name: WordsBox, label: string) =>
    html`<label class="field" for=${name}>${label}</label
      ><textarea
        id=${name}
        name=${name}
        rows="3"
        autocomplete="off"
        spellcheck="false"
        aria-describedby="words-hint"
        @input=${state.onType}
      ></textarea>`;

  /** The notes as they print: only what was ticked and typed, lines for the answers, the date. */
  const sheet = (state: NotesState, c: VisitNotesContent) => {
    const signs = chosen(state, c.signs.choices);
    const questions = chosen(state, c.questions.choices);
    const words = written(state);
    // Always there, so a host can style it; empty until something is ticked or typed.
    if (!signs.length && !questions.length && !words.length) return html`<div class="sheet" part="sheet"></div>`;
    const iso = today();
    return html`
      <div class="sheet" part="sheet">
        <p class="sheet-title">${c.sheet.title}</p>
        <p>${withValues(c.sheet.date, { date: html`<time datetime=${iso}>${formatDate(iso, state.locale)}</time>` })}</p>
        ${
          signs.length
            ? html`<p class="sheet-group">${c.signs.legend}</p>
              <ul>
                ${signs.map((s) => html`<li>${s.label}${s.note ? html`<span class="note">${s.note}</span>` : nothing}</li>`)}
              </ul>`
            : nothing
        }
        ${words.map((name) => html`<p class="sheet-group">${c.words[name]}</p><p class="typed">${state.typed[name]}</p>`)}
        ${
          questions.length
            ? html`<p class="sheet-group">${c.questions.legend}</p>
              <ol>
                ${questions.map((q) => html`<li>${q.label}<span class="answer">${c.sheet.answer}</span><span class="line"></span><span class="line"></span></li>`)}
              </ol>`
            : nothing
        }
      </div>
    `;
  };

  return {
    styles,

    isolate(host, win, ended) {
      const doc = host.ownerDocument;
      let sheet: CSSStyleSheet | undefined;
      try {
        const made = new (win as unknown as typeof globalThis).CSSStyleSheet();
        made.replaceSync(ISOLATE);
        doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, made];
        sheet = made;
      } catch {
        sheet = undefined; // no constructed sheets: the page prints whole, with the notes in place
      }
      host.setAttribute(PRINTING, '');
      const end = () => {
        win.removeEventListener('afterprint', end);
        host.removeAttribute(PRINTING);
        if (sheet) doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((s) => s !== sheet);
        ended();
      };
      win.addEventListener('afterprint', end);
      return end;
    },

    asText(state) {
      const c = visitNotes(state.locale, state.msg);
      const lines = [c.sheet.title, c.sheet.date.replace('{date}', formatDate(today(), state.locale))];
      const group = (legend: string, choices: NotesChoice[]) => {
        if (!choices.length) return;
        lines.push('', legend);
        for (const choice of choices) lines.push(`- ${choice.label}`, ...(choice.note ? [`  ${choice.note}`] : []));
      };
      group(c.signs.legend, chosen(state, c.signs.choices));
      for (const name of written(state)) lines.push('', c.words[name], state.typed[name]!.trim());
      group(c.questions.legend, chosen(state, c.questions.choices));
      return lines.join('\n');
    },

    render(state) {
      const { locale, msg, dir } = state;
      const c = visitNotes(locale, msg);
      return html`
        <section part="container" class=${state.containerClass} lang=${locale} dir=${dir} aria-labelledby="heading">
          ${heading(state.level, c.heading, { id: 'heading', part: 'heading', className: 'title' })}
          ${c.intro.map((text) => html`<p>${text}</p>`)}
          <p class="privacy">${c.privacy}</p>
          <fieldset part="fieldset">
            <legend>${c.signs.legend}</legend>
            ${c.signs.choices.map((choice) => tick(state, 'sign', choice))}
          </fieldset>
          <fieldset part="fieldset">
            <legend>${c.words.legend}</legend>
            <p class="hint" id="words-hint">${c.words.hint}</p>
            ${field(state, 'started', c.words.started)} ${field(state, 'daily', c.words.daily)}
          </fieldset>
          <fieldset part="fieldset">
            <legend>${c.questions.legend}</legend>
            ${c.questions.choices.map((choice) => tick(state, 'question', choice))}
          </fieldset>
          <div class="actions">
            <button type="button" part="print" class="print" @click=${state.onPrint}>${c.print}</button>
            <button type="button" part="copy" class="copy" @click=${state.onCopy}>${c.copy}</button>
          </div>
          <div class="status" role="status">${state.status ? c[state.status] : ''}</div>
          ${
            state.fallback
              ? html`<textarea class="fallback" readonly rows="8" aria-label=${c.copy} .value=${state.fallback}></textarea>`
              : nothing
          }
          ${sheet(state, c)} ${renderMeta(c, common(locale, msg), locale)}
        </section>
      `;
    },
  };
}
