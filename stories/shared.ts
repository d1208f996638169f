import type { ArgTypes, Decorator } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { allLocales } from '../src/i18n/match.js';

/** The languages every widget speaks: lit-localize.json's list. */
export const LANGUAGES = allLocales;

/** Attributes every widget takes. Strings, not unions: the "bad values" stories pass invalid ones on purpose. */
export interface WidgetArgs {
  'heading-level'?: number | string;
  theme?: string;
  lang?: string;
}

/**
 * Controls for the shared attributes. Names, descriptions and defaults come
 * from custom-elements.json; this only picks the control. The manifest's
 * property rows (headingLevel, …) stay in the docs table without a control,
 * because the stories set attributes, as a host page does.
 */
export const widgetArgTypes = {
  'heading-level': { control: { type: 'select' }, options: [1, 2, 3, 4, 5, 6] },
  theme: { control: { type: 'inline-radio' }, options: ['light', 'dark', 'auto'] },
  lang: { control: { type: 'select' }, options: [...LANGUAGES] },
  headingLevel: { control: false },
} satisfies Partial<ArgTypes>;

/** An attribute value, or no attribute at all when the arg is unset or empty. */
export function attr(value: string | number | undefined): string | number | typeof nothing {
  return value === undefined || value === '' ? nothing : value;
}

/** Puts the story in a box of a fixed width: the widgets lay out by their own width (container queries). */
export function inContainer<TArgs>(width: number): Decorator<TArgs> {
  return (story) => html`<div style="inline-size: ${width}px; outline: 1px dashed #8a9bab">${story()}</div>`;
}
