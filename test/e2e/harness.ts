import { executeServerCommand } from '@web/test-runner-commands';

/** What test/e2e/probe.js records inside a page. */
export interface Probe {
  globalsAtStart: string[];
  warnings: string[];
  errors: string[];
  violations: string[];
  dialogs: string[];
  policies: string[];
  apis: string[];
  ctaClicks: { widget: string; action: string; href: string }[];
}

export interface Page {
  id: string;
  frame: HTMLIFrameElement;
  doc: Document;
  win: Window & typeof globalThis & { __probe: Probe };
  probe: Probe;
  /** Requests the page made, as paths under its own prefix, and CSP reports the server got. */
  log(): Promise<{ requests: string[]; reports: string[] }>;
  close(): void;
}

export const STRICT_CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'; report-uri ./csp-report";

export const ES_BUNDLE = '<script type="module" src="./dist/mmn-widgets.js"></script>';
export const CLASSIC_BUNDLE = '<script src="./dist/mmn-widgets.iife.js" defer></script>';

import { WIDGET_TAGS } from '../../src/widgets.js';

/** Every widget of the registry. */
export const TAGS = WIDGET_TAGS;

/** What some widgets need to show all of themselves on a test page. */
const SHOW_ALL: Partial<Record<(typeof TAGS)[number], string>> = {
  'contact-banner':
    'org-name="MMN Friends" phone="+1 555-010-2000" join-href="https://example.org/join" facebook-href="https://www.facebook.com/example"',
};

/** Every widget of the registry, as markup for a test page. */
export function allWidgets(attributes: Partial<Record<(typeof TAGS)[number], string>> = {}): string {
  return TAGS.map((tag) => `<${tag} ${[SHOW_ALL[tag], attributes[tag]].filter(Boolean).join(' ')}></${tag}>`).join(
    '\n',
  );
}

/** The start of the one warning a second copy of the library gives: every tag it left alone. */
export const CLASH = TAGS.map((tag) => `<${tag}>`).join(', ');

export interface PageOptions {
  /** Markup of <body>. */
  body: string;
  /** Script tags, styles or anything else for <head>, after the probe. */
  head?: string;
  lang?: string;
  csp?: string;
  /** Width of the frame, in CSS pixels. */
  width?: number;
  /** Wait for these tags to be defined and rendered (default: the three widgets when a bundle is loaded). */
  waitFor?: readonly string[];
}

/**
 * Opens a real page, served with real headers, in a frame of the test page,
 * and waits until its widgets have rendered.
 */
export async function openPage(options: PageOptions): Promise<Page> {
  const html = `<!doctype html>
<html lang="${options.lang ?? 'en'}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>e2e</title>
<script src="./test/e2e/probe.js"></script>
${options.head ?? ''}
</head>
<body>
${options.body}
</body>
</html>`;
  const headers: Record<string, string> = {};
  if (options.csp) headers['Content-Security-Policy'] = options.csp;
  const { id, url } = await executeServerCommand<{ id: string; url: string }, unknown>('e2e-page', { html, headers });

  const frame = document.createElement('iframe');
  frame.style.width = `${options.width ?? 800}px`;
  frame.style.height = '600px';
  frame.style.border = '0';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = url;
  document.body.append(frame);
  await loaded;

  const win = frame.contentWindow as Page['win'];
  const doc = frame.contentDocument!;
  const tags = options.waitFor ?? (/mmn-widgets/.test(options.head ?? '') ? TAGS : []);
  await rendered(win, doc, tags);
  return {
    id,
    frame,
    doc,
    win,
    probe: win.__probe,
    log: () => executeServerCommand('e2e-log', { id }),
    close: () => frame.remove(),
  };
}

/** Waits until every element with one of `tags` in `doc` is defined and has rendered. */
export async function rendered(win: Window, doc: Document, tags: readonly string[]): Promise<void> {
  const deadline = Date.now() + 10_000;
  await Promise.all(
    tags.map((tag) => withTimeout(win.customElements.whenDefined(tag), deadline, `<${tag}> was never defined`)),
  );
  for (const tag of tags) {
    for (const el of doc.querySelectorAll<HTMLElement & { updateComplete?: Promise<unknown> }>(tag)) {
      await withTimeout(el.updateComplete ?? Promise.resolve(), deadline, `<${tag}> never rendered`);
    }
  }
}

function withTimeout<T>(promise: Promise<T>, deadline: number, message: string): Promise<T> {
  return Promise.race([
    promise,
    new Promise<T>((_, reject) => setTimeout(() => reject(new Error(message)), Math.max(0, deadline - Date.now()))),
  ]);
}

/** The rendered container of a widget, or null when it did not render. */
export function container(el: Element): HTMLElement | null {
  return el.shadowRoot?.querySelector<HTMLElement>('[part~="container"]') ?? null;
}

/** Every element in a widget's shadow tree that carries a link. */
export function links(el: Element): string[] {
  return [...(el.shadowRoot?.querySelectorAll('[href]') ?? [])].map((a) => a.getAttribute('href')!);
}

/** A link is safe when it is https:, http: or tel:. */
export function isSafeLink(href: string, base: string): boolean {
  try {
    return ['https:', 'http:', 'tel:'].includes(new URL(href, base).protocol);
  } catch {
    return false;
  }
}
