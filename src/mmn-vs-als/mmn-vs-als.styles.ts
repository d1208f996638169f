import { css } from 'lit';

export const vsAlsStyles = css`
  table {
    inline-size: 100%;
    border-collapse: collapse;
    margin: 0.5em 0 1em;
  }
  caption {
    text-align: start;
    font-weight: 700;
    padding-block-end: 0.5em;
  }
  th,
  td {
    text-align: start;
    vertical-align: top;
    padding: 0.6em 0.75em;
    border: 1px solid var(--_border);
  }
  thead th {
    background: color-mix(in srgb, var(--_accent) 14%, var(--_surface));
  }
  tbody th {
    font-weight: 600;
  }
  .cell-label {
    display: none;
  }
  /* Narrow containers: each row becomes a card with its own labels. */
  @container (max-width: 29.5em) {
    table,
    caption,
    tbody,
    tr,
    th,
    td {
      display: block;
    }
    thead {
      position: absolute;
      inline-size: 1px;
      block-size: 1px;
      overflow: hidden;
      clip-path: inset(50%);
    }
    tr {
      border: 1px solid var(--_border);
      border-radius: 0.4em;
      margin-block-end: 0.75em;
      overflow: hidden;
    }
    th,
    td {
      border: 0;
    }
    tbody th {
      background: color-mix(in srgb, var(--_accent) 14%, var(--_surface));
    }
    td + td {
      border-block-start: 1px solid var(--_border);
    }
    .cell-label {
      display: inline;
      font-weight: 700;
    }
  }
  @media (forced-colors: active) {
    th,
    td,
    tr {
      border-color: CanvasText;
    }
  }
  @media print {
    thead th,
    tbody th {
      background: none;
    }
  }
`;
