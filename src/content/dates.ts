/**
 * When a content record was last reviewed and when its next review is due
 * (the NHS's "Page last reviewed / Next review due" pattern). A record is
 * due 12 months after its review unless it says otherwise:
 * `...reviewDates('2026-11-30')` or
 * `...reviewDates('2026-11-30', { nextReview: '2027-06-01' })`.
 *
 * scripts/review-dates.js reads these calls from the source (for the
 * language files, the manifest, the builder and the warning `npm test`
 * prints when a review is near); a Node test checks that it finds the same
 * dates as this function.
 */
export interface ReviewDates {
  /** The day a person last checked the copy against its sources, `YYYY-MM-DD`. */
  readonly lastReviewed: string;
  /** The day the copy must be checked again, `YYYY-MM-DD`. */
  readonly nextReview: string;
}

/** Months between two reviews, unless a record says otherwise. */
export const REVIEW_MONTHS = 12;

/** `YYYY-MM-DD` plus whole months; a day the month lacks becomes its last (2028-02-29 + 12 → 2029-02-28). */
export function addMonths(isoDate: string, months: number): string {
  const [year, month, day] = isoDate.split('-').map(Number);
  const target = new Date(Date.UTC(year, month - 1 + months, 1));
  const last = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(day, last));
  return target.toISOString().slice(0, 10);
}

export function reviewDates(lastReviewed: string, options: { readonly nextReview?: string } = {}): ReviewDates {
  return { lastReviewed, nextReview: options.nextReview ?? addMonths(lastReviewed, REVIEW_MONTHS) };
}
