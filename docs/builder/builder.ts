/**
 * The embed-code builder: plain form controls drive a live preview of the
 * real widget and the snippet a partner pastes into their page. Every node
 * is made with the DOM API, and every value the partner types is escaped
 * before it goes into the snippet.
 */
import { toPhoneNumber, toWebUrl } from '../../src/shared/safe-link.js';

interface BuilderData {
  version: string;
  integrity: string;
  urls: Record<'jsdelivr' | 'unpkg', string>;
  lastReviewed: Record<string, string>;
  defaults: Record<'light' | 'dark', Record<string, string>>;
}

const data = JSON.parse(document.getElementById('builder-data')!.textContent!) as BuilderData;
const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

const widget = $<HTMLSelectElement>('widget');
const language = $<HTMLSelectElement>('language');
const theme = $<HTMLSelectElement>('theme');
const headingLevel = $<HTMLSelectElement>('heading-level');
const phone = $<HTMLInputElement>('phone');
const joinHref = $<HTMLInputElement>('join-href');
const facebookHref = $<HTMLInputElement>('facebook-href');
const bannerOptions = $<HTMLFieldSetElement>('banner-options');
const colours = [...document.querySelectorAll<HTMLInputElement>('input[type="color"]')];
const preview = $<HTMLDivElement>('preview');
const snippet = $<HTMLTextAreaElement>('snippet');
const copyStatus = $<HTMLParagraphElement>('copy-status');

/** Colours the partner picked; the others follow the theme's defaults. */
const picked = new Set<string>();

/** Room to keep free before the script runs, so the page does not jump (see README). */
const RESERVE: Record<string, [wide: string, narrow: string]> = {
  'mmn-overview': ['64em', '124em'],
  'mmn-vs-als': ['47em', '96em'],
  'contact-banner': ['8em', '18em'],
};

const escapeHtml = (value: string) =>
  value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Shows or hides an input's error, and says whether its value can be used. */
function check(input: HTMLInputElement, valid: boolean): boolean {
  const error = document.getElementById(`${input.id}-error`)!;
  error.hidden = valid;
  input.setAttribute('aria-invalid', String(!valid));
  return valid;
}

/** The attributes the partner chose, in snippet order, values as typed. */
function attributes(): [string, string][] {
  const chosen: [string, string][] = [];
  if (headingLevel.value !== '2') chosen.push(['heading-level', headingLevel.value]);
  if (theme.value !== 'light') chosen.push(['theme', theme.value]);
  if (language.value) chosen.push(['lang', language.value]);
  if (widget.value === 'contact-banner') {
    const number = phone.value.trim();
    if (check(phone, !number || !!toPhoneNumber(number)) && number && number !== '855-250-5111') chosen.push(['phone', number]);
    for (const input of [joinHref, facebookHref]) {
      const value = input.value.trim();
      // Only full https:/http: addresses: a relative one would point at the partner's own page by accident.
      const valid = !value || (/^https?:\/\//i.test(value) && !!toWebUrl(value));
      if (check(input, valid) && value) chosen.push([input.id, value]);
    }
  } else {
    for (const input of [phone, joinHref, facebookHref]) check(input, true);
  }
  return chosen;
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

function render(): void {
  const tag = widget.value;
  const chosen = attributes();
  const rules = colourRules();
  bannerOptions.disabled = tag !== 'contact-banner';

  // Unpicked colour inputs show the theme's default.
  for (const input of colours) if (!picked.has(input.id)) input.value = themeDefaults()[input.dataset.property!];

  // The preview: the real widget, built with the DOM API.
  const element = document.createElement(tag);
  for (const [name, value] of chosen) element.setAttribute(name, value);
  for (const [property, value] of rules) element.style.setProperty(property, value);
  preview.replaceChildren(element);

  // The snippet.
  const cdn = (document.querySelector<HTMLInputElement>('input[name="cdn"]:checked')!.value as 'jsdelivr' | 'unpkg');
  const [wide, narrow] = RESERVE[tag];
  const css = [
    `  ${tag}:not(:defined) { display: block; visibility: hidden; min-height: ${wide}; }`,
    `  @media (max-width: 40em) { ${tag}:not(:defined) { min-height: ${narrow}; } }`,
    ...(rules.length ? [`  ${tag} {`, ...rules.map(([property, value]) => `    ${property}: ${value};`), '  }'] : []),
  ];
  const reviewed = data.lastReviewed[tag];
  snippet.value = [
    `<!-- mmn-widgets ${data.version}${reviewed ? `, content last reviewed ${reviewed}` : ''} -->`,
    '<style>',
    ...css,
    '</style>',
    `<script type="module" src="${data.urls[cdn]}" integrity="${data.integrity}" crossorigin="anonymous"></script>`,
    `<${tag}${chosen.map(([name, value]) => ` ${name}="${escapeHtml(value)}"`).join('')}></${tag}>`,
    '',
  ].join('\n');

  const ratio = contrastRatio($<HTMLInputElement>('color-text').value, $<HTMLInputElement>('color-surface').value);
  $('contrast').textContent =
    ratio < 4.5
      ? `Text may be hard to read: its contrast with the background is ${ratio.toFixed(1)}:1. Aim for 4.5:1 or more.`
      : `Text contrast: ${ratio.toFixed(1)}:1.`;
  $('about').textContent = `Version ${data.version}.${reviewed ? ` The medical content was last reviewed on ${reviewed}.` : ''} The integrity hash makes the browser refuse the script if the CDN ever serves anything else.`;
  copyStatus.textContent = '';
}

async function copy(): Promise<void> {
  try {
    await navigator.clipboard.writeText(snippet.value);
    copyStatus.textContent = 'Copied. Paste it into your page.';
  } catch {
    snippet.focus();
    snippet.select();
    copyStatus.textContent = 'Your browser did not allow copying: the code is selected, press Ctrl+C (or ⌘+C).';
  }
}

for (const control of [widget, language, theme, headingLevel]) control.addEventListener('change', render);
for (const input of [phone, joinHref, facebookHref]) input.addEventListener('input', render);
for (const input of document.querySelectorAll('input[name="cdn"]')) input.addEventListener('change', render);
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
