import type { BannerContent } from './types.js';

export const banner: BannerContent = {
  heading: 'Talk to us',
  text: (org) => `Questions about MMN? Reach ${org} by phone or online.`,
  call: 'Call',
  join: (org) => `Join ${org}`,
  facebook: (org) => `${org} on Facebook`,
  links: 'Ways to reach us',
};
