import { css } from 'lit';
/** The diagram's colours; shapes, not only colours, tell them apart. Themes as in shared/styles.ts. */
const diagramTokens = css`
  .container {
    --_healthy: var(--mmn-color-healthy, light-dark(#1f7a6d, #5cc9b5));
    --_damaged: var(--mmn-color-damaged, light-dark(#b4480b, #f59a5b));
    --_nerve: var(--mmn-color-nerve, light-dark(#5d6b78, #9aa8b5));
  }
`;

export const overviewStyles = css`
  ${diagramTokens}
  .key-points {
    margin-block: 0.75em 1em;
    padding: 0.25em 1em 0.5em;
    border-inline-start: 0.3em solid var(--_healthy);
    background: color-mix(in srgb, var(--_healthy) 8%, transparent);
  }
  .key-points ul {
    margin-block: 0.25em 0;
  }
  .diagram {
    margin: 1em 0 1.25em;
  }
  .panels {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(12em, 1fr));
    gap: 0.75em 1.5em;
    max-inline-size: 44em;
  }
  .panel svg {
    display: block;
    inline-size: 100%;
    block-size: auto;
    aspect-ratio: 288 / 56;
  }
  .nerve {
    stroke: var(--_nerve);
    stroke-width: 6;
    stroke-linecap: round;
  }
  .healthy {
    fill: var(--_healthy);
  }
  .damaged {
    fill: var(--_damaged);
  }
  .key {
    display: block;
    margin-block-start: 0.25em;
    text-align: center;
    font-weight: 600;
  }
  .key::before {
    content: '';
    display: inline-block;
    inline-size: 0.75em;
    block-size: 0.75em;
    margin-inline-end: 0.4em;
    border-radius: 50%;
    vertical-align: -0.05em;
  }
  .key-healthy::before {
    background: var(--_healthy);
  }
  .key-damaged::before {
    background: var(--_damaged);
  }
  figcaption {
    margin-block-start: 0.5em;
    color: var(--_muted);
    font-size: max(0.9em, 14px);
  }
  .closing {
    font-weight: 600;
  }
  @container (min-width: 37.5em) {
    .sections {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(14em, 1fr));
      column-gap: 2em;
    }
    .wide {
      grid-column: 1 / -1;
    }
  }
  @media (forced-colors: active) {
    .nerve {
      stroke: GrayText;
    }
    .healthy {
      fill: CanvasText;
    }
    .damaged {
      fill: Canvas;
      stroke: CanvasText;
      stroke-width: 3;
    }
    .key::before {
      forced-color-adjust: none;
      background: CanvasText;
      border: 2px solid CanvasText;
    }
    .key-damaged::before {
      background: Canvas;
    }
  }
  @media print {
    .healthy {
      fill: #000;
    }
    .damaged {
      fill: #fff;
      stroke: #000;
      stroke-width: 3;
    }
  }
`;
