import { css, type CSSResult } from 'lit';

/*
 * Public tokens are `--mmn-*` (documented on each element with
 * @cssproperty); the private `--_*` tokens read them with the theme's
 * default as fallback. A host colour therefore wins in every theme.
 */
const light = css`
  --_surface: var(--mmn-color-surface, #f5f8fa);
  --_text: var(--mmn-color-text, #17232e);
  --_muted: var(--mmn-color-text-muted, #394855);
  --_accent: var(--mmn-color-accent, #0a5570);
  --_on-accent: var(--mmn-color-on-accent, #ffffff);
  --_border: var(--mmn-color-border, #8a9bab);
  --_focus: var(--mmn-color-focus, #0b57d0);
  color-scheme: light;
`;

const dark = css`
  --_surface: var(--mmn-color-surface, #131c24);
  --_text: var(--mmn-color-text, #edf2f6);
  --_muted: var(--mmn-color-text-muted, #c3cfd9);
  --_accent: var(--mmn-color-accent, #8fd0ea);
  --_on-accent: var(--mmn-color-on-accent, #0b1a22);
  --_border: var(--mmn-color-border, #6b7d8c);
  --_focus: var(--mmn-color-focus, #9cc2ff);
  color-scheme: dark;
`;

/**
 * Private tokens for the light theme, and for the dark one (`theme="dark"`,
 * or `theme="auto"` on a system set to dark).
 */
export function themed(lightTokens: CSSResult, darkTokens: CSSResult): CSSResult {
  return css`
    .container {
      ${lightTokens}
    }
    .theme-dark {
      ${darkTokens}
    }
    @media (prefers-color-scheme: dark) {
      .theme-auto {
        ${darkTokens}
      }
    }
  `;
}

/** Shared by every widget: tokens, themes, type, focus and media adaptations. */
export const baseStyles = css`
  ${themed(light, dark)}
  /*
   * The host element is the page's to style (size, margins, display: none).
   * Everything the widget relies on is set on the inner container, which no
   * page rule can reach, so an aggressive reset or a '* { … !important }'
   * on the host cannot shrink, restyle or break the widget's content.
   */
  :host {
    display: block;
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
