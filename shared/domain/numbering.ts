// Ticket numbers: a letter prefix (A001) or a numeric block (1001–1999), zero padded.
import type { DayState, Series, Ticket } from './model.js';

/** The series that issued a ticket's number (a transfer moves the ticket, not its number). */
export function issuingSeriesId(ticket: Ticket): string {
  return ticket.transfers[0]?.fromSeriesId ?? ticket.seriesId;
}

export function formatDisplayNumber(series: Series, number: number): string {
  return `${series.prefix}${String(number).padStart(series.padding, '0')}`;
}

export function blockSize(series: Series): number {
  return Math.floor((series.end - series.start) / Math.max(1, series.step)) + 1;
}

export type NextNumber = { ok: true; number: number } | { ok: false; code: 'series_exhausted' };

/**
 * The next number of a series today, or a refusal when the block is used up. After a wrap the
 * numbers of tickets still open (waiting, called, serving) are skipped, so no two open tickets
 * ever share a number.
 */
export function nextNumber(
  state: DayState,
  series: Series,
  isOpenNumber: (n: number) => boolean,
): NextNumber {
  const step = Math.max(1, series.step);
  const last = state.lastNumber.get(series.id);
  const candidate = last === undefined ? series.start : last + step;
  const mayCollide = (state.issued.get(series.id) ?? 0) >= blockSize(series);
  for (let n = candidate; n <= series.end; n += step) {
    if (!mayCollide || !isOpenNumber(n)) return { ok: true, number: n };
  }
  if (series.onExhausted === 'refuse') return { ok: false, code: 'series_exhausted' };
  for (let n = series.start; n < candidate && n <= series.end; n += step) {
    if (!isOpenNumber(n)) return { ok: true, number: n };
  }
  return { ok: false, code: 'series_exhausted' };
}
