import { css } from 'lit';

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
  --_healthy: var(--mmn-color-healthy, #1f7a6d);
  --_damaged: var(--mmn-color-damaged, #b4480b);
  --_nerve: var(--mmn-color-nerve, #5d6b78);
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
  --_healthy: var(--mmn-color-healthy, #5cc9b5);
  --_damaged: var(--mmn-color-damaged, #f59a5b);
  --_nerve: var(--mmn-color-nerve, #9aa8b5);
  color-scheme: dark;
`;

/** Shared by every widget: tokens, themes, type, focus and media adaptations. */
export const baseStyles = css`
  :host {
    display: block;
    container-type: inline-size;
    /* em everywhere, with a floor: a host that shrinks rem cannot shrink us below 14px. */
    font-size: max(1em, 14px);
    font-family: var(--mmn-font-family, inherit);
    line-height: 1.5;
    text-align: start;
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
    ${light}
    background: var(--_surface);
    color: var(--_text);
    border: 1px solid var(--_border);
    border-radius: var(--mmn-radius, 0.5em);
    padding: var(--mmn-space, 1.25em);
    overflow-wrap: break-word;
  }
  .theme-dark {
    ${dark}
  }
  @media (prefers-color-scheme: dark) {
    .theme-auto {
      ${dark}
    }
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
  .meta {
    margin-block-start: 1.25em;
    padding-block-start: 0.75em;
    border-block-start: 1px solid var(--_border);
    color: var(--_muted);
    font-size: max(0.9em, 14px);
  }
  .meta p {
    margin: 0 0 0.35em;
  }
  .meta ul {
    margin: 0 0 0.35em;
  }
  .disclaimer {
    font-weight: 600;
  }
  .visually-hidden {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
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
