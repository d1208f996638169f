/**
 * `embed/index.html?widget=mmn-overview&lang=es&theme=dark`: the address with
 * every choice in its query string. It sends the frame on to the pre-rendered
 * page of that widget in that language (`embed/mmn-overview/es.html`), with
 * the rest of the query, at once and without a request of its own. An
 * unknown widget or language falls back to the default (the overview,
 * English), as a refused attribute does. A banner with a partner's own
 * details goes to its page without MyIgSource's (embed-address.ts).
 */
import { matchLocale } from '../src/i18n/match.js';
import { embedPath } from './embed-address.js';

/** The registry's tags (src/widgets.ts), written in by build-site.js: the widgets themselves are not needed here. */
declare const WIDGET_LIST: readonly string[];
/** The banner's default organisation (src/contact-banner/contact-banner.ts), written in by build-site.js. */
declare const DEFAULT_ORG: string;

const query = new URLSearchParams(location.search);
const asked = query.get('widget') ?? '';
const widget = WIDGET_LIST.includes(asked) ? asked : WIDGET_LIST[0];
const lang = matchLocale(query.get('lang') ?? '') ?? 'en';
query.delete('widget');
query.delete('lang');
const rest = query.toString();
location.replace(`./${embedPath(widget, lang, query, DEFAULT_ORG)}${rest ? `?${rest}` : ''}`);
