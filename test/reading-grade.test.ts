import { expect, html } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../src/define.js';
import { $$, render } from './helpers.js';

interface Grade {
  sentences: number;
  words: number;
  syllables: number;
  grade: number;
  longestSentence: number;
}

// The reading grade of what a reader sees: every paragraph and list item of
// the two content widgets (the copy, not the source list or table labels).
describe('reading level of the English copy', () => {
  it('is US school grade 7 or lower (Flesch-Kincaid)', async () => {
    const blocks: string[] = [];
    for (const tag of ['mmn-overview', 'mmn-vs-als']) {
      const el = await render(html`<div>${document.createElement(tag)}</div>`);
      const widget = el.firstElementChild!;
      await (widget as unknown as { updateComplete: Promise<unknown> }).updateComplete;
      blocks.push(...$$(widget, 'article > p, section p, section li').map((node) => node.innerText));
    }
    expect(blocks.length).to.be.greaterThan(20);
    const result = await executeServerCommand<Grade, { blocks: string[] }>('reading-grade', { blocks });
    console.log(
      `reading grade (Flesch-Kincaid): ${result.grade.toFixed(1)} over ${result.words} words, ${result.sentences} sentences; longest sentence ${result.longestSentence} words`,
    );
    expect(result.grade).to.be.at.most(7);
    expect(result.longestSentence).to.be.at.most(20);
  });

  it('would catch copy that is too hard to read', async () => {
    const hard = await executeServerCommand<Grade, { blocks: string[] }>('reading-grade', {
      blocks: [
        'Multifocal motor neuropathy is an immune-mediated demyelinating polyneuropathy characterized by progressive asymmetric distal limb weakness predominantly affecting the upper extremities.',
      ],
    });
    expect(hard.grade).to.be.greaterThan(7);
  });
});
