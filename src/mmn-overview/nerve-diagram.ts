import { html, svg, type TemplateResult } from 'lit';
import type { DiagramCopy, DiagramPanel } from '../content/types.js';

type Kind = 'healthy' | 'damaged';

/** Myelin pieces along each nerve: x, width, height (viewBox units), and whether the piece is healthy. */
type Piece = readonly [x: number, width: number, height: number, kind: Kind];

const HEALTHY: readonly Piece[] = [
  [12, 60, 32, 'healthy'],
  [80, 60, 32, 'healthy'],
  [148, 60, 32, 'healthy'],
  [216, 60, 32, 'healthy'],
];

/**
 * One piece still whole (so drawn as healthy, as its description says), one
 * broken into two, one missing, and one thinned.
 */
const DAMAGED: readonly Piece[] = [
  [12, 60, 32, 'healthy'],
  [80, 24, 26, 'damaged'],
  [110, 22, 16, 'damaged'],
  [216, 60, 12, 'damaged'],
];

function panel(kind: Kind, copy: DiagramPanel, pieces: readonly Piece[]): TemplateResult {
  // The drawing's title is its visible label, and its description a <desc>.
  // (A binding inside an SVG <title> cannot be rendered on the server, so the
  // label, which every reader sees, names the image instead.) Whole-value
  // bindings only, so the server renderer can follow them.
  const title = `${kind}-title`;
  const desc = `${kind}-desc`;
  return html`
    <div class="panel">
      <svg viewBox="0 0 288 56" role="img" aria-labelledby=${title} aria-describedby=${desc} focusable="false">
        <desc id=${desc}>${copy.description}</desc>
        ${svg`
          <line class="nerve" x1="4" y1="28" x2="284" y2="28"></line>
          ${pieces.map(
            ([x, w, h, piece]) =>
              svg`<rect class=${piece} x=${x} y=${28 - h / 2} width=${w} height=${h} rx=${h / 2 - 2}></rect>`,
          )}
        `}
      </svg>
      <span id=${title} class=${`key key-${kind}`}>${copy.label}</span>
    </div>
  `;
}

/**
 * Two nerves, drawn inline (no image file): whole myelin, then broken and
 * missing myelin. Each drawing is an image titled by its visible label, with
 * its own description. Colour is never the only cue: the damaged pieces are also
 * broken, thin or gone. Side by side when there is room, stacked when not.
 */
export function nerveDiagram(copy: DiagramCopy): TemplateResult {
  return html`
    <figure class="diagram" part="diagram">
      <div class="panels">
        ${panel('healthy', copy.healthy, HEALTHY)} ${panel('damaged', copy.damaged, DAMAGED)}
      </div>
      <figcaption>${copy.caption}</figcaption>
    </figure>
  `;
}
