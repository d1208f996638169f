import type { HeadingLevel, Theme } from './mmn-element.js';

/** The attributes every widget takes, as written in HTML or JSX. */
export interface CommonAttributes {
  'heading-level'?: HeadingLevel | `${HeadingLevel}`;
  theme?: Theme;
  lang?: string;
}

/**
 * The attributes (and `on<event>` handlers) a widget takes beyond the common
 * ones, by tag. Each widget that has some adds its own entry from its own
 * folder, by declaration merging:
 *
 * ```ts
 * declare module '../shared/attributes.js' {
 *   interface WidgetAttributeMap { 'my-widget': { 'my-attribute'?: string } }
 * }
 * ```
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface WidgetAttributeMap {}
