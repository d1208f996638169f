import { css } from 'lit';

/*
 * Public tokens are `--mmn-*` (documented on each element with
 * @cssproperty); each private `--_*` token reads its public one, else the
 * theme's default. `light-dark(light, dark)` picks the default by the
 * container's color-scheme, which the theme sets: light, dark, or both for
 * `auto` (then the reader's system decides). A host colour wins in every theme.
 */
const themes = css`
  .container {
    color-scheme: light;
    --_surface: var(--mmn-color-surface, light-dark(#f5f8fa, #131c24));
    --_text: var(--mmn-color-text, light-dark(#17232e, #edf2f6));
    --_muted: var(--mmn-color-text-muted, light-dark(#394855, #c3cfd9));
    --_accent: var(--mmn-color-accent, light-dark(#0a5570, #8fd0ea));
    --_on-accent: var(--mmn-color-on-accent, light-dark(#ffffff, #0b1a22));
    --_border: var(--mmn-color-border, light-dark(#8a9bab, #6b7d8c));
    --_focus: var(--mmn-color-focus, light-dark(#0b57d0, #9cc2ff));
  }
  .theme-dark {
    color-scheme: dark;
  }
  .theme-auto {
    color-scheme: light dark;
  }
`;

/**
 * Shared by every widget: tokens, themes, type, focus and media adaptations.
 *
 * Layout defaults for a page that sets nothing (comments here, not in the
 * CSS, which npm users' bundles keep as written):
 * - `:host` leaves `--mmn-gap` (1.5em) below each widget, so stacked widgets
 *   do not touch; any margin the page sets on the element wins.
 * - Paragraphs and lists stop at `--mmn-measure` (60ch): 60 widths of "0" are
 *   about 70-78 letters and spaces of running text, by font, a readable line
 *   in a wide column. Tables and the diagram still use the full width.
 */
export const baseStyles = css`
  ${themes}
  /*
   * The host element is the page's to style (size, margins, display: none).
   * Everything the widget relies on is set on the inner container, which no
   * page rule can reach, so an aggressive reset or a '* { … !important }'
   * on the host cannot shrink, restyle or break the widget's content.
   */
  :host {
    display: block;
    margin-block-end: var(--mmn-gap, 1.5em);
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  .container {
    /* The widget lays itself out by its own width. */
    container-type: inline-size;
    /* em everywhere, with a floor: a host that shrinks rem cannot shrink us below 14px. */
    font-size: max(1em, 14px);
    font-family: var(--mmn-font-family, inherit);
    /* Inherited text properties, reset to readable values whatever the host set. */
    font-style: normal;
    font-weight: 400;
    font-variant: normal;
    line-height: 1.5;
    letter-spacing: normal;
    word-spacing: normal;
    text-align: start;
    text-indent: 0;
    text-transform: none;
    text-shadow: none;
    white-space: normal;
    writing-mode: horizontal-tb;
    cursor: auto;
    background: var(--_surface);
    color: var(--_text);
    border: 1px solid var(--_border);
    border-radius: var(--mmn-radius, 0.5em);
    padding: var(--mmn-space, 1.25em);
    overflow-wrap: break-word;
  }
  h1,
  h2,
  h3,
  h4,
  h5,
  h6 {
    margin: 0 0 0.5em;
    line-height: 1.25;
    font-weight: 700;
    color: var(--_text);
  }
  .title {
    font-size: 1.5em;
  }
  .subtitle {
    font-size: 1.2em;
    margin-block-start: 1.25em;
  }
  p,
  ul {
    margin: 0 0 0.75em;
    max-inline-size: var(--mmn-measure, 60ch);
  }
  ul {
    padding-inline-start: 1.25em;
  }
  li + li {
    margin-block-start: 0.25em;
  }
  a {
    color: var(--_accent);
    text-underline-offset: 0.15em;
  }
  a:focus-visible {
    outline: 0.2em solid var(--_focus);
    outline-offset: 0.15em;
    border-radius: 0.15em;
  }
  @media (prefers-reduced-motion: no-preference) {
    a {
      transition: background-color 0.15s ease, color 0.15s ease;
    }
  }
  @media (forced-colors: active) {
    .container {
      border-color: CanvasText;
    }
    a:focus-visible {
      outline-color: Highlight;
    }
  }
  @media print {
    .container {
      background: none;
      color: #000;
      border-color: #000;
      box-shadow: none;
    }
    a {
      color: #000;
    }
  }
`;
