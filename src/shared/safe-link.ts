/**
 * Allow-lists for values that become links. The browser's own URL parser
 * decides, so every disguise of `javascript:` (case, tabs, new lines,
 * leading spaces, control characters) is seen as the browser would see it.
 */

const WEB_PROTOCOLS = new Set(['https:', 'http:']);

/**
 * Returns the absolute `https:`/`http:` URL for `value`, or `null` when the
 * value is empty or uses any other scheme. Relative URLs resolve against
 * the host page, as a plain link on that page would.
 */
export function toWebUrl(value: string | null | undefined): string | null {
  if (value == null) return null;
  const text = String(value).trim();
  if (!text) return null;
  let url: URL;
  try {
    url = new URL(text, globalThis.document?.baseURI);
  } catch {
    return null;
  }
  return WEB_PROTOCOLS.has(url.protocol) ? url.href : null;
}

export interface PhoneNumber {
  /** As the reader sees it, e.g. `855-250-5111`. */
  readonly display: string;
  /** A `tel:` URL holding only digits and an optional leading `+`. */
  readonly href: string;
}

const PHONE_CHARS = /^\+?[\d\s().-]+$/;

/**
 * Accepts digits with the usual separators (space, `-`, `.`, brackets) and
 * an optional leading `+`; 3 to 15 digits (the E.164 maximum).
 * Anything else (letters, `;`, other schemes) returns `null`.
 */
export function toPhoneNumber(value: string | null | undefined): PhoneNumber | null {
  if (value == null) return null;
  const display = String(value).trim().replace(/\s+/g, ' ');
  if (!PHONE_CHARS.test(display)) return null;
  const digits = display.replace(/\D/g, '');
  if (digits.length < 3 || digits.length > 15) return null;
  return { display, href: `tel:${display.startsWith('+') ? '+' : ''}${digits}` };
}
