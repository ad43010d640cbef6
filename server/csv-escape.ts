// The one formula guard for every CSV the hub writes (catalogue, reports, dossier codes): a
// spreadsheet runs a cell that starts with = + - @ (or a tab or carriage return) as a formula —
// =HYPERLINK(…) in a procedure name or a note would send the reader's data away. Such text is
// written with a leading apostrophe, and read back without it, so a round trip changes nothing.

const FORMULA_START = /^[=+\-@\t\r]/;

export function escapeFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

export function unescapeFormula(text: string): string {
  return text.startsWith("'") && FORMULA_START.test(text.slice(1)) ? text.slice(1) : text;
}
