import { expect, html } from '@open-wc/testing';
import '../src/mmn-vs-als/define.js';
import type { MmnVsAls } from '../src/mmn-vs-als/mmn-vs-als.js';
import { $, $$, outline, render, visibleText, watchWarnings } from './helpers.js';

/** The table as a reader would walk it: row header → [MMN, ALS]. */
function tableRows(el: Element): Record<string, [string, string]> {
  return Object.fromEntries(
    $$(el, 'tbody tr').map((tr) => {
      // Each cell's answer: its own text, without the card label around it.
      const answer = (td: Element) =>
        [...td.childNodes]
          .filter((node) => node.nodeType === Node.TEXT_NODE)
          .map((node) => node.textContent)
          .join('')
          .trim();
      const cells = [...tr.querySelectorAll('td')].map(answer);
      return [tr.querySelector('th')!.textContent.trim(), cells as [string, string]];
    }),
  );
}

describe('<mmn-vs-als>', () => {
  watchWarnings();

  it('asks the question a worried reader has, and answers it in sections', async () => {
    const el = await render<MmnVsAls>(html`<mmn-vs-als></mmn-vs-als>`);
    expect(outline(el)).to.deep.equal([
      'h2 Why is MMN sometimes mistaken for ALS?',
      'h3 Were you told you have ALS?',
      'h3 What else can MMN be mistaken for?',
      'h3 Why does the right diagnosis matter?',
    ]);
  });

  it('names ALS in full and says the two share weakness, cramps and spasms', async () => {
    const el = await render<MmnVsAls>(html`<mmn-vs-als></mmn-vs-als>`);
    const text = visibleText(el);
    expect(text).to.contain('ALS is short for amyotrophic lateral sclerosis');
    expect(text).to.contain('In the US, it is also called Lou Gehrig’s disease');
    expect(text).to.contain('In the UK, it is called motor neurone disease');
    // "often" in MMN, as the source says, and also seen in ALS.
    expect(text).to.contain('Weak muscles, cramps, and spasms are often seen in MMN. They are also seen in ALS.');
  });

  it('spells out MMN and explains "multifocal" first, since a page may show this widget alone', async () => {
    const el = await render<MmnVsAls>(html`<mmn-vs-als></mmn-vs-als>`);
    const first = $(el, 'article > p').textContent;
    expect(first).to.match(
      /^MMN is short for multifocal motor neuropathy\. The word “multifocal” means “in many places\.”/,
    );
  });

  it('tells a reader who was told they have ALS that only a doctor can tell, and that MMN can be treated', async () => {
    const el = await render<MmnVsAls>(html`<mmn-vs-als></mmn-vs-als>`);
    const section = $$(el, 'section')[0].innerText;
    expect(section).to.contain('Were you told you have ALS?');
    expect(section).to.contain('MMN and ALS are different diseases.');
    expect(section).to.contain('Only a doctor can tell which one a person has.');
    expect(section).to.contain('MMN can be treated.');
  });

  it('compares MMN and ALS in a real table with column and row headers', async () => {
    const el = await render<MmnVsAls>(html`<mmn-vs-als></mmn-vs-als>`);
    const table = $(el, 'table');
    expect(table.querySelector('caption')!.textContent).to.equal('How MMN and ALS compare');
    const cols = [...table.querySelectorAll('thead th')];
    expect(cols.map((th) => th.getAttribute('scope'))).to.deep.equal(['col', 'col', 'col']);
    expect(cols.map((th) => th.textContent.trim())).to.deep.equal(['What happens', 'MMN', 'ALS']);
    for (const th of table.querySelectorAll('tbody th')) expect(th.getAttribute('scope')).to.equal('row');
    expect(tableRows(el)).to.deep.equal({
      'Weak muscles, cramps, and spasms': ['Yes, often', 'Yes, also seen'],
      'How fast it gets worse': ['Slowly', 'Quickly'],
      // The source contrasts the two; it does not promise MMN never does this.
      'Weakens the muscles you use to breathe': ['Not usually', 'Yes'],
    });
  });

  it('says MMN can be mistaken for nerve compression such as carpal tunnel syndrome', async () => {
    const el = await render<MmnVsAls>(html`<mmn-vs-als></mmn-vs-als>`);
    const text = visibleText(el);
    expect(text).to.contain('nerve compression');
    expect(text).to.contain('carpal tunnel syndrome. This is when a nerve in the wrist gets squeezed.');
  });

  it('says why the right diagnosis matters and sends the reader to a doctor', async () => {
    const el = await render<MmnVsAls>(html`<mmn-vs-als></mmn-vs-als>`);
    const text = visibleText(el);
    expect(text).to.contain('To make a diagnosis, a doctor finds out which disease is causing your signs.');
    expect(text).to.contain('When MMN is found, it can be treated the right way.');
    expect(text).to.contain('Talk to your doctor about any signs you have');
    expect($(el, '[part~="meta"]').innerText).to.contain('does not replace advice from your doctor');
  });

  it('shows a table on a wide container and readable stacked cards on a narrow one', async () => {
    const wide = await render(html`<div style="width: 800px"><mmn-vs-als></mmn-vs-als></div>`);
    const narrow = await render(html`<div style="width: 300px"><mmn-vs-als></mmn-vs-als></div>`);
    const wideEl = wide.firstElementChild!;
    const narrowEl = narrow.firstElementChild!;
    await (wideEl as MmnVsAls).updateComplete;
    await (narrowEl as MmnVsAls).updateComplete;

    expect(getComputedStyle($(wideEl, 'table')).display).to.equal('table');
    expect(getComputedStyle($(wideEl, '.cell-label')).display).to.equal('none');
    const wideRow = $(wideEl, 'tbody tr').getBoundingClientRect();
    const wideCell = $(wideEl, 'tbody td').getBoundingClientRect();
    expect(wideCell.top).to.equal(wideRow.top); // cells side by side

    expect(getComputedStyle($(narrowEl, 'tbody tr')).display).to.equal('block');
    const cells = $$(narrowEl, 'tbody tr')[1].querySelectorAll('td');
    expect((cells[0] as HTMLElement).innerText.trim()).to.equal('MMN: Slowly');
    expect((cells[1] as HTMLElement).innerText.trim()).to.equal('ALS: Quickly');
    expect(cells[1].getBoundingClientRect().top).to.be.greaterThan(cells[0].getBoundingClientRect().top);
    const box = $(narrowEl, 'article');
    expect(box.scrollWidth).to.be.at.most(box.clientWidth);
    await expect(narrowEl).to.be.accessible();
  });

  it('exposes parts for the container, headings and table', async () => {
    const el = await render<MmnVsAls>(html`<mmn-vs-als></mmn-vs-als>`);
    expect($(el, '[part~="container"]').localName).to.equal('article');
    expect($(el, '[part~="heading"]').localName).to.equal('h2');
    expect($$(el, '[part~="subheading"]')).to.have.length(3);
    expect($(el, '[part~="table"]').localName).to.equal('table');
  });
});
