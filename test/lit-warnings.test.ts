import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { watchWarnings } from './helpers.js';

// The suite fails a test when Lit logs a dev-mode warning; this proves the
// watch sees one.
class UpdatesTwice extends LitElement {
  static override properties = { count: { type: Number } };
  declare count: number;
  constructor() {
    super();
    this.count = 0;
  }
  override updated() {
    if (this.count < 1) this.count += 1; // Lit warns: change-in-update
  }
}
customElements.define('updates-twice', UpdatesTwice);

describe('the Lit warning watch', () => {
  const warnings = watchWarnings();

  it('catches a Lit dev-mode warning', async () => {
    const el = await fixture<UpdatesTwice>(html`<updates-twice></updates-twice>`);
    await el.updateComplete;
    await el.updateComplete;
    const seen = warnings.take();
    expect(seen.some((w) => w.includes('lit.dev/msg/change-in-update'))).to.be.true;
  });
});
