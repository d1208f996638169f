/**
 * Types for using the elements directly in React 19 JSX (React 19 passes
 * props to custom elements and listens to their events). Load them once:
 *
 * ```ts
 * import type {} from 'mmn-widgets/jsx';
 * ```
 *
 * Then each widget's tag is typed with its attributes and `on<event>` handlers, e.g. `<mmn-vs-als heading-level={3} />`.
 */
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { CommonAttributes, WidgetAttributeMap } from './shared/attributes.js';
import type { WidgetTag, WidgetTagMap } from './widgets.js';

export type { CommonAttributes };

/** The attributes every widget takes, with React's own props for an element of type `T`. */
export interface MmnWidgetAttributes<T> extends DetailedHTMLProps<HTMLAttributes<T>, T>, CommonAttributes {}

/** The JSX props of the widget `Tag`: the common attributes and its own. */
export type WidgetJsxProps<Tag extends WidgetTag> = MmnWidgetAttributes<WidgetTagMap[Tag]> &
  (Tag extends keyof WidgetAttributeMap ? WidgetAttributeMap[Tag] : unknown);

type WidgetElements = { [Tag in WidgetTag]: WidgetJsxProps<Tag> };

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace JSX {
    // eslint-disable-next-line @typescript-eslint/no-empty-object-type
    interface IntrinsicElements extends WidgetElements {}
  }
}
