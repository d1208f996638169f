import { expect, html } from '@open-wc/testing';
import '../src/mmn-overview/define.js';
import type { MmnOverview } from '../src/mmn-overview/mmn-overview.js';
import { $, $$, outline, render, visibleText, watchWarnings } from './helpers.js';

describe('<mmn-overview>', () => {
  watchWarnings();
  let el: MmnOverview;
  let text: string;

  beforeEach(async () => {
    el = await render<MmnOverview>(html`<mmn-overview></mmn-overview>`);
    text = visibleText(el);
  });

  it('answers the questions a patient asks, as headings', () => {
    expect(outline(el)).to.deep.equal([
      'h2 What is MMN?',
      'h3 Key points',
      'h3 How does MMN harm the nerves?',
      'h3 Where does MMN start, and what does it affect?',
      'h3 What are the signs?',
      'h3 How does MMN change, and can it be treated?',
    ]);
  });

  it('says what MMN is: a rare disease where the immune system attacks motor nerves', () => {
    expect(text).to.contain('multifocal motor neuropathy');
    expect(text).to.contain('rare');
    expect(text).to.contain('immune system');
    // The source says "multiple" nerves: not "many".
    expect(text).to.match(/attacks more than one of these nerves/);
    expect(text).to.not.match(/many of these nerves/);
    expect(text).to.contain('Motor nerves are the nerves that tell your muscles to move');
    expect(text).to.contain('The weakness can get worse over time');
  });

  it('explains myelin and demyelination in everyday words', () => {
    expect(text).to.match(/coating[^.]*\. This coating is called myelin\./);
    expect(text).to.match(/The coating can break down\. Doctors call this demyelination\./);
  });

  it('explains the word "multifocal"', () => {
    expect(text).to.contain('The word “multifocal” means “in many places.”');
  });

  it('opens with key points, before the introduction and the first section', () => {
    const box = $(el, '.key-points');
    expect(box.querySelector('h3')!.textContent).to.equal('Key points');
    expect([...box.querySelectorAll('li')].map((li) => li.textContent)).to.deep.equal([
      'MMN is a rare nerve disease.',
      'It can be treated, but it cannot be cured.',
      'It gets worse slowly.',
      'It causes weak muscles, cramps, and spasms.',
      'It does not take away feeling.',
    ]);
    const first = $(el, 'article > p');
    const section = $(el, '.sections section');
    expect(box.compareDocumentPosition(first) & Node.DOCUMENT_POSITION_FOLLOWING).to.be.ok;
    expect(box.compareDocumentPosition(section) & Node.DOCUMENT_POSITION_FOLLOWING).to.be.ok;
  });

  it('says where and how it starts, and that feeling is not lost', () => {
    const where = $$(el, 'section')[2].innerText;
    expect(where).to.contain('one side of the body');
    for (const place of ['finger', 'thumb', 'wrist', 'leg']) expect(where).to.contain(place);
    expect(where).to.contain('hands and lower arms more than the legs');
    expect(where).to.contain('does not take away feeling');
  });

  it('lists the signs: weakness, cramps and spasms', () => {
    const signs = $$(el, 'section')[3].querySelectorAll('li');
    expect([...signs].map((li) => li.textContent)).to.have.length(3);
    expect(signs[0].textContent).to.match(/weak/i);
    expect(signs[1].textContent).to.match(/cramps/);
    expect(signs[2].textContent).to.match(/spasms/);
  });

  it('keeps the source’s strength: slow, rare, treatable, not curable, better in some', () => {
    const course = $$(el, 'section')[4].innerText;
    expect(course).to.contain('gets worse slowly');
    expect(course).to.contain('can be treated, but it cannot be cured');
    expect(course).to.contain('In some people, treatment has made their muscles stronger');
    expect(text).to.not.match(/\b(cures?|curable|restores?|reverses?)\b/i);
  });

  it('sends the reader to a doctor', () => {
    expect(text).to.contain('talk to your doctor');
  });

  it('draws healthy and damaged myelin as inline SVG images, each titled and described', () => {
    const figure = $(el, 'figure');
    const images = [...figure.querySelectorAll('svg')];
    expect(images).to.have.length(2);
    const described = images.map((svg) => {
      expect(svg.getAttribute('role')).to.equal('img');
      // Titled by its visible label (beside it), described by a <desc> inside it.
      const title = el.shadowRoot!.getElementById(svg.getAttribute('aria-labelledby')!)!;
      const desc = el.shadowRoot!.getElementById(svg.getAttribute('aria-describedby')!)!;
      expect(title.parentElement).to.equal(svg.parentElement);
      expect(title.getBoundingClientRect().height).to.be.greaterThan(0);
      expect(desc.localName).to.equal('desc');
      expect(desc.parentElement).to.equal(svg);
      return [title.textContent, desc.textContent];
    });
    expect(described[0][0]).to.equal('Healthy myelin');
    expect(described[0][1]).to.match(/every piece is healthy/);
    expect(described[1][0]).to.equal('Damaged myelin');
    expect(described[1][1]).to.match(/One piece is still healthy\. The others are broken, thin or missing/);
    expect(figure.querySelector('figcaption')!.textContent).to.equal(
      'A healthy nerve, and a nerve with damaged myelin',
    );
    expect($$(el, 'img')).to.have.length(0);
    // The diagram illustrates the myelin section.
    expect(figure.closest('section')!.querySelector('h3')!.textContent).to.contain('harm the nerves');
  });

  it('draws the damaged nerve’s one intact piece in the healthy colour, as its description says', () => {
    const [healthy, damaged] = $$(el, 'figure svg');
    const fills = (svg: Element) => [...svg.querySelectorAll('rect')].map((rect) => getComputedStyle(rect).fill);
    const healthyFill = fills(healthy)[0];
    expect(fills(healthy)).to.deep.equal([healthyFill, healthyFill, healthyFill, healthyFill]);
    const [intact, ...hurt] = fills(damaged);
    expect(intact).to.equal(healthyFill);
    expect(hurt).to.have.length(3);
    for (const fill of hurt) expect(fill).to.not.equal(healthyFill);
  });

  it('draws the two nerves side by side when wide and stacked, still large, when narrow', async () => {
    const wide = await render(html`<div style="width: 900px"><mmn-overview></mmn-overview></div>`);
    const narrow = await render(html`<div style="width: 320px"><mmn-overview></mmn-overview></div>`);
    const boxes = (wrapper: Element) =>
      $$(wrapper.firstElementChild!, 'figure svg').map((svg) => svg.getBoundingClientRect());
    const [a, b] = boxes(wide);
    expect(a.top).to.equal(b.top);
    const [c, d] = boxes(narrow);
    expect(d.top).to.be.greaterThan(c.bottom);
    expect(c.height).to.be.at.least(45); // big enough to see on a phone
    expect(c.width / c.height).to.be.closeTo(288 / 56, 0.1);
  });

  it('shows when it was last reviewed, where it comes from, and that it is no substitute for a doctor', () => {
    const meta = $(el, '[part~="meta"]');
    const time = meta.querySelector('time')!;
    expect(time.dateTime).to.match(/^\d{4}-\d{2}-\d{2}$/);
    expect(meta.innerText).to.contain(`Last reviewed: ${time.textContent.trim()}`);
    expect(time.textContent).to.match(/^[A-Z][a-z]+ \d{1,2}, \d{4}$/);
    expect(meta.innerText).to.contain('Where this information comes from');
    expect(meta.innerText).to.contain('MyIgSource');
    expect(meta.innerText).to.contain('does not replace advice from your doctor');
  });

  it('exposes parts for the container, headings and diagram', () => {
    expect($(el, '[part~="container"]').localName).to.equal('article');
    expect($(el, '[part~="heading"]').localName).to.equal('h2');
    expect($$(el, '[part~="subheading"]')).to.have.length(5);
    expect($(el, '[part~="diagram"]').localName).to.equal('figure');
  });

  it('lays its lists out in columns on a wide container and in one column on a narrow one', async () => {
    const wide = await render<MmnOverview>(html`<div style="width: 900px"><mmn-overview></mmn-overview></div>`);
    const narrow = await render<MmnOverview>(html`<div style="width: 300px"><mmn-overview></mmn-overview></div>`);
    const columns = (wrapper: Element) => {
      const sections = $$(wrapper.firstElementChild!, '.sections section').slice(1);
      return new Set(sections.map((s) => Math.round(s.getBoundingClientRect().top))).size;
    };
    expect(columns(wide)).to.equal(1); // three list sections side by side
    expect(columns(narrow)).to.equal(3); // stacked
    const box = narrow.firstElementChild!.shadowRoot!.querySelector('article')!;
    expect(box.scrollWidth).to.be.at.most(box.clientWidth);
  });
});
