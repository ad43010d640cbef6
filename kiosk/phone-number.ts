// A Vietnamese mobile number as the citizen may type it (0912 345 678, +84 912 345 678): the same
// rule as phoneSchema on the server, kept out of the pages' bundles (no zod in the browser).
export const MOBILE = /^(?:\+?84|0)[35789]\d{8}$/;

export const isMobile = (raw: string): boolean => MOBILE.test(raw.replace(/[\s.()-]/g, ''));

/** 0912345678 → 0912 345 678 (as typed so far). */
export function groupDigits(digits: string): string {
  return [digits.slice(0, 4), digits.slice(4, 7), digits.slice(7)].filter(Boolean).join(' ');
}
