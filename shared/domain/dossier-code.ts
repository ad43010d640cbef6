// The mã hồ sơ (dossier code) an officer records at finish, typed or read by a USB scanner that
// types. Tolerant: any code of plain letters, digits and . - _ / is accepted; a code that does not
// look like the provincial one-door format (e.g. 000.00.53.H48-220921-0099) only earns a warning.

/** Longest code kept; longer input is refused (a scanner that ran on, a pasted paragraph). */
export const DOSSIER_CODE_MAX = 60;

const ALLOWED = /^[A-Z0-9][A-Z0-9._/-]*$/;
/** <agency: 000.00.53>.<province: H48>-<yyMMdd>-<serial>, the shape of the one-door systems' codes. */
const USUAL = /^(?:\d{3}\.\d{2}\.\d{2}\.)?[A-Z]\d{2}(?:\.\d{1,3})?-(\d{2})(\d{2})(\d{2})-\d{3,6}$/;

export type DossierCodeCheck =
  | { ok: true; code: string; warning: 'dossier_code_unusual' | null }
  | { ok: false; error: 'dossier_code_invalid' };

/**
 * Cleans what a keyboard or scanner typed (NFC, upper case, every space or line break dropped)
 * and checks it. Refuses only empty, too long or odd-character input.
 */
export function checkDossierCode(raw: string): DossierCodeCheck {
  const code = raw.normalize('NFC').replace(/\s+/g, '').toUpperCase();
  if (code.length === 0 || code.length > DOSSIER_CODE_MAX || !ALLOWED.test(code)) {
    return { ok: false, error: 'dossier_code_invalid' };
  }
  return { ok: true, code, warning: looksUsual(code) ? null : 'dossier_code_unusual' };
}

function looksUsual(code: string): boolean {
  const match = USUAL.exec(code);
  if (!match) return false;
  const month = Number(match[2]);
  const day = Number(match[3]);
  return month >= 1 && month <= 12 && day >= 1 && day <= 31;
}

/**
 * The provincial lookup link of a code: the template's {code} is replaced by the URL-encoded
 * code. Null without a template.
 */
export function dossierLink(template: string | null | undefined, code: string): string | null {
  if (!template) return null;
  return template.split('{code}').join(encodeURIComponent(code));
}
