import { html, svg, type TemplateResult } from 'lit';
import type { DiagramCopy, DiagramPanel } from '../content/types.js';

/** Myelin pieces along each nerve: x, width and height, in viewBox units. */
type Piece = readonly [x: number, width: number, height: number];

const HEALTHY: readonly Piece[] = [
  [12, 60, 32],
  [80, 60, 32],
  [148, 60, 32],
  [216, 60, 32],
];

/** Whole, broken into two, missing, and thinned. */
const DAMAGED: readonly Piece[] = [
  [12, 60, 32],
  [80, 24, 26],
  [110, 22, 16],
  [216, 60, 12],
];

function panel(id: string, kind: 'healthy' | 'damaged', copy: DiagramPanel, pieces: readonly Piece[]): TemplateResult {
  return html`
    <div class="panel">
      <svg viewBox="0 0 288 56" role="img" aria-labelledby="${id}-title" aria-describedby="${id}-desc" focusable="false">
        <title id="${id}-title">${copy.label}</title>
        <desc id="${id}-desc">${copy.description}</desc>
        ${svg`
          <line class="nerve" x1="4" y1="28" x2="284" y2="28"></line>
          ${pieces.map(
            ([x, w, h]) => svg`<rect class=${kind} x=${x} y=${28 - h / 2} width=${w} height=${h} rx=${h / 2 - 2}></rect>`,
          )}
        `}
      </svg>
      <span class="key key-${kind}" aria-hidden="true">${copy.label}</span>
    </div>
  `;
}

/**
 * Two nerves, drawn inline (no image file): whole myelin, then broken and
 * missing myelin. Each drawing is an image with its own title and
 * description. Colour is never the only cue: the damaged pieces are also
 * broken, thin or gone. Side by side when there is room, stacked when not.
 */
export function nerveDiagram(copy: DiagramCopy): TemplateResult {
  return html`
    <figure class="diagram" part="diagram">
      <div class="panels">
        ${panel('healthy', 'healthy', copy.healthy, HEALTHY)} ${panel('damaged', 'damaged', copy.damaged, DAMAGED)}
      </div>
      <figcaption>${copy.caption}</figcaption>
    </figure>
  `;
}
