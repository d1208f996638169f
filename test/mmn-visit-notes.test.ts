import { expect, html, waitUntil } from '@open-wc/testing';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import '../src/mmn-visit-notes/define.js';
import type { MmnVisitNotes } from '../src/mmn-visit-notes/mmn-visit-notes.js';
import { $, $$, emulate, outline, render, settle, visibleText, watchWarnings } from './helpers.js';

const SIGNS = [
  'Weakness in a finger, thumb, or hand',
  'Weakness in the wrist or lower arm',
  'Weakness in a leg',
  'Weakness mostly on one side of the body',
  'Muscle cramps',
  'Muscle spasms',
  'Signs that get worse slowly',
  'Numbness or loss of feeling',
  'Trouble breathing',
];
const QUESTIONS = [
  'Could this be MMN?',
  'Could it be ALS, or a squeezed nerve such as carpal tunnel syndrome?',
  'Which tests can show what I have?',
  'Which treatment is right for me?',
  'Could treatment make my muscles stronger?',
];
const TYPED = 'Right thumb, spring 2024';
const DAILY = 'Buttons and jar lids';

const labels = (el: Element, legend: string) => {
  const set = $$(el, 'fieldset').find((f) => f.querySelector('legend')!.textContent === legend)!;
  return [...set.querySelectorAll('label')];
};
const box = (label: HTMLLabelElement) => label.querySelector('input') ?? label.control!;

/** Ticks a box the way a reader does: a tap on the words of its label. */
async function tap(el: MmnVisitNotes, text: string): Promise<void> {
  const label = $$<HTMLLabelElement>(el, 'label.tick').find((l) => l.textContent.trim() === text)!;
  label.querySelector('span')!.click();
  await settle(el);
}

async function type(el: MmnVisitNotes, name: string, text: string): Promise<void> {
  const area = $<HTMLTextAreaElement>(el, `textarea[name="${name}"]`);
  area.value = text;
  area.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  await settle(el);
}

/** An item's own words, without the note or answer lines inside it. */
const ownText = (li: Element) =>
  [...li.childNodes]
    .filter((node) => node.nodeType === Node.TEXT_NODE)
    .map((node) => node.textContent)
    .join('')
    .trim();

/** The notes as the printed sheet shows them. */
function sheet(el: Element) {
  const root = $(el, '[part~="sheet"]');
  return {
    signs: [...root.querySelectorAll('ul > li')].map(ownText),
    notes: [...root.querySelectorAll('ul .note')].map((n) => n.textContent),
    typed: [...root.querySelectorAll('.typed')].map((p) => p.textContent),
    questions: [...root.querySelectorAll('ol > li')].map(ownText),
    answerLines: root.querySelectorAll('ol .line').length,
    date: root.querySelector('time')!.dateTime,
  };
}

