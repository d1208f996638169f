import type { ArgTypes, Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { CtaClickDetail, MmnCtaClickEvent } from '../src/shared/events.js';
import { attr, inContainer, widgetArgTypes, type WidgetArgs } from './shared.js';

interface BannerArgs extends WidgetArgs {
  phone?: string;
  'join-href'?: string;
  'facebook-href'?: string;
  'org-name'?: string;
  /** Filled in by Storybook from the manifest's `mmn-cta-click` event: logs its `detail` to the Actions panel. */
  onMmnCtaClick?: (detail: CtaClickDetail) => void;
}

type Story = StoryObj<BannerArgs>;

/** A partner's own details: its name, its number and its links (a partner's banner shows no number it was not given). */
const links = {
  'org-name': 'MMN Friends',
  phone: '+1 555-010-2000',
  'join-href': 'https://example.org/join',
  'facebook-href': 'https://www.facebook.com/example',
} satisfies BannerArgs;

/**
 * Logs the click's `detail` in the Actions panel and keeps the preview in
 * place, the way a single-page app routes a click itself: the event is
 * cancelable, and preventDefault() stops the link.
 */
const logAndStay = (args: BannerArgs) => (event: MmnCtaClickEvent) => {
  event.preventDefault();
  args.onMmnCtaClick?.(event.detail);
};

/** Text controls for the banner's own attributes; its property rows stay in the docs table only. */
const bannerArgTypes = {
  ...widgetArgTypes,
  phone: { control: 'text' },
  'join-href': { control: 'text' },
  'facebook-href': { control: 'text' },
  'org-name': { control: 'text' },
  joinHref: { control: false },
  facebookHref: { control: false },
  orgName: { control: false },
} satisfies Partial<ArgTypes>;

const meta = {
  title: 'Widgets/Contact banner',
  component: 'contact-banner',
  parameters: {
    docs: {
      description: {
        component:
          '`<contact-banner>`: "Talk to MyIgSource" (or the `org-name` you give), with a click-to-call phone number and optional "Join" and Facebook links (shown only for `https:`/`http:` URLs). MyIgSource\'s number shows only under MyIgSource\'s name: with your `org-name`, the banner shows only the `phone` and links you give, and its text says only what it offers. In Storybook, clicking a link logs `mmn-cta-click` in the Actions panel instead of leaving the page.',
      },
    },
  },
  argTypes: bannerArgTypes,
  render: (args) => html`
    <contact-banner
      heading-level=${ifDefined(args['heading-level'])}
      theme=${ifDefined(args.theme)}
      lang=${ifDefined(args.lang)}
      phone=${attr(args.phone)}
      join-href=${attr(args['join-href'])}
      facebook-href=${attr(args['facebook-href'])}
      org-name=${attr(args['org-name'])}
      @mmn-cta-click=${logAndStay(args)}
    ></contact-banner>
  `,
} satisfies Meta<BannerArgs>;

export default meta;

/** No attributes: the phone link only. */
export const Default: Story = {};

export const WithLinks: Story = { name: 'With join and Facebook links', args: { ...links } };
export const WithoutLinks: Story = { name: 'Without join and Facebook links', args: {} };
/** A partner's name and link, no phone: no phone number, and the text says "online". */
export const JoinOnly: Story = {
  name: 'Join link only',
  args: { 'org-name': links['org-name'], 'join-href': links['join-href'] },
};
/** A partner's name alone: heading and text, no link, and one console warning that it offers no way to get in touch. */
export const NameOnly: Story = {
  name: 'Partner name only (nothing to offer, warns)',
  args: { 'org-name': links['org-name'] },
};
export const CustomPhone: Story = {
  name: 'Custom phone',
  args: { 'org-name': links['org-name'], phone: '+44 20 7946 0958' },
};
export const CustomOrgName: Story = {
  name: 'Custom organisation name',
  args: { ...links, 'org-name': 'Neuropathy Friends of Lisbon' },
};

export const DarkTheme: Story = { name: 'Theme: dark', args: { theme: 'dark', ...links } };
export const AutoTheme: Story = { name: 'Theme: auto (follows the system)', args: { theme: 'auto', ...links } };

export const HeadingLevel1: Story = { name: 'Heading level 1', args: { 'heading-level': 1 } };
export const HeadingLevel4: Story = { name: 'Heading level 4', args: { 'heading-level': 4 } };

export const English: Story = { name: 'Language: English (en)', args: { lang: 'en', ...links } };
export const Spanish: Story = { name: 'Language: Spanish (es)', args: { lang: 'es', ...links } };
export const French: Story = { name: 'Language: French (fr)', args: { lang: 'fr', ...links } };
export const German: Story = { name: 'Language: German (de)', args: { lang: 'de', ...links } };
export const PortugueseBrazil: Story = {
  name: 'Language: Brazilian Portuguese (pt-BR)',
  args: { lang: 'pt-BR', ...links },
};
export const ChineseSimplified: Story = {
  name: 'Language: Simplified Chinese (zh-Hans)',
  args: { lang: 'zh-Hans', ...links },
};
export const Arabic: Story = { name: 'Language: Arabic (ar, right to left)', args: { lang: 'ar', ...links } };

export const NarrowContainer: Story = {
  name: 'Narrow container (280px)',
  args: { ...links },
  decorators: [inContainer(280)],
};
export const WideContainer: Story = {
  name: 'Wide container (1000px)',
  args: { ...links },
  decorators: [inContainer(1000)],
};

/**
 * Every value is refused with one `[mmn-widgets]` console warning: level 2, light theme,
 * English, the default phone and name, and no join or Facebook link.
 */
export const BadAttributeValues: Story = {
  name: 'Bad attribute values (safe fallback)',
  args: {
    'heading-level': 9,
    theme: 'neon',
    lang: 'tlh',
    phone: 'call me',
    'join-href': 'javascript:alert(1)',
    'facebook-href': 'data:text/html,<script>alert(1)</script>',
    'org-name': 'x'.repeat(81),
  },
};
