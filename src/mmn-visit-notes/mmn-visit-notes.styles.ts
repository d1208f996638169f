import { css } from 'lit';

/*
 * Sized for weak hands: every tick box's whole label is its target, at least
 * 44 × 44 CSS px; buttons at least 48px high. Sizes in em with px floors, so
 * a host that shrinks rem cannot shrink the targets.
 */
export const notesStyles = css`
  .privacy {
    font-weight: 600;
  }
  fieldset {
    margin: 0 0 1em;
    padding: 0.5em 0.75em 0.75em;
    min-inline-size: 0;
    border: 1px solid var(--_border);
    border-radius: 0.4em;
  }
  legend {
    padding: 0 0.25em;
    font-size: 1.1em;
    font-weight: 700;
  }
  .tick {
    display: flex;
    align-items: center;
    gap: 0.6em;
    min-block-size: max(2.75em, 44px);
    padding: 0.25em 0.4em;
    border-radius: 0.3em;
    cursor: pointer;
  }
  .tick input {
    flex: none;
    inline-size: 1.4em;
    block-size: 1.4em;
    margin: 0;
    accent-color: var(--_accent);
    cursor: pointer;
  }
  .note,
  .hint {
    margin: 0 0 0.5em;
    color: var(--_muted);
  }
  .note {
    padding-inline-start: 2.4em;
  }
  .field {
    display: block;
    margin: 0.5em 0 0.25em;
    font-weight: 600;
  }
  textarea {
    display: block;
    inline-size: 100%;
    min-block-size: max(5em, 88px);
    padding: 0.5em;
    font: inherit;
    color: inherit;
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: 0.3em;
    resize: vertical;
  }
  /*
   * The buttons need the script: with JavaScript off (server rendering) they
   * are hidden, but keep their place, so hydration moves nothing.
   */
  .actions {
    display: flex;
    visibility: hidden;
    flex-wrap: wrap;
    gap: 0.75em;
    margin: 1em 0 0.5em;
  }
  :host(:defined) .actions {
    visibility: visible;
  }
  button {
    min-block-size: max(3em, 48px);
    min-inline-size: 44px;
    padding: 0.5em 1.25em;
    font: inherit;
    font-size: 1.1em;
    font-weight: 700;
    border: 2px solid var(--_accent);
    border-radius: 0.4em;
    cursor: pointer;
  }
  .print {
    background: var(--_accent);
    color: var(--_on-accent);
  }
  .copy {
    background: transparent;
    color: var(--_accent);
  }
  .tick:has(:focus-visible),
  textarea:focus-visible,
  button:focus-visible {
    outline: 0.2em solid var(--_focus);
    outline-offset: 0.15em;
  }
  .status:empty {
    display: none;
  }
  .status {
    margin: 0 0 0.5em;
    font-weight: 600;
  }
  .sheet {
    display: none;
  }
  @media (forced-colors: active) {
    fieldset,
    textarea,
    button {
      border-color: CanvasText;
    }
    .tick:has(:focus-visible),
    textarea:focus-visible,
    button:focus-visible {
      outline-color: Highlight;
    }
  }
  @media print {
    .actions,
    .status,
    .fallback {
      display: none !important;
    }
    fieldset,
    textarea {
      border-color: #000;
    }
    /* With notes to print, the sheet alone; without, the blank checklist prints as paper. */
    :host(:defined) .container:has(.sheet > *) > :not(.sheet) {
      display: none;
    }
    :host(:defined) .container:has(.sheet > *) {
      border: 0;
      padding: 0;
    }
    .sheet {
      display: block;
      font-size: 14pt;
      line-height: 1.4;
    }
    .sheet-title {
      font-size: 1.5em;
      font-weight: 700;
    }
    .sheet-group {
      margin: 0.9em 0 0.3em;
      font-weight: 700;
    }
    .sheet .note,
    .answer,
    .line {
      display: block;
      padding: 0;
    }
    .answer {
      margin-block-start: 0.2em;
      color: #000;
    }
    .line {
      block-size: 1.8em;
      border-block-end: 1px solid #000;
    }
    .typed {
      white-space: pre-wrap;
    }
    .sheet ul,
    .sheet ol,
    .sheet li {
      break-inside: avoid;
    }
  }
`;
