/** Every message the library logs starts with this, so hosts can filter it. */
export const WARN_PREFIX = '[mmn-widgets]';

const MAX_SHOWN = 80;

/** Logs one warning for the host page's developer. Never throws. */
export function warn(message: string): void {
  console.warn(`${WARN_PREFIX} ${message}`);
}

/**
 * Quotes a refused value for a warning, shortened so that a huge hostile
 * value cannot flood the console.
 */
export function quote(value: unknown): string {
  const text = String(value);
  const shown = text.length > MAX_SHOWN ? `${text.slice(0, MAX_SHOWN)}…` : text;
  return JSON.stringify(shown);
}
