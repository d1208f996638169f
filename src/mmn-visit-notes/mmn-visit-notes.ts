import { adoptStyles, css, html, nothing, type LitElement } from 'lit';
import { common } from '../content/common.js';
import { contentStyles, formatDate, renderMeta } from '../shared/content-parts.js';
import { heading } from '../shared/heading.js';
import { MmnElement } from '../shared/mmn-element.js';
import { warn } from '../shared/warn.js';
import { withValues } from '../shared/with-values.js';
import { MmnNotesCopyEvent, MmnNotesPrintEvent } from './events.js';
import { viewLater, viewNow } from './load-view.js';
import type { Kit, NotesState, NotesView, Status, WordsBox } from './notes-view.js';

declare module '../shared/attributes.js' {
  interface WidgetAttributeMap {
    'mmn-visit-notes': {
      'onmmn-notes-print'?: (event: MmnNotesPrintEvent) => void;
      'onmmn-notes-copy'?: (event: MmnNotesCopyEvent) => void;
    };
  }
}

/** What the view (notes-view.ts) takes from this copy of the library. */
const KIT: Kit = { html, css, nothing, heading, withValues, formatDate, renderMeta, common };

/**
 * The view: made at once in the npm build; in the script-tag bundles, loaded
 * from its own file when the first notes on the page are about to render.
 */
let view: NotesView | undefined = viewNow?.(KIT);
let loading: Promise<NotesView | undefined> | undefined;

function loadView(): Promise<NotesView | undefined> {
  loading ??= viewLater(KIT).then(
    (loaded) => (view = loaded),
    () => {
      // Forget the failure, so the next render (a lang change, the element
      // connected again) tries the file again.
      loading = undefined;
      warn(
        'could not load the file of <mmn-visit-notes> (widgets/mmn-visit-notes.js beside the script); the notes are not shown.',
      );
      return undefined;
    },
  );
  return loading;
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
  static override styles = [...MmnElement.styles, contentStyles, ...(view ? [view.styles] : [])];

  /** The widget's name in events, whatever tag it is registered under. */
  static readonly widgetName = 'mmn-visit-notes';

  /** The ids of the ticked signs and questions. Kept in memory only. */
  private picked = new Set<string>();
  /** What the reader typed, by box. Kept in memory only. */
  private typed: Partial<Record<WordsBox, string>> = {};
  private status: Status = '';
  /** The notes as text, shown to copy by hand when the browser refused to copy. */
  private fallback = '';
  private endPrint?: () => void;
  /** Whether this element's shadow root has the view's styles (they come with the view when it is loaded). */
  private styled = !!viewNow;

  /** Holds the first render until the view is here, like a language that is still loading. */
  protected override async scheduleUpdate(): Promise<void> {
    if (!view) await loadView();
    if (view && !this.styled) {
      this.styled = true;
      const { elementStyles } = this.constructor as typeof LitElement;
      adoptStyles(this.renderRoot as ShadowRoot, [...elementStyles, view.styles]);
    }
    return super.scheduleUpdate();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // The view failed to load at the first render: try again.
    if (!view && this.hasUpdated) this.requestUpdate();
  }

  override willUpdate(changed: Map<PropertyKey, unknown>): void {
    super.willUpdate(changed);
    // Server-rendered: keep what a reader ticked or typed before the script ran.
    // (On the server itself there is no render root yet.)
    if (!this.hasUpdated && this.renderRoot) {
      for (const box of this.renderRoot.querySelectorAll<HTMLInputElement>('input:checked')) this.picked.add(box.value);
      for (const area of this.renderRoot.querySelectorAll('textarea'))
        if (area.value) this.typed[area.name as WordsBox] = area.value;
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
    this.typed[area.name as WordsBox] = area.value;
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
    this.endPrint?.();
    this.endPrint = view!.isolate(this, win, () => (this.endPrint = undefined));
    try {
      win.print();
    } catch {
      this.endPrint?.();
      this.show('printFailed');
    }
  }

  private async onCopy(): Promise<void> {
    this.dispatchEvent(new MmnNotesCopyEvent({ widget: MmnVisitNotes.widgetName }));
    const text = view!.asText(this.state);
    try {
      await navigator.clipboard.writeText(text);
      this.show('copied');
    } catch {
      this.show('copyFailed', text);
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLTextAreaElement>('.fallback')?.select();
    }
  }

  /** What the view needs for one render. */
  private get state(): NotesState {
    const { locale, msg, dir } = this.i18n;
    // The view binds these as Lit listeners, which Lit calls with the element as `this`.
    // eslint-disable-next-line @typescript-eslint/unbound-method
    const { level, containerClass, picked, typed, status, fallback, onTick, onType, onPrint, onCopy } = this;
    return {
      locale,
      msg,
      dir,
      level,
      containerClass,
      picked,
      typed,
      status,
      fallback,
      onTick,
      onType,
      onPrint,
      onCopy,
    };
  }

  override render() {
    // Nothing until the view is here: the first render waits for it (scheduleUpdate).
    return view ? view.render(this.state) : nothing;
  }
}
