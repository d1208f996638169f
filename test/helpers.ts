import { expect, fixture } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';

/**
 * Records console warnings during each test. A test takes the ones it
 * expects with `take()`; any warning left over (a Lit dev-mode warning, or
 * one of ours the test did not expect) fails the test.
 */
export function watchWarnings(): { take(): string[] } {
  let seen: string[] = [];
  const original = console.warn;
  beforeEach(() => {
    seen = [];
    console.warn = (...args: unknown[]) => {
      seen.push(args.map(String).join(' '));
    };
  });
  afterEach(() => {
    console.warn = original;
    const left = seen;
    seen = [];
    if (left.length) throw new Error(`Unexpected console warning(s):\n${left.join('\n')}`);
  });
  return {
    take() {
      const taken = seen;
      seen = [];
      return taken;
    },
  };
}

/** Renders a template and waits until the widget inside has rendered. */
export async function render<T extends HTMLElement>(template: TemplateResult): Promise<T> {
  const el = await fixture<T>(template);
  await (el as unknown as { updateComplete?: Promise<unknown> }).updateComplete;
  return el;
}

/** Polls every 10 ms until `condition` holds; fails naming `what` after `timeout` ms. */
export async function until(condition: () => boolean, what: string, timeout = 5_000): Promise<void> {
  const deadline = Date.now() + timeout;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting until ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** Re-renders after an attribute or property change. */
export async function settle(el: Element): Promise<void> {
  await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
}

export function $<T extends Element = HTMLElement>(el: Element, selector: string): T {
  const found = el.shadowRoot!.querySelector<T>(selector);
  if (!found) throw new Error(`${selector} not found in <${el.localName}>`);
  return found;
}

export function $$<T extends Element = HTMLElement>(el: Element, selector: string): T[] {
  return [...el.shadowRoot!.querySelectorAll<T>(selector)];
}

/** The text a sighted reader sees in the widget, white space folded. */
export function visibleText(el: Element): string {
  return $<HTMLElement>(el, '[part~="container"]').innerText.replace(/\s+/g, ' ').trim();
}

/** Headings in the order they appear: `h2 What is MMN?`. */
export function outline(el: Element): string[] {
  return $$(el, 'h1, h2, h3, h4, h5, h6').map((h) => `${h.localName} ${h.textContent.trim()}`);
}

export type MediaFeature = { name: string; value: string };

export type Emulation = { features?: MediaFeature[]; media?: 'print' | 'screen' };

/**
 * Emulates media features (forced-colors, prefers-color-scheme…) or print; `{}` resets.
 * False where the browser cannot emulate them (Firefox, WebKit: only Chromium can).
 */
export async function emulate(options: Emulation): Promise<boolean> {
  return (await executeServerCommand<boolean, Emulation>('emulate', options)) === true;
}

/** Emulates, or skips the running test in a browser that cannot (call with the test's `this`). */
export async function emulateOrSkip(test: Mocha.Context, options: Emulation): Promise<void> {
  if (!(await emulate(options))) test.skip();
}

export const THEMES = ['light', 'dark'] as const;

/** WCAG relative luminance contrast of two computed `rgb()` colours. */
export function contrast(a: string, b: string): number {
  const lum = (color: string) => {
    const [r, g, bl] = color
      .match(/[\d.]+/g)!
      .slice(0, 3)
      .map(Number)
      .map((v) => {
        const c = v / 255;
        return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
      });
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

/** The one `[mmn-widgets]` warning a refused value must give. */
export function expectOneRefusal(warnings: string[], attribute: string, value: string): void {
  expect(warnings, warnings.join('\n')).to.have.length(1);
  expect(warnings[0]).to.match(/^\[mmn-widgets\] /);
  expect(warnings[0]).to.contain(attribute);
  expect(warnings[0]).to.contain(JSON.stringify(value.length > 80 ? `${value.slice(0, 80)}…` : value));
}
