// CSV as Excel writes and reads it: UTF-8 with a BOM, CRLF, RFC 4180 quoting. Reading accepts
// comma, semicolon (Vietnamese-locale Excel) or tab separators, found from the header line.
// Formula-like cells are guarded by server/csv-escape.ts (written with an apostrophe, read without).

import { escapeFormula, unescapeFormula } from '../csv-escape.js';

const NEEDS_QUOTES = /[",;\t\r\n]|^\s|\s$/;

function cell(value: string): string {
  const safe = escapeFormula(value);
  return NEEDS_QUOTES.test(safe) || safe.startsWith("'") ? `"${safe.replaceAll('"', '""')}"` : safe;
}

export function writeCsv(table: readonly (readonly string[])[]): string {
  return `\uFEFF${table.map((row) => row.map(cell).join(',')).join('\r\n')}\r\n`;
}

function detectSeparator(text: string): string {
  let inQuotes = false;
  const counts: Record<string, number> = { ',': 0, ';': 0, '\t': 0 };
  for (const ch of text) {
    if (ch === '"') inQuotes = !inQuotes;
    else if (!inQuotes && (ch === '\n' || ch === '\r')) break;
    else if (!inQuotes && ch in counts) counts[ch] += 1;
  }
  return Object.entries(counts).sort((a, b) => b[1] - a[1])[0][0];
}

/** Rows of cells; a quoted cell may hold separators, quotes ("") and line breaks. */
export function parseCsv(input: string): string[][] {
  const text = input.startsWith('\uFEFF') ? input.slice(1) : input;
  const sep = detectSeparator(text);
  const rows: string[][] = [];
  let row: string[] = [];
  let value = '';
  let quoted = false;
  let inQuotes = false;
  const endCell = () => {
    row.push(quoted ? unescapeFormula(value) : value);
    value = '';
    quoted = false;
  };
  const endRow = () => {
    endCell();
    if (row.length > 1 || row[0] !== '') rows.push(row);
    row = [];
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (inQuotes) {
      if (ch === '"' && text[i + 1] === '"') {
        value += '"';
        i++;
      } else if (ch === '"') inQuotes = false;
      else value += ch;
    } else if (ch === '"' && value === '') {
      inQuotes = true;
      quoted = true;
    } else if (ch === sep) endCell();
    else if (ch === '\n') endRow();
    else if (ch === '\r') {
      if (text[i + 1] === '\n') i++;
      endRow();
    } else value += ch;
  }
  if (value !== '' || row.length > 0) endRow();
  return rows;
}
