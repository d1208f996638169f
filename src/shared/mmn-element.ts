import { isServer, LitElement, type PropertyDeclarations } from 'lit';
import { LocaleController } from '../i18n/locale-controller.js';
import { VERSION } from '../version.js';
import { baseStyles } from './styles.js';
import { quote, warn } from './warn.js';

export type Theme = 'light' | 'dark' | 'auto';
export type HeadingLevel = 1 | 2 | 3 | 4 | 5 | 6;

const THEMES: readonly string[] = ['light', 'dark', 'auto'] satisfies Theme[];
const DEFAULT_LEVEL: HeadingLevel = 2;
const DEFAULT_THEME: Theme = 'light';

/**
 * What every widget shares: `heading-level` and `theme`, checked so that a
 * bad value falls back to the default with one warning instead of breaking
 * the host page; and its own language.
 *
 * @cssstate loading - From the moment the element is defined until its first render, which may wait for a language file or the widget's own file. Keep reserved room with `:is(:not(:defined), :state(loading))`.
 *
 * @attr lang - The widget's language (BCP 47). Without it, the nearest ancestor's `lang`, then `<html lang>`. English, Spanish, French, German, Brazilian Portuguese, Simplified Chinese and Arabic; any other falls back to English.
 */
export abstract class MmnElement extends LitElement {
  /** The version of the copy of the library this class came from. */
  static readonly version: string = VERSION;

  static override styles = [baseStyles];

  // Declared without decorators: Lit's decorator helpers cost bytes in the
  // script-tag bundle, and `static properties` does the same job.
  static override properties: PropertyDeclarations = {
    headingLevel: { attribute: 'heading-level', type: Number },
    theme: {},
  };

  /**
   * The level of the widget's main heading, 1 to 6, so that it fits the
   * host page's outline. Its subheadings go one level deeper (at most 6).
   */
  headingLevel: HeadingLevel = 2;

  /** `light`, `dark`, or `auto` (follows the reader's system setting). */
  theme: Theme = 'light';

  /** The checked heading level in use. */
  protected level: HeadingLevel = DEFAULT_LEVEL;

  /** The checked theme in use. */
  protected activeTheme: Theme = DEFAULT_THEME;

  /** This widget's own language, from `lang` on it, an ancestor or `<html>`. */
  protected readonly i18n = new LocaleController(this);

  /** For `:state(loading)`; none on the server, or where the browser has no custom states. */
  private readonly internals = isServer ? undefined : this.attachInternals?.();

  override connectedCallback(): void {
    // Rendered on the server (declarative shadow DOM): the content is there already.
    const serverRendered = !this.hasUpdated && !!this.shadowRoot;
    super.connectedCallback();
    if (!this.hasUpdated && !serverRendered) this.setLoading(true);
  }

  override firstUpdated(changed: Map<PropertyKey, unknown>): void {
    super.firstUpdated(changed);
    this.setLoading(false);
  }

  /**
   * `:state(loading)` from the moment the element is defined and connected
   * until its first render, which may wait for a language file or the
   * widget's own file. A page that reserved room for the element with
   * `:not(:defined)` keeps it through this wait with
   * `:is(:not(:defined), :state(loading))`: no layout shift.
   */
  private setLoading(on: boolean): void {
    try {
      this.internals?.states[on ? 'add' : 'delete']('loading');
    } catch {
      // Chromium before 125 accepts only `--dashed` states: no state there.
    }
  }

  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang'];
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang' && old !== value) this.i18n.refresh();
  }

  /** Waits for a language that is still loading, so English never flashes first. */
  protected override async scheduleUpdate(): Promise<void> {
    while (this.i18n.pending) await this.i18n.pending;
    // Lit's own scheduleUpdate renders at once and gives nothing to wait for.
    void super.scheduleUpdate();
  }

  override willUpdate(changed: Map<PropertyKey, unknown>): void {
    // On the server there is no page to look at: the element's own lang decides.
    if (isServer) this.i18n.use(this.getAttribute('lang'));
    if (changed.has('headingLevel')) {
      const value = this.headingLevel;
      const ok = value == null || (Number.isInteger(value) && value >= 1 && value <= 6);
      if (!ok) this.refuse('heading-level', value, 'a whole number from 1 to 6', String(DEFAULT_LEVEL));
      this.level = ok && value != null ? value : DEFAULT_LEVEL;
    }
    if (changed.has('theme')) {
      const value = this.theme == null ? DEFAULT_THEME : String(this.theme).trim().toLowerCase();
      const ok = THEMES.includes(value);
      if (!ok) this.refuse('theme', this.theme, 'light, dark or auto', DEFAULT_THEME);
      this.activeTheme = ok ? (value as Theme) : DEFAULT_THEME;
    }
  }

  /** The heading level for subheadings. */
  protected get sublevel(): HeadingLevel {
    return Math.min(this.level + 1, 6) as HeadingLevel;
  }

  /** Classes for the container: the active theme. */
  protected get containerClass(): string {
    return `container theme-${this.activeTheme}`;
  }

  /**
   * Warns once about a value that was not used. Names the attribute and the
   * value as the host wrote it, when it came from an attribute.
   */
  protected refuse(attribute: string, value: unknown, expected: string, using: string): void {
    const written = this.getAttribute(attribute) ?? value;
    warn(`<${this.localName}> ignored ${attribute}=${quote(written)}: expected ${expected}. Using ${using}.`);
  }
}
