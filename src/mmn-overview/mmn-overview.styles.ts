import { css } from 'lit';

export const overviewStyles = css`
  .diagram {
    margin: 1em 0 1.25em;
  }
  .diagram svg {
    display: block;
    inline-size: 100%;
    max-inline-size: 40em;
    block-size: auto;
    aspect-ratio: 640 / 72;
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
  .legend {
    display: grid;
    grid-template-columns: repeat(2, minmax(0, 1fr));
    gap: 0.5em;
    max-inline-size: 40em;
    margin-block-start: 0.5em;
    color: var(--_muted);
  }
  .key::before {
    content: '';
    display: inline-block;
    inline-size: 1.5em;
    block-size: 0.75em;
    margin-inline-end: 0.4em;
    border-radius: 0.375em;
    vertical-align: -0.05em;
  }
  .key-healthy::before {
    background: var(--_healthy);
  }
  .key-damaged::before {
    background: var(--_damaged);
    inline-size: 0.75em;
  }
  .closing {
    font-weight: 600;
  }
  @container (min-width: 40em) {
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
