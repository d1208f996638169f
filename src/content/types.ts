/**
 * Typed patient copy. Content lives here, apart from the templates that
 * render it, so it can be reviewed, translated and dated on its own.
 * When a fact changes, change `lastReviewed` with it.
 */
import type { ReviewDates } from './dates.js';

/** Where a fact comes from. */
export interface Source {
  readonly publisher: string;
  readonly title: string;
  /** Omitted when the captured page carries no address. */
  readonly url?: string;
}

/**
 * What every content record carries besides its copy: when it was reviewed
 * and is next due (`...reviewDates('YYYY-MM-DD')`, see dates.ts), and its sources.
 */
export interface ContentRecord extends ReviewDates {
  readonly sources: readonly Source[];
}

/** A titled part of a widget: paragraphs, then a bulleted list. */
export interface Section {
  readonly id: string;
  readonly heading: string;
  readonly paragraphs?: readonly string[];
  readonly items?: readonly string[];
}

/** The words around every content widget. */
export interface CommonCopy {
  /** The review line, with `{date}` where the date goes and the language's own separator. */
  readonly lastReviewed: string;
  /** The line of the next review, beside it, the same way. */
  readonly nextReview: string;
  /** In a translation only: how it was made and when it was checked (`{date}`). */
  readonly translated: string;
  /** The label of the list of sources, with the language's own separator. */
  readonly sources: string;
  /** How one source is cited in the list, with `{publisher}` and `{title}`. */
  readonly source: string;
  readonly disclaimer: string;
}

/** One drawing of the diagram: its visible label and what it shows. */
export interface DiagramPanel {
  /** Shown under the drawing and read as its name. */
  readonly label: string;
  /** What the drawing shows, in full, for readers who cannot see it. */
  readonly description: string;
}

export interface DiagramCopy {
  /** The figure's caption. */
  readonly caption: string;
  readonly healthy: DiagramPanel;
  readonly damaged: DiagramPanel;
}

export interface OverviewContent extends ContentRecord {
  readonly heading: string;
  /** A short summary shown first, before the introduction. */
  readonly keyPoints: Section;
  readonly intro: readonly string[];
  readonly sections: readonly Section[];
  /** The section the nerve diagram illustrates; it is drawn after it. */
  readonly diagramAfter: string;
  readonly diagram: DiagramCopy;
  readonly closing: string;
}

export interface ComparisonRow {
  /** Stable name, never shown: `signs`, `speed`, `breathing`. */
  readonly id: string;
  readonly label: string;
  readonly mmn: string;
  readonly als: string;
}

export interface ComparisonTable {
  readonly caption: string;
  /** Header of the column that names each row. */
  readonly rowHeader: string;
  readonly mmn: string;
  readonly als: string;
  /**
   * One answer as a card shows it, "{disease}: {answer}", with the
   * language's own separator. What comes before `{answer}` is the card's
   * label, shown only on narrow screens.
   */
  readonly cell: string;
  readonly rows: readonly ComparisonRow[];
}

export interface VsAlsContent extends ContentRecord {
  readonly heading: string;
  readonly intro: readonly string[];
  readonly table: ComparisonTable;
  readonly sections: readonly Section[];
}

export interface BannerContent {
  readonly heading: string;
  /**
   * The line under the heading, by what the banner offers, so that it never
   * names a way of getting in touch the banner does not give. Messages with
   * `{org}` are filled with the organisation's name when rendered.
   */
  readonly text: { readonly phone: string; readonly online: string; readonly both: string; readonly none: string };
  /** Put before the phone number, which is kept apart so it always reads left to right. */
  readonly call: string;
  readonly join: string;
  readonly facebook: string;
  /** Accessible name of the group of links. */
  readonly links: string;
}

/** One tick box: its label, and a short note shown under it when the source sets the sign apart from MMN. */
export interface NotesChoice {
  /** Stable name, used in the element and never shown. */
  readonly id: string;
  readonly label: string;
  readonly note?: string;
}

export interface VisitNotesContent extends ContentRecord {
  readonly heading: string;
  readonly intro: readonly string[];
  /** Says plainly that nothing the reader enters is kept or sent. */
  readonly privacy: string;
  readonly signs: { readonly legend: string; readonly choices: readonly NotesChoice[] };
  readonly words: {
    readonly legend: string;
    /** Says the boxes may be left empty. */
    readonly hint: string;
    readonly started: string;
    readonly daily: string;
  };
  readonly questions: { readonly legend: string; readonly choices: readonly NotesChoice[] };
  readonly print: string;
  readonly copy: string;
  /** Shown after the notes were copied. */
  readonly copied: string;
  /** Shown when the browser refused to copy, above the notes as text to copy by hand. */
  readonly copyFailed: string;
  /** Shown when the browser has no way to print from the page. */
  readonly printFailed: string;
  /** The printed page: its title, the date line (`{date}`), the label of the lines left for answers. */
  readonly sheet: { readonly title: string; readonly date: string; readonly answer: string };
}

/** Full names of the conditions, on their own (the widgets use them inside sentences). */
export interface ConditionNames {
  readonly mmn: string;
  readonly als: string;
  readonly carpalTunnel: string;
}
