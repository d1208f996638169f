import type { Msg } from '../i18n/translator.js';
import { perLocale } from '../i18n/translator.js';
import type { BannerContent } from './types.js';

export const banner = perLocale((msg: Msg): BannerContent => ({
  heading: msg('Talk to {org}', {
    id: 'banner.heading',
    desc: '{org} is the name of the organisation the reader would phone or join: MyIgSource, or a partner clinic. An invitation to get in touch.',
  }),
  // The text says only what the banner offers (issue 18): a partner may
  // give a phone number, web links, both, or neither.
  text: {
    phone: msg('Questions about MMN? Call {org}.', {
      id: 'banner.text.phone',
      desc: 'Shown when the banner offers a phone number and no web link. {org} is the name of the organisation.',
    }),
    online: msg('Questions about MMN? Reach {org} online.', {
      id: 'banner.text.online',
      desc: 'Shown when the banner offers web links (a join page, Facebook) and no phone number.',
    }),
    both: msg('Questions about MMN? Reach {org} by phone or online.', {
      id: 'banner.text.both',
      desc: 'Shown when the banner offers a phone number and at least one web link.',
    }),
    none: msg('Questions about MMN? Ask {org}.', {
      id: 'banner.text.none',
      desc: 'Shown when the banner was given no phone number and no link: name no way of getting in touch.',
    }),
  },
  call: msg('Call', { id: 'banner.call', desc: 'Shown before the phone number on the call button.' }),
  join: msg('Join {org}', { id: 'banner.join', desc: '{org} is the name of the organisation.' }),
  facebook: msg('{org} on Facebook', { id: 'banner.facebook' }),
  links: msg('Ways to reach us', {
    id: 'banner.links',
    desc: 'Read by screen readers only: the name of the list of links.',
  }),
}));
