/**
 * The embed-code builder: plain form controls drive a live preview of the
 * real widgets and the snippet a partner pastes into their page. Every node
 * is made with the DOM API (textContent, never innerHTML), and every value
 * the partner types is escaped before it goes into the snippet. Built by
 * scripts/build-docs.js as a classic script inlined in the page, so that the
 * page works opened from disk.
 */
import { toPhoneNumber, toWebUrl } from '../../src/shared/safe-link.js';
import { embedPath } from '../../site/embed-address.js';

type Host = 'self' | 'jsdelivr' | 'unpkg';

interface BuilderData {
  version: string;
  /** The script-tag bundle's file name and SRI hash. */
  bundle: { file: string; integrity: string };
  /** Each language file, by locale: its path beside the bundle and SRI hash. */
  locales: Record<string, { file: string; integrity: string }>;
  /** Files of a widget's own, loaded beside the bundle only where it is shown (the visit notes' view), by tag. */
  widgetFiles: Record<string, { file: string; integrity: string }>;
  /** What all the language files together weigh, brotli-compressed, in KB. */
  localesKB: number;
  /** Where the bundle's folder is on each CDN (ends with `/`). */
  cdn: Record<'jsdelivr' | 'unpkg', string>;
  /** Whether this version is on the CDNs yet. */
  onCdn: boolean;
  /** Files to offer for download beside this page, for self-hosting. */
  downloads: string[];
  lastReviewed: Record<string, string>;
  /** When each content widget's next review is due, by tag. */
  nextReview: Record<string, string>;
  defaults: Record<'light' | 'dark', Record<string, string>>;
  defaultPhone: string;
  defaultOrg: string;
  /** Room to keep free before the script runs, [wide, narrow], in em (README's figures). */
  reserve: Record<string, [number, number]>;
  /** The gap below each widget, in em (the widgets' default). */
  gap: number;
  /** Height of each widget 768px wide, in px at a 16px font: for frames. */
  frameHeight: Record<string, number>;
  /** The static site serving the embed pages (MMN_SITE_URL at build time, ending with `/`), or '' if not set. */
  siteUrl: string;
  /**
   * schema.org JSON-LD by locale, then by the content widgets on the page
   * (`mmn-overview`, `mmn-vs-als`, or both joined by a comma):
   * dist/structured-data/<locale>.json.
   */
  structuredData: Record<string, Record<string, unknown>>;
}

const data = JSON.parse(document.getElementById('builder-data')!.textContent) as BuilderData;
const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

const widgetBoxes = [...document.querySelectorAll<HTMLInputElement>('input[name="widget"]')];
const language = $<HTMLSelectElement>('language');
const theme = $<HTMLSelectElement>('theme');
const headingLevel = $<HTMLSelectElement>('heading-level');
const orgName = $<HTMLInputElement>('org-name');
const phone = $<HTMLInputElement>('phone');
const joinHref = $<HTMLInputElement>('join-href');
const facebookHref = $<HTMLInputElement>('facebook-href');
const folder = $<HTMLInputElement>('folder');
const structuredData = $<HTMLInputElement>('structured-data');
const bannerOptions = $<HTMLFieldSetElement>('banner-options');
const colours = [...document.querySelectorAll<HTMLInputElement>('input[type="color"]')];
const preview = $<HTMLDivElement>('preview');
const snippet = $<HTMLTextAreaElement>('snippet');
const copyStatus = $<HTMLParagraphElement>('copy-status');

/** Colours the partner picked; the others follow the theme's defaults. */
const picked = new Set<string>();

const escapeHtml = (value: string) =>
  value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * A web address as a partner types it, made complete: `www.riverside.org/join`
 * and `riverside.org` get `https://`; `//host/path` gets `https:`. Anything
 * with a scheme of its own (`http:`, `javascript:`) is left as it is, for
 * the allow-list to judge. Empty stays empty.
 */
