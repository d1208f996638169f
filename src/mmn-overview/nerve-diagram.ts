import { html, svg, type TemplateResult } from 'lit';
import type { DiagramCopy } from '../content/types.js';

/** Myelin pieces along the healthy nerve: x and width, in viewBox units. */
const HEALTHY = [
  [16, 60],
  [84, 60],
  [152, 60],
  [220, 60],
] as const;

/** Along the damaged nerve: whole, broken, missing and thinned pieces. */
const DAMAGED = [
  [356, 60, 24],
  [424, 22, 24],
  [452, 26, 16],
  [560, 60, 12],
] as const;

/**
 * Two nerves side by side, drawn inline (no image file): whole myelin on the
 * left, broken and missing myelin on the right. Colour is never the only cue:
 * the damaged pieces are also broken, thin or gone.
 */
export function nerveDiagram(copy: DiagramCopy): TemplateResult {
  return html`
    <figure class="diagram" part="diagram">
      <svg
        viewBox="0 0 640 72"
        role="img"
        aria-labelledby="diagram-title"
        aria-describedby="diagram-desc"
        focusable="false"
      >
        <title id="diagram-title">${copy.title}</title>
        <desc id="diagram-desc">${copy.description}</desc>
        ${svg`
          <line class="nerve" x1="4" y1="36" x2="292" y2="36"></line>
          <line class="nerve" x1="344" y1="36" x2="636" y2="36"></line>
          ${HEALTHY.map(([x, w]) => svg`<rect class="healthy" x=${x} y="20" width=${w} height="32" rx="14"></rect>`)}
          ${DAMAGED.map(
            ([x, w, h]) => svg`<rect class="damaged" x=${x} y=${36 - h / 2} width=${w} height=${h} rx=${h / 2 - 2}></rect>`,
          )}
        `}
      </svg>
      <figcaption class="legend">
        <span class="key key-healthy">${copy.healthy}</span>
        <span class="key key-damaged">${copy.damaged}</span>
      </figcaption>
    </figure>
  `;
}
