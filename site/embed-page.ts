/**
 * The script of an embed page (`embed/<widget>/<lang>.html`), inlined into
 * each page by scripts/build-site.js together with every widget and this
 * page's one language, so the page makes no request at all: it works in a
 * frame sandboxed without `allow-same-origin` (an opaque origin, where module
 * requests to its own host fail on a host that sends no CORS headers) and
 * under the page's strict CSP (script-src: only this script's hash).
 *
 * 1. Reads the widget's attributes from the query string and sets each on a
 *    fresh element in place of the pre-rendered one (the declarative shadow
 *    DOM that shows with scripts off), before the widgets are defined: the
 *    element checks every value exactly as on any page (safe-link.ts and
 *    each widget's own checks), and a refused value falls back to its default.
 *    The page's title becomes the rendered heading.
 *    `embed/contact-banner/partner/<lang>.html` has no pre-rendered banner,
 *    only the bare element (see embed-address.ts): it is replaced the same way.
 * 2. Posts the page's height to the parent whenever it changes:
 *    `{ type: 'mmn-widgets:height', height }`, in CSS pixels; nothing else.
 * 3. Sends the calls to action out of the frame: web links open a new tab
 *    (the page's `<base target="_blank">`), a phone link goes to the top
 *    page, which hands `tel:` to the phone. `mmn-cta-click` still fires here.
 */
import { WIDGETS, type WidgetTag } from '../src/widgets.js';

const HEIGHT = 'mmn-widgets:height';
const MEASURE = 'mmn-widgets:measure';
/** Longer values are not attributes anyone means: ignored. */
const MAX_VALUE = 2000;

function setUp(): void {
  const old = document.querySelector('main')?.firstElementChild;
  if (!old) return;
  const tag = old.localName as WidgetTag;
  const widget = WIDGETS[tag];
  if (!widget) return;
  const query = new URLSearchParams(location.search);
  void widget.observedAttributes; // reading it makes Lit finalize the class, which fills elementProperties
  const allowed = new Set<string>();
  for (const [property, options] of widget.elementProperties) {
    if (options.attribute === false || typeof property !== 'string') continue;
    allowed.add(typeof options.attribute === 'string' ? options.attribute : property.toLowerCase());
  }
  const fresh = document.createElement(tag);
  for (const { name, value } of old.attributes) fresh.setAttribute(name, value);
  for (const name of allowed) {
    const value = query.get(name);
    if (value !== null && value.length <= MAX_VALUE) fresh.setAttribute(name, value);
  }
  // In the same task as the widgets' definition, before any paint: the
  // pre-rendered copy is never seen to change, only restyled when asked.
  old.replaceWith(fresh);
  // The page's title is the pre-rendered heading (MyIgSource's, for the
  // banner), or the tag where nothing is pre-rendered: once the element
  // renders, its own heading, which names the organisation it shows.
  void customElements.whenDefined(tag).then(() => {
    const root = fresh.shadowRoot;
    if (!root) return;
    const retitle = () => {
      const heading = root.querySelector('h1, h2, h3, h4, h5, h6')?.textContent?.replace(/\s+/g, ' ').trim();
      if (heading && heading !== document.title) document.title = heading;
    };
    new MutationObserver(retitle).observe(root, { childList: true, subtree: true, characterData: true });
    retitle();
  });
}

function postHeights(): void {
  if (window.parent === window) return;
  let last = -1;
  const post = (force = false) => {
    const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (height === last && !force) return;
    last = height;
    // Any host may frame these pages, so any origin may read the height: it is all the message holds.
    window.parent.postMessage({ type: HEIGHT, height }, '*');
  };
  new ResizeObserver(() => post()).observe(document.body);
  // embed.js asks again when it starts later than this page.
  addEventListener('message', (event) => {
    if (event.source === window.parent && (event.data as { type?: unknown } | null)?.type === MEASURE) post(true);
  });
}

/** A phone link leaves the frame for the top page: a new empty tab would be of no use to a caller. */
function phoneLinksToTop(): void {
  document.addEventListener(
    'click',
    (event) => {
      const link = event.composedPath().find((node): node is HTMLAnchorElement => node instanceof HTMLAnchorElement);
      if (link && link.protocol === 'tel:') link.target = '_top';
    },
    true,
  );
}

setUp();
postHeights();
phoneLinksToTop();
