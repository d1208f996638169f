import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { NotesEventDetail } from '../src/mmn-visit-notes/events.js';
import { inContainer, widgetArgTypes, type WidgetArgs } from './shared.js';

interface NotesArgs extends WidgetArgs {
  /** Filled in by Storybook from the manifest's events: log their `detail` (the widget's name only) to the Actions panel. */
  onMmnNotesPrint?: (detail: NotesEventDetail) => void;
  onMmnNotesCopy?: (detail: NotesEventDetail) => void;
}

type Story = StoryObj<NotesArgs>;

const meta = {
  title: 'Widgets/MMN visit notes',
  component: 'mmn-visit-notes',
  parameters: {
    docs: {
      description: {
        component:
          '`<mmn-visit-notes>`: a short checklist a reader fills in and takes to the doctor. "Print my notes" prints only what was ticked and typed (try it: the story page is the host page, and it is left out of print); "Copy as text" puts the same notes on the clipboard. Nothing is stored or sent. Its events, `mmn-notes-print` and `mmn-notes-copy`, show in the Actions panel and never carry the answers. Unset attributes are not written, so each story shows the defaults a host page gets.',
      },
    },
  },
  argTypes: widgetArgTypes,
  render: (args) => html`
    <mmn-visit-notes
      heading-level=${ifDefined(args['heading-level'])}
      theme=${ifDefined(args.theme)}
      lang=${ifDefined(args.lang)}
      @mmn-notes-print=${(event: CustomEvent<NotesEventDetail>) => args.onMmnNotesPrint?.(event.detail)}
      @mmn-notes-copy=${(event: CustomEvent<NotesEventDetail>) => args.onMmnNotesCopy?.(event.detail)}
    ></mmn-visit-notes>
  `,
} satisfies Meta<NotesArgs>;

export default meta;

export const Default: Story = {};

export const DarkTheme: Story = { name: 'Theme: dark', args: { theme: 'dark' } };
export const AutoTheme: Story = { name: 'Theme: auto (follows the system)', args: { theme: 'auto' } };

export const HeadingLevel1: Story = { name: 'Heading level 1', args: { 'heading-level': 1 } };
export const HeadingLevel4: Story = { name: 'Heading level 4', args: { 'heading-level': 4 } };

export const English: Story = { name: 'Language: English (en)', args: { lang: 'en' } };
export const Spanish: Story = { name: 'Language: Spanish (es)', args: { lang: 'es' } };
export const French: Story = { name: 'Language: French (fr)', args: { lang: 'fr' } };
export const German: Story = { name: 'Language: German (de)', args: { lang: 'de' } };
export const PortugueseBrazil: Story = { name: 'Language: Brazilian Portuguese (pt-BR)', args: { lang: 'pt-BR' } };
export const ChineseSimplified: Story = { name: 'Language: Simplified Chinese (zh-Hans)', args: { lang: 'zh-Hans' } };
export const Arabic: Story = { name: 'Language: Arabic (ar, right to left)', args: { lang: 'ar' } };

export const NarrowContainer: Story = { name: 'Narrow container, a phone (280px)', decorators: [inContainer(280)] };
export const WideContainer: Story = { name: 'Wide container (1000px)', decorators: [inContainer(1000)] };

/** Each value is refused with one `[mmn-widgets]` console warning; the widget renders with the defaults (level 2, light, English). */
export const BadAttributeValues: Story = {
  name: 'Bad attribute values (safe fallback)',
  args: { 'heading-level': 9, theme: 'neon', lang: 'tlh' },
};