export function completeAddress(value: string): string {
  const text = value.trim();
  if (!text) return '';
  if (text.startsWith('//')) return `https:${text}`;
  const scheme = /^([a-z][a-z\d+.-]*):/i.exec(text);
  // `www.example.org:8080/join` is a host and port, not a scheme.
  const hostAndPort = scheme && scheme[1].includes('.') && /^\d/.test(text.slice(scheme[0].length));
  if (scheme && !hostAndPort) return text;
  // A bare address: a host name with a dot, then an optional path.
  if (/^[^\s/?#@]+\.[a-z\d-]{2,}(?::\d+)?(?:[/?#]\S*)?$/i.test(text)) return `https://${text}`;
  return text;
}

/** Shows or hides an input's error, and says whether its value can be used. */
function check(input: HTMLInputElement, valid: boolean): boolean {
  const error = document.getElementById(`${input.id}-error`)!;
  error.hidden = valid;
  input.setAttribute('aria-invalid', String(!valid));
  return valid;
}

/** A full `https:`/`http:` address, or null. Relative ones would point at the partner's own page by accident. */
function webAddress(input: HTMLInputElement): string | null {
  const value = completeAddress(input.value);
  return /^https?:\/\//i.test(value) && toWebUrl(value) ? value : null;
}

function chosenWidgets(): string[] {
  return widgetBoxes.filter((box) => box.checked).map((box) => box.value);
}

/** Attributes every chosen widget gets, in snippet order. */
function commonAttributes(): [string, string][] {
  const chosen: [string, string][] = [];
  if (headingLevel.value !== '2') chosen.push(['heading-level', headingLevel.value]);
  if (theme.value !== 'light') chosen.push(['theme', theme.value]);
  if (language.value) chosen.push(['lang', language.value]);
  return chosen;
}

/** The banner's own attributes, values as typed (addresses completed). */
function bannerAttributes(active: boolean): [string, string][] {
  const chosen: [string, string][] = [];
  if (!active) {
    for (const input of [phone, joinHref, facebookHref]) check(input, true);
    $('org-name-warning').textContent = '';
    return chosen;
  }
  const org = orgName.value.trim();
  if (org) chosen.push(['org-name', org]);
  showPhoneHint(org);
  const number = phone.value.trim();
  if (check(phone, !number || !!toPhoneNumber(number)) && number) chosen.push(['phone', number]);
  for (const input of [joinHref, facebookHref]) {
    const url = webAddress(input);
    if (check(input, !input.value.trim() || !!url) && url) chosen.push([input.id, url]);
  }
  const ownDetails = chosen.some(([name]) => name !== 'org-name');
  $('org-name-warning').textContent =
    ownDetails && !org
      ? `Add your organisation’s name: without it, the box says “Talk to ${data.defaultOrg}” above your own details.`
      : org && !ownDetails
        ? 'Add a phone number or a web page: without one, the box gives no way to get in touch.'
        : '';
  return chosen;
}

/**
 * The phone field's hint and example. MyIgSource's number is shown only
 * while the box names MyIgSource: a partner's box shows no number it was
 * not given, so neither does its form.
 */
function showPhoneHint(org: string): void {
  const abroad = 'Start with your country code (such as +1 or +44) so that people abroad can call too.';
  phone.placeholder = org ? '' : data.defaultPhone;
  $('phone-hint').textContent = org
    ? `Left empty, the box shows no phone number. ${abroad}`
    : `Left empty, the box shows ${data.defaultOrg}’s number, ${data.defaultPhone}, under ${data.defaultOrg}’s name. ${abroad}`;
}

function themeDefaults(): Record<string, string> {
  return data.defaults[theme.value === 'dark' ? 'dark' : 'light'];
}

function colourRules(): [string, string][] {
  return colours.filter((input) => picked.has(input.id)).map((input) => [input.dataset.property!, input.value]);
}

function contrastRatio(a: string, b: string): number {
  const luminance = (hex: string) => {
    const [r, g, bl] = [1, 3, 5].map((i) => {
      const c = parseInt(hex.slice(i, i + 2), 16) / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

function host(): Host {
  return document.querySelector<HTMLInputElement>('input[name="host"]:checked')!.value as Host;
}

/** The folder the bundle and its `locales/` are served from, ending with `/`; null when unusable. */
function baseUrl(): string | null {
  const where = host();
  if (where !== 'self') return data.cdn[where];
  let value = folder.value.trim();
  if (!value) return null;
  if (!value.startsWith('/')) value = completeAddress(value);
  const ok = value.startsWith('/')
    ? !value.startsWith('//') && !/[\s"<>]/.test(value)
    : /^https?:\/\//i.test(value) && !!toWebUrl(value);
  return ok ? (value.endsWith('/') ? value : `${value}/`) : null;
}

/** The languages the snippet can make the browser run: one chosen, or all for "same as my website". */
function localesRun(): string[] {
  if (language.value === 'en') return [];
  if (language.value) return [language.value];
  return Object.keys(data.locales);
}

/** The sandbox of a frame: scripts, and links that leave it (a new tab, or the top page for a call), nothing else. */
const SANDBOX = 'allow-scripts allow-popups allow-popups-to-escape-sandbox allow-top-navigation-by-user-activation';

/**
 * Where the embed pages are: the site set at build time; else the site this
 * builder is served from (`<site>/builder/`); else a placeholder, when the
 * page is opened from disk.
 */
function siteUrl(): string | null {
  if (data.siteUrl) return data.siteUrl;
  return /^https?:$/.test(location.protocol) ? new URL('../', location.href).href : null;
}

/**
 * The frame code for websites that take no script: one frame per widget,
 * its page in the chosen language (English for "same as my website", which
 * a frame cannot see), its other choices in the query string, which the
 * page checks as the element does. A banner with the partner's own details
 * gets the page that shows MyIgSource's nowhere (site/embed-address.ts).
 */
function frameSnippet(tags: string[], attributesOf: (tag: string) => [string, string][]): string {
  const site = siteUrl() ?? 'https://YOUR-MMN-WIDGETS-SITE/';
  const lang = language.value || 'en';
  return tags
    .map((tag) => {
      const params = new URLSearchParams(attributesOf(tag).filter(([name]) => name !== 'lang'));
      const query = params.toString();
      // A banner with the partner's own details: the page with no MyIgSource banner pre-rendered.
      const src = `${site}embed/${embedPath(tag, lang, params, data.defaultOrg)}${query ? `?${query}` : ''}`;
      const title = document.querySelector(`label[for="show-${tag}"]`)?.textContent?.trim() ?? tag;
      return `<iframe src="${escapeHtml(src)}" title="${escapeHtml(title)}" loading="lazy" height="${data.frameHeight[tag]}" style="width: 100%; border: 0;" sandbox="${SANDBOX}"></iframe>`;
    })
    .join('\n');
}

function frameNotes(framed: boolean, tags: string[]): void {
  const notes: string[] = [];
  if (framed && tags.length) {
    const site = siteUrl();
    if (!site)
      notes.push(
        'Replace https://YOUR-MMN-WIDGETS-SITE/ with the address where the mmn-widgets site is published (see the README).',
      );
    if (!language.value)
      notes.push('A frame cannot see your website’s language: it shows English. Choose a language above for another.');
    if (picked.size) notes.push('Your own colours do not reach a frame: it uses the light or dark colours.');
    notes.push(
      `Each frame has a fixed height and scrolls if the text needs more room (on a phone). If your website allows one script, add <script src="${site ?? 'https://YOUR-MMN-WIDGETS-SITE/'}embed.js" defer></script> once, and each frame takes the height of its content.`,
    );
  }
  $('frame-notes').textContent = notes.join(' ');
}

function render(): void {
  const tags = chosenWidgets();
  $('widgets-error').hidden = tags.length > 0;
  const hasBanner = tags.includes('contact-banner');
  bannerOptions.disabled = !hasBanner;
  const common = commonAttributes();
  const banner = bannerAttributes(hasBanner);
  const rules = colourRules();

  // Unpicked colour inputs show the theme's default.
  for (const input of colours) if (!picked.has(input.id)) input.value = themeDefaults()[input.dataset.property!];

  const attributesOf = (tag: string) => [...common, ...(tag === 'contact-banner' ? banner : [])];

  // The preview: the real widgets, built with the DOM API.
  const elements = tags.map((tag) => {
    const element = document.createElement(tag);
    for (const [name, value] of attributesOf(tag)) element.setAttribute(name, value);
    for (const [property, value] of rules) element.style.setProperty(property, value);
    return element;
  });
  preview.replaceChildren(...elements);

  // The snippet: the reserved room, one script tag (with the language files it may run), then the elements.
  const where = host();
  $('self-folder').hidden = where !== 'self';
  const base = baseUrl();
  check(folder, where !== 'self' || !!base);
  const list = tags.join(', ');
  // Until a widget is defined, and then until its first render (which may
  // wait for a language file or the widget's own file): `:state(loading)`.
  // `:is()` forgives a browser that does not know `:state()`.
  const waiting = (tag: string) => `${tag}:is(:not(:defined), :state(loading))`;
  const notDefined = tags.map(waiting).join(', ');
  const css = tags.length
    ? [
        `  ${notDefined} { display: block; visibility: hidden; margin-block-end: ${data.gap}em; }`,
        ...tags.map((tag) => `  ${waiting(tag)} { min-height: ${data.reserve[tag][0]}em; }`),
        `  @media (max-width: 40em) {`,
        ...tags.map((tag) => `    ${waiting(tag)} { min-height: ${data.reserve[tag][1]}em; }`),
        '  }',
        ...(rules.length
          ? [`  ${list} {`, ...rules.map(([property, value]) => `    ${property}: ${value};`), '  }']
          : []),
      ]
    : [];
  const dates = [...new Set(tags.map((tag) => data.lastReviewed[tag]).filter(Boolean))].sort();
  const due = [...new Set(tags.map((tag) => data.nextReview[tag]).filter(Boolean))].sort();
  const reviewed = dates.length
    ? `, content last reviewed ${dates.join(' and ')}, next review due ${due.join(' and ')}`
    : '';
  // Every file the bundle may load beside itself for this snippet: the chosen
  // widgets' own files, then the language files. Preloaded, so the browser
  // fetches them alongside the bundle instead of after it.
  const besideTheBundle = [
    ...tags.flatMap((tag) => data.widgetFiles[tag] ?? []),
    ...localesRun().map((locale) => data.locales[locale]),
  ];
  const preloads = base
    ? besideTheBundle.map(
        (file) =>
          `<link rel="modulepreload" href="${escapeHtml(base + file.file)}" integrity="${file.integrity}" crossorigin="anonymous">`,
      )
    : [];
  // The same hashes in an import map: WebKit (Safari) does not apply a
  // modulepreload's integrity to the widgets' import() of the file; an import
  // map's integrity it does. Inline, so a strict CSP must allow its hash.
  const importMap =
    base && preloads.length
      ? `<script type="importmap">${JSON.stringify({
          integrity: Object.fromEntries(besideTheBundle.map((file) => [base + file.file, file.integrity])),
        }).replace(/</g, '\\u003c')}</script>`
      : '';
  const framed = $<HTMLInputElement>('code-frame').checked;
  frameNotes(framed, tags);
  snippet.value = !tags.length
    ? ''
    : framed
      ? `<!-- MMN patient information: mmn-widgets ${data.version}${reviewed}, in a frame -->\n${frameSnippet(tags, attributesOf)}\n`
      : [
          `<!-- MMN patient information: mmn-widgets ${data.version}${reviewed} -->`,
          '<style>',
          ...css,
          '</style>',
          ...(importMap ? [importMap] : []),
          ...preloads,
          base
            ? `<script type="module" src="${escapeHtml(base + data.bundle.file)}" integrity="${data.bundle.integrity}" crossorigin="anonymous"></script>`
            : '<!-- Give the address of the folder with the files (Advanced). -->',
          ...tags.map(
            (tag) =>
              `<${tag}${attributesOf(tag)
                .map(([name, value]) => ` ${name}="${escapeHtml(value)}"`)
                .join('')}></${tag}>`,
          ),
          ...(searchEngineData(tags) ? [searchEngineData(tags)] : []),
          '',
        ].join('\n');

  const described = searchEngineData(tags);
  $('structured-data-status').textContent = !structuredData.checked
    ? ''
    : framed
      ? 'A frame cannot describe the information to search engines: choose the script code for that.'
      : described
        ? 'The code ends with a description of the information for search engines. Visitors do not see it.'
        : !tags.some((tag) => data.structuredData.en?.[tag])
          ? 'Only the overview and the comparison with ALS have a description for search engines.'
          : 'Choose the language of your pages above: search engines are told which language the information is in.';

  const ratio = contrastRatio($<HTMLInputElement>('color-text').value, $<HTMLInputElement>('color-surface').value);
  $('contrast').textContent =
    ratio < 4.5
      ? `Text may be hard to read: its contrast with the background is ${ratio.toFixed(1)}:1. Aim for 4.5:1 or more.`
      : `Text contrast: ${ratio.toFixed(1)}:1.`;
  $('about').textContent =
    `Version ${data.version}.${dates.length ? ` The medical content was last reviewed on ${dates.join(' and ')}; its next review is due on ${due.join(' and ')}.` : ''}`;
  const locales = localesRun();
  const notesFile = tags.some((tag) => data.widgetFiles[tag]) ? ', the visit notes’ file' : '';
  $('integrity').textContent =
    `Each “integrity” code makes the visitor’s browser refuse a file that differs in any way from this version: the main file` +
    notesFile +
    (locales.length === 0
      ? ', and English needs no other.'
      : locales.length === 1
        ? ` and the ${language.selectedOptions[0].textContent} language file.`
        : `, and all ${locales.length} language files, which visitors’ browsers then download (about ${data.localesKB} KB in all) even if they show only one. Choose one language to load only that one.`) +
    (locales.length === 1
      ? ' If a script of your own later switches the widgets to another language, that file is not checked.'
      : '');

  if (framed) $('integrity').textContent = '';
  void cspHint(framed ? '' : importMap);

  // Frames (Wix, Google Sites): the height the chosen widgets need, 768px wide.
  const height = tags.reduce((sum, tag) => sum + data.frameHeight[tag] + data.gap * 16, 0);
  for (const span of document.querySelectorAll('.frame-height')) {
    span.textContent = tags.length ? `${Math.ceil(height / 50) * 50} pixels` : 'as tall as the widgets';
  }
  copyStatus.textContent = '';
}

/**
 * The schema.org description of the content widgets among `tags`, as one
 * `<script type="application/ld+json">`, when asked for and a language is
 * chosen ("same as my website" cannot say which language the page is in).
 * A data block: browsers do not run it, and a Content-Security-Policy does
 * not apply to it.
 */
function searchEngineData(tags: string[]): string {
  const byWidgets = data.structuredData[language.value];
  if (!structuredData.checked || !byWidgets) return '';
  const described = byWidgets[tags.filter((tag) => data.structuredData.en?.[tag]).join(',')];
  if (!described) return '';
  const json = JSON.stringify(described).replace(
    /[<>&\u2028\u2029]/g,
    (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
  return `<script type="application/ld+json">${json}</script>`;
}

/** What a page with a Content-Security-Policy must allow for the snippet's inline import map: its SHA-256 hash. */
async function cspHint(importMap: string): Promise<void> {
  const hint = $('csp-hint');
  if (!importMap) {
    hint.textContent = '';
    return;
  }
  const text = importMap.slice(importMap.indexOf('>') + 1, importMap.lastIndexOf('<'));
  let hash = '';
  try {
    const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text)));
    hash = `'sha256-${btoa(String.fromCharCode(...digest))}'`;
  } catch {
    // No SubtleCrypto (a page opened over plain http from another computer): the hint says so.
  }
  if (snippet.value.includes(text)) {
    hint.textContent = hash
      ? `If your website sets a Content-Security-Policy, add ${hash} to its script-src, so Safari checks the other files too (other browsers check them anyway).`
      : 'If your website sets a Content-Security-Policy, Safari checks the other files only if script-src allows the import map’s hash.';
  }
}

async function copy(): Promise<void> {
  try {
    await navigator.clipboard.writeText(snippet.value);
    copyStatus.textContent = 'Copied. Paste it into your website.';
  } catch {
    snippet.focus();
    snippet.select();
    copyStatus.textContent = 'Your browser did not allow copying: the code is selected, press Ctrl+C (or ⌘+C).';
  }
}

function setUp(): void {
  $('version').textContent = data.version;
  showPhoneHint(orgName.value.trim());
  const files = $('file-list');
  files.replaceChildren(
    ...data.downloads.map((file) => {
      const item = document.createElement('li');
      const link = document.createElement('a');
      link.href = `files/${file}`;
      link.setAttribute('download', '');
      link.className = 'file';
      link.textContent = file;
      item.append(link);
      return item;
    }),
  );
  $('cdn-hint').textContent = data.onCdn
    ? `Both serve mmn-widgets ${data.version}.`
    : `jsDelivr and unpkg will work only once mmn-widgets ${data.version} is published. Until then, use your own website.`;

  for (const control of [language, theme, headingLevel, structuredData]) control.addEventListener('change', render);
  for (const box of widgetBoxes) box.addEventListener('change', render);
  for (const input of [orgName, phone, joinHref, facebookHref, folder]) input.addEventListener('input', render);
  // Show a completed address as it will be used, once the partner leaves the field.
  for (const input of [joinHref, facebookHref, folder]) {
    input.addEventListener('change', () => {
      if (input === folder && input.value.trim().startsWith('/')) return;
      const completed = completeAddress(input.value);
      if (completed !== input.value) {
        input.value = completed;
        render();
      }
    });
  }
  for (const input of document.querySelectorAll('input[name="host"], input[name="code"]'))
    input.addEventListener('change', render);
  for (const input of colours) {
    input.addEventListener('input', () => {
      picked.add(input.id);
      render();
    });
  }
  $('reset-colours').addEventListener('click', () => {
    picked.clear();
    render();
  });
  $('copy').addEventListener('click', () => void copy());
  render();
}

setUp();
