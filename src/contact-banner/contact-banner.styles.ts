import { css } from 'lit';

// `.actions` holds buttons, not running text: no reading measure (max-inline-size: none).
export const bannerStyles = css`
  .container {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 0.75em 2em;
  }
  .intro {
    flex: 1 1 16em;
  }
  .title {
    font-size: 1.3em;
    margin-block-end: 0.25em;
  }
  .intro p {
    margin: 0;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    list-style: none;
    margin: 0;
    padding: 0;
    max-inline-size: none;
  }
  .actions li + li {
    margin: 0;
  }
  .cta {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: 0.4em;
    /* 44px at least, the recommended touch target, whatever the font size. */
    min-block-size: max(2.75em, 44px);
    padding: 0.45em 1em;
    border: 2px solid var(--_accent);
    border-radius: var(--mmn-radius, 0.5em);
    color: var(--_accent);
    background: transparent;
    font-weight: 700;
    text-align: center;
    text-decoration: none;
  }
  .cta:hover {
    text-decoration: underline;
  }
  .call {
    background: var(--_accent);
    color: var(--_on-accent);
  }
  .phone {
    unicode-bidi: isolate;
    white-space: nowrap;
  }
  /* A 280px sidebar: every action takes the full width, easy to tap. */
  @container (max-width: 21.5em) {
    .actions,
    .actions li,
    .cta {
      inline-size: 100%;
    }
  }
  @media (forced-colors: active) {
    .cta {
      border-color: LinkText;
    }
  }
  @media print {
    .cta,
    .call {
      background: none;
      color: #000;
      border-color: #000;
    }
    .web::after {
      content: ' (' attr(href) ')';
      font-weight: 400;
    }
  }
`;
