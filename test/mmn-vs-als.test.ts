import { expect, html } from '@open-wc/testing';
import '../src/mmn-vs-als/define.js';
import type { MmnVsAls } from '../src/mmn-vs-als/mmn-vs-als.js';
import { $, $$, outline, render, visibleText, watchWarnings } from './helpers.js';

/** The table as a reader would walk it: row header → [MMN, ALS]. */
function tableRows(el: Element): Record<string, [string, string]> {
  return Object.fromEntries(
    $$(el, 'tbody tr').map((tr) => {
      const cells = [...tr.querySelectorAll('td')].map((td) => td.lastChild!.textContent!.trim());
      return [tr.querySelector('th')!.textContent!.trim(), cells as [string, string]];
    }),
  );
}

describe('<mmn-vs-als>', () => {
  watchWarnings();

  it('asks the question a worried reader has, and answers it in sections', async () => {
    const el = await render<MmnVsAls>(html`<mmn-vs-als></mmn-vs-als>`);
    expect(outline(el)).to.deep.equal([
      'h2 Why is MMN sometimes mistaken for ALS?',
      'h3 What else can MMN be mistaken for?',
      'h3 Why does the right diagnosis matter?',
    ]);
  });

  it('names ALS in full and says the two share weakness, cramps and spasms', async () => {
    const el = await render<MmnVsAls>(html`<mmn-vs-als></mmn-vs-als>`);
    const text = visibleText(el);
    expect(text).to.contain('ALS is short for amyotrophic lateral sclerosis');
    expect(text).to.contain('Weak muscles, cramps, and spasms can happen in both MMN and ALS');
  });

  it('compares MMN and ALS in a real table with column and row headers', async () => {
    const el = await render<MmnVsAls>(html`<mmn-vs-als></mmn-vs-als>`);
    const table = $(el, 'table');
    expect(table.querySelector('caption')!.textContent).to.equal('How MMN and ALS compare');
    const cols = [...table.querySelectorAll('thead th')];
    expect(cols.map((th) => th.getAttribute('scope'))).to.deep.equal(['col', 'col', 'col']);
    expect(cols.map((th) => th.textContent!.trim())).to.deep.equal(['What happens', 'MMN', 'ALS']);
    for (const th of table.querySelectorAll('tbody th')) expect(th.getAttribute('scope')).to.equal('row');
    expect(tableRows(el)).to.deep.equal({
      'Weak muscles, cramps, and spasms': ['Yes, they can happen', 'Yes, they can happen'],
      'How fast it gets worse': ['Slowly', 'Quickly'],
      'Weakens the muscles you use to breathe': ['No', 'Yes'],
    });
  });

  it('says MMN can be mistaken for nerve compression such as carpal tunnel syndrome', async () => {
    const el = await render<MmnVsAls>(html`<mmn-vs-als></mmn-vs-als>`);
    const text = visibleText(el);
    expect(text).to.contain('nerve compression');
    expect(text).to.contain('carpal tunnel syndrome');
  });

  it('says why the right diagnosis matters and sends the reader to a doctor', async () => {
    const el = await render<MmnVsAls>(html`<mmn-vs-als></mmn-vs-als>`);
    const text = visibleText(el);
    expect(text).to.contain('The right diagnosis of MMN helps you get the right treatment');
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
    expect($$(el, '[part~="subheading"]')).to.have.length(2);
    expect($(el, '[part~="table"]').localName).to.equal('table');
  });
});