const localToday = () => {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

/** Replaces window.print for one call; returns what the page looked like while it printed. */
function stubPrint(inside: () => unknown): { calls: number; seen: unknown[]; restore: () => void } {
  // Put back as it was, never called on its own.
  // eslint-disable-next-line @typescript-eslint/unbound-method
  const original = window.print;
  const result = { calls: 0, seen: [] as unknown[], restore: () => (window.print = original) };
  window.print = () => {
    result.calls++;
    result.seen.push(inside());
  };
  return result;
}

describe('<mmn-visit-notes>', () => {
  watchWarnings();
  let restore: (() => void) | undefined;
  afterEach(async () => {
    restore?.();
    restore = undefined;
    await emulate({});
  });

  it('has one heading and three groups with legends a screen reader announces', async () => {
    const el = await render<MmnVisitNotes>(html`<mmn-visit-notes></mmn-visit-notes>`);
    expect(outline(el)).to.deep.equal(['h2 Get ready to talk to your doctor']);
    expect($$(el, 'fieldset > legend').map((l) => l.textContent)).to.deep.equal([
      'Signs I have',
      'In my own words',
      'Questions I want to ask',
    ]);
  });

  it('lists the signs and questions from the source as real tick boxes with their labels', async () => {
    const el = await render<MmnVisitNotes>(html`<mmn-visit-notes></mmn-visit-notes>`);
    for (const [legend, expected] of [
      ['Signs I have', SIGNS],
      ['Questions I want to ask', QUESTIONS],
    ] as const) {
      const found = labels(el, legend);
      expect(found.map((l) => l.textContent.trim())).to.deep.equal(expected);
      for (const label of found) {
        const input = box(label) as HTMLInputElement;
        expect(input.type).to.equal('checkbox');
        expect(input.labels![0]).to.equal(label);
      }
    }
  });

  it('tells the reader to mention numbness and trouble breathing to the doctor, read with the box', async () => {
    const el = await render<MmnVisitNotes>(html`<mmn-visit-notes></mmn-visit-notes>`);
    const noteOf = (sign: string) => {
      const input = $$<HTMLInputElement>(el, 'input').find((i) => i.labels![0].textContent.trim() === sign)!;
      const id = input.getAttribute('aria-describedby');
      return id ? el.shadowRoot!.getElementById(id)!.textContent : null;
    };
    expect(noteOf('Numbness or loss of feeling')).to.equal(
      'MMN weakens muscles without taking away feeling. Be sure to tell your doctor about this sign.',
    );
    expect(noteOf('Trouble breathing')).to.equal(
      'Trouble breathing is not a usual sign of MMN. Be sure to tell your doctor about this sign.',
    );
    expect(noteOf('Muscle cramps')).to.equal(null);
  });

  it('says plainly that nothing entered is saved or sent, and ends with the review date, source and disclaimer', async () => {
    const el = await render<MmnVisitNotes>(html`<mmn-visit-notes></mmn-visit-notes>`);
    expect(visibleText(el)).to.contain('What you enter stays on this page. It is not saved or sent anywhere.');
    const meta = $(el, '[part~="meta"]').innerText;
    expect(meta).to.contain('Last reviewed: November 30, 2026');
    expect(meta).to.contain('MyIgSource');
    expect(meta).to.contain('does not replace advice from your doctor');
  });

  it('ticks a box from anywhere on its label, and from the keyboard', async () => {
    const el = await render<MmnVisitNotes>(html`<mmn-visit-notes></mmn-visit-notes>`);
    await tap(el, 'Muscle cramps');
    const cramps = $$<HTMLInputElement>(el, 'input').find((i) => i.value === 'cramps')!;
    expect(cramps.checked).to.be.true;
    const spasms = $$<HTMLInputElement>(el, 'input').find((i) => i.value === 'spasms')!;
    spasms.focus();
    await sendKeys({ type: ' ' }); // the space bar ("Space" is not a key name in every engine's driver)
    await settle(el);
    expect(spasms.checked).to.be.true;
    expect(el.shadowRoot!.activeElement).to.equal(spasms);
  });

  for (const size of [10, 16]) {
    it(`gives every tick box and button a target of 44 × 44 px or more (host font ${size}px)`, async () => {
      const wrapper = await render<HTMLElement>(
        html`<div style="font-size: ${size}px; width: 320px"><mmn-visit-notes></mmn-visit-notes></div>`,
      );
      const el = wrapper.firstElementChild as MmnVisitNotes;
      await settle(el);
      for (const target of $$(el, 'label.tick, button')) {
        const { width, height } = target.getBoundingClientRect();
        expect(height, target.textContent).to.be.at.least(44);
        expect(width, target.textContent).to.be.at.least(44);
      }
    });
  }

  it('shows a focus ring around the label of the focused box', async () => {
    const el = await render<MmnVisitNotes>(html`<mmn-visit-notes></mmn-visit-notes>`);
    $$<HTMLInputElement>(el, 'input')[0].focus();
    await sendKeys({ press: 'Tab' });
    const label = $$(el, 'label.tick')[1];
    expect(el.shadowRoot!.activeElement).to.equal(label.querySelector('input'));
    expect(getComputedStyle(label).outlineStyle).to.equal('solid');
  });

  it('prints exactly what was ticked and typed, with lines for the answers and the date', async () => {
    const el = await render<MmnVisitNotes>(html`<mmn-visit-notes></mmn-visit-notes>`);
    await tap(el, 'Weakness in a finger, thumb, or hand');
    await tap(el, 'Trouble breathing');
    await tap(el, 'Muscle spasms');
    await tap(el, 'Muscle spasms'); // ticked, then unticked
    await tap(el, 'Which tests can show what I have?');
    await type(el, 'started', TYPED);
    const printing = stubPrint(() => ({
      marked: el.hasAttribute('data-mmn-printing'),
      sheets: document.adoptedStyleSheets.length,
      view: sheet(el),
    }));
    restore = printing.restore;
    const before = document.adoptedStyleSheets.length;
    $(el, '[part~="print"]').click();
    expect(printing.calls).to.equal(1);
    expect(printing.seen[0]).to.deep.equal({
      marked: true,
      sheets: before + 1,
      view: {
        signs: ['Weakness in a finger, thumb, or hand', 'Trouble breathing'],
        notes: ['Trouble breathing is not a usual sign of MMN. Be sure to tell your doctor about this sign.'],
        typed: [TYPED],
        questions: ['Which tests can show what I have?'],
        answerLines: 2,
        date: localToday(),
      },
    });
    // Printing over, the host page is as it was.
    window.dispatchEvent(new Event('afterprint'));
    expect(el.hasAttribute('data-mmn-printing')).to.be.false;
    expect(document.adoptedStyleSheets.length).to.equal(before);
  });

  it('while printing, leaves out of print exactly the host elements that do not hold the notes, in every engine', async () => {
    const wrapper = await render<HTMLElement>(
      html`<div><p id="host-text">The host page</p><section><mmn-visit-notes></mmn-visit-notes></section></div>`,
    );
    const el = wrapper.querySelector('mmn-visit-notes') as MmnVisitNotes;
    await settle(el);
    let seen: unknown;
    const printing = stubPrint(() => {
      const sheet = document.adoptedStyleSheets.at(-1)!;
      const rule = sheet.cssRules[0] as CSSMediaRule;
      const left = (rule.cssRules[0] as CSSStyleRule).selectorText;
      seen = {
        media: rule.media.mediaText,
        rules: rule.cssRules.length, // 0 if the engine dropped the selector
        hostText: wrapper.querySelector('#host-text')!.matches(left),
        ancestors: [wrapper, wrapper.querySelector('section')!].map((node) => node.matches(left)),
        notes: el.matches(left),
      };
    });
    restore = printing.restore;
    $(el, '[part~="print"]').click();
    window.dispatchEvent(new Event('afterprint'));
    expect(seen).to.deep.equal({ media: 'print', rules: 1, hostText: true, ancestors: [false, false], notes: false });
  });

  it('in print, shows the notes alone: not the form, not the rest of the host page (Chromium emulates print)', async function () {
    const wrapper = await render<HTMLElement>(
      html`<div><p id="host-text">The host page</p><mmn-visit-notes></mmn-visit-notes></div>`,
    );
    const el = wrapper.querySelector('mmn-visit-notes') as MmnVisitNotes;
    await settle(el);
    await tap(el, 'Muscle cramps');
    restore = stubPrint(() => undefined).restore;
    $(el, '[part~="print"]').click();
    const emulated = await emulate({ media: 'print' });
    if (!emulated) {
      window.dispatchEvent(new Event('afterprint'));
      this.skip();
    }
    const seen = {
      host: getComputedStyle(wrapper.querySelector('#host-text')!).display,
      form: getComputedStyle($(el, 'fieldset')).display,
      buttons: getComputedStyle($(el, '.actions')).display,
      sheet: getComputedStyle($(el, '[part~="sheet"]')).display,
    };
    window.dispatchEvent(new Event('afterprint'));
    const after = getComputedStyle(wrapper.querySelector('#host-text')!).display;
    expect(seen).to.deep.equal({ host: 'none', form: 'none', buttons: 'none', sheet: 'block' });
    expect(after, 'the host page prints again once printing is over').to.equal('block');
  });

  it('prints, as a real PDF from the engine, one page with exactly the notes and none of the host page', async function () {
    this.timeout(30_000);
    const wrapper = await render<HTMLElement>(
      html`<div><h1>Clinic home page</h1><p>Opening hours and parking for visitors.</p><mmn-visit-notes></mmn-visit-notes><p>Footer of the clinic</p></div>`,
    );
    const el = wrapper.querySelector('mmn-visit-notes') as MmnVisitNotes;
    await settle(el);
    await tap(el, 'Weakness in a finger, thumb, or hand');
    await tap(el, 'Trouble breathing');
    await tap(el, 'Which tests can show what I have?');
    await tap(el, 'Could treatment make my muscles stronger?');
    await type(el, 'started', TYPED);
    await type(el, 'daily', DAILY);
    // The print dialog is the engine's own; the PDF below is the same print.
    const printing = stubPrint(() => undefined);
    restore = printing.restore;
    $(el, '[part~="print"]').click();
    let printed: { pages: string[] | null; why?: string };
    try {
      printed = await executeServerCommand<{ pages: string[] | null; why?: string }, undefined>('print-to-pdf');
    } finally {
      window.dispatchEvent(new Event('afterprint'));
    }
    if (!printed.pages) this.skip(); // WebKitGTK's WebDriver cannot print to PDF (printed.why)
    const pages = printed.pages;
    expect(pages, pages.join('\n---\n')).to.have.length(1);
    // Compared without white space: PDF text comes in runs, and a ligature ("fi") may be a run of its own.
    const text = pages[0].replace(/\s+/g, '');
    const squeeze = (words: string) => words.replace(/\s+/g, '');
    for (const words of [
      'My notes for the doctor',
      'Signs I have',
      'Weakness in a finger, thumb, or hand',
      'Trouble breathing',
      'Trouble breathing is not a usual sign of MMN. Be sure to tell your doctor about this sign.',
      'Where and when it started',
      TYPED,
      'What is hard in my daily life',
      DAILY,
      'Questions I want to ask',
      'Which tests can show what I have?',
      'Could treatment make my muscles stronger?',
    ]) {
      expect(text, pages[0]).to.contain(squeeze(words));
    }
    expect(text.match(/Answer:/g), 'lines for two answers').to.have.length(2);
    // Nothing of the host page, of the form, or of what was not ticked.
    for (const words of [
      'Clinic home page',
      'Opening hours',
      'Footer of the clinic',
      'Print my notes',
      'Muscle cramps',
      'Could this be MMN?',
      'stays on this page',
    ]) {
      expect(text, pages[0]).to.not.contain(squeeze(words));
    }
  });

  it('prints the blank checklist as paper when nothing is ticked or typed (Chromium emulates print)', async function () {
    const el = await render<MmnVisitNotes>(html`<mmn-visit-notes></mmn-visit-notes>`);
    expect($(el, '[part~="sheet"]').childElementCount).to.equal(0);
    if (!(await emulate({ media: 'print' }))) this.skip();
    expect(getComputedStyle($(el, 'fieldset')).display).to.equal('block');
    expect(getComputedStyle($(el, '.actions')).display).to.equal('none');
  });

  it('tells the reader what to do when the browser cannot print from the page', async () => {
    const el = await render<MmnVisitNotes>(html`<mmn-visit-notes></mmn-visit-notes>`);
    // Put back as it was, never called on its own.
    // eslint-disable-next-line @typescript-eslint/unbound-method
    const original = window.print;
    (window as { print?: unknown }).print = undefined;
    restore = () => (window.print = original);
    $(el, '[part~="print"]').click();
    await settle(el);
    expect($(el, '[role="status"]').textContent).to.equal(
      'This browser cannot print from here. Use its own menu to print, or copy your notes.',
    );
  });

  describe('copy as text', () => {
    let written: string[] = [];
    let refuse = false;
    const clipboard = Object.getOwnPropertyDescriptor(Navigator.prototype, 'clipboard');
    beforeEach(() => {
      written = [];
      refuse = false;
      Object.defineProperty(navigator, 'clipboard', {
        configurable: true,
        value: {
          writeText: async (text: string) => (refuse ? Promise.reject(new Error('denied')) : void written.push(text)),
        },
      });
    });
    afterEach(() => {
      delete (navigator as { clipboard?: unknown }).clipboard;
      if (clipboard && !Object.getOwnPropertyDescriptor(Navigator.prototype, 'clipboard')) {
        Object.defineProperty(Navigator.prototype, 'clipboard', clipboard);
      }
    });

    async function filled(): Promise<MmnVisitNotes> {
      const el = await render<MmnVisitNotes>(html`<mmn-visit-notes></mmn-visit-notes>`);
      await tap(el, 'Numbness or loss of feeling');
      await tap(el, 'Could this be MMN?');
      await type(el, 'daily', DAILY);
      return el;
    }

    const EXPECTED = (date: string) =>
      [
        'My notes for the doctor',
        `Date: ${date}`,
        '',
        'Signs I have',
        '- Numbness or loss of feeling',
        '  MMN weakens muscles without taking away feeling. Be sure to tell your doctor about this sign.',
        '',
        'What is hard in my daily life',
        DAILY,
        '',
        'Questions I want to ask',
        '- Could this be MMN?',
      ].join('\n');

    it('copies the notes as plain text, the same as the printed sheet, and says so', async () => {
      const el = await filled();
      $(el, '[part~="copy"]').click();
      await new Promise((resolve) => setTimeout(resolve));
      await settle(el);
      const date = $(el, '[part~="sheet"] time').textContent;
      expect(written).to.deep.equal([EXPECTED(date)]);
      expect($(el, '[role="status"]').textContent).to.equal(
        'Your notes are copied. You can paste them into a message to your doctor.',
      );
    });

    it('shows the text, selected, to copy by hand when the browser refuses', async () => {
      const el = await filled();
      refuse = true;
      $(el, '[part~="copy"]').click();
      await new Promise((resolve) => setTimeout(resolve, 20));
      await settle(el);
      const area = $<HTMLTextAreaElement>(el, '.fallback');
      expect(area.value).to.equal(EXPECTED($(el, '[part~="sheet"] time').textContent));
      expect(area.readOnly).to.be.true;
      expect($(el, '[role="status"]').textContent).to.contain('Select the text below and copy it.');
      await expect(el).to.be.accessible();
    });

    it('fires events a host can count, which never hold what the reader ticked or typed', async () => {
      const el = await filled();
      const events: CustomEvent[] = [];
      const listen = (event: Event) => events.push(event as CustomEvent);
      document.addEventListener('mmn-notes-print', listen);
      document.addEventListener('mmn-notes-copy', listen);
      const printing = stubPrint(() => undefined);
      restore = printing.restore;
      try {
        $(el, '[part~="print"]').click();
        window.dispatchEvent(new Event('afterprint'));
        $(el, '[part~="copy"]').click();
        await new Promise((resolve) => setTimeout(resolve));
      } finally {
        document.removeEventListener('mmn-notes-print', listen);
        document.removeEventListener('mmn-notes-copy', listen);
      }
      expect(events.map((e) => [e.type, e.bubbles, e.composed])).to.deep.equal([
        ['mmn-notes-print', true, true],
        ['mmn-notes-copy', true, true],
      ]);
      for (const event of events) {
        expect(event.detail).to.deep.equal({ widget: 'mmn-visit-notes' });
        const said = JSON.stringify(event.detail);
        for (const answer of [DAILY, 'numbness', 'Numbness', 'mmn?', 'MMN?']) expect(said).to.not.contain(answer);
      }
    });
  });

  it('keeps nothing: no storage, cookie or request, and the browser is asked not to remember or spellcheck the text', async () => {
    localStorage.clear();
    sessionStorage.clear();
    const requestsBefore = performance.getEntriesByType('resource').length;
    const el = await render<MmnVisitNotes>(html`<mmn-visit-notes></mmn-visit-notes>`);
    await tap(el, 'Muscle cramps');
    await type(el, 'started', TYPED);
    const printing = stubPrint(() => undefined);
    restore = printing.restore;
    $(el, '[part~="print"]').click();
    window.dispatchEvent(new Event('afterprint'));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(localStorage.length).to.equal(0);
    expect(sessionStorage.length).to.equal(0);
    expect(document.cookie).to.equal('');
    expect(performance.getEntriesByType('resource').length).to.equal(requestsBefore);
    for (const area of $$<HTMLTextAreaElement>(el, 'textarea')) {
      expect(area.getAttribute('autocomplete')).to.equal('off');
      expect(area.spellcheck).to.be.false;
    }
    // The notes vanish with the element.
    el.remove();
    const again = await render<MmnVisitNotes>(html`<mmn-visit-notes></mmn-visit-notes>`);
    expect($$<HTMLInputElement>(again, 'input:checked')).to.have.length(0);
    expect($<HTMLTextAreaElement>(again, 'textarea').value).to.equal('');
  });

  it('keeps what was ticked and typed when the reader changes the language', async () => {
    const el = await render<MmnVisitNotes>(html`<mmn-visit-notes></mmn-visit-notes>`);
    await tap(el, 'Muscle cramps');
    await type(el, 'started', TYPED);
    el.lang = 'es';
    // The Spanish file loads first; wait for the Spanish heading.
    await waitUntil(
      () => $(el, '[part~="heading"]').textContent === 'Prepárese para hablar con su médico',
      'the Spanish heading',
      { timeout: 3000 },
    );
    await settle(el);
    expect(sheet(el).signs).to.deep.equal(['Calambres musculares']);
    expect($<HTMLTextAreaElement>(el, 'textarea').value).to.equal(TYPED);
  });

  it('stops isolating the page if it is removed while printing', async () => {
    const el = await render<MmnVisitNotes>(html`<mmn-visit-notes></mmn-visit-notes>`);
    const printing = stubPrint(() => undefined);
    restore = printing.restore;
    const before = document.adoptedStyleSheets.length;
    $(el, '[part~="print"]').click();
    el.remove();
    expect(document.adoptedStyleSheets.length).to.equal(before);
  });
});
