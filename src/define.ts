/**
 * Registers every widget under its default tag. This is the script-tag
 * bundle's entry. Loading it twice, or beside another copy, throws nothing:
 * the first copy keeps the tags and one warning names the clash.
 */
import { ContactBanner } from './contact-banner/contact-banner.js';
import { MmnOverview } from './mmn-overview/mmn-overview.js';
import { MmnVsAls } from './mmn-vs-als/mmn-vs-als.js';
import { defineElements } from './shared/define.js';

defineElements({
  'mmn-overview': MmnOverview,
  'mmn-vs-als': MmnVsAls,
  'contact-banner': ContactBanner,
});

declare global {
  interface HTMLElementTagNameMap {
    'mmn-overview': MmnOverview;
    'mmn-vs-als': MmnVsAls;
    'contact-banner': ContactBanner;
  }
}

export { MmnOverview, MmnVsAls, ContactBanner };
