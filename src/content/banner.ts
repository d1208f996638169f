import type { Msg } from '../i18n/translator.js';
import { perLocale } from '../i18n/translator.js';
import type { BannerContent } from './types.js';

export const banner = perLocale(
  (msg: Msg): BannerContent => ({
    heading: msg('Talk to {org}', {
      id: 'banner.heading',
      desc: '{org} is the name of the organisation the reader would phone or join: MyIgSource, or a partner clinic. An invitation to get in touch.',
    }),
    text: msg('Questions about MMN? Reach {org} by phone or online.', { id: 'banner.text' }),
    call: msg('Call', { id: 'banner.call', desc: 'Shown before the phone number on the call button.' }),
    join: msg('Join {org}', { id: 'banner.join', desc: '{org} is the name of the organisation.' }),
    facebook: msg('{org} on Facebook', { id: 'banner.facebook' }),
    links: msg('Ways to reach us', { id: 'banner.links', desc: 'Read by screen readers only: the name of the list of links.' }),
  }),
);
