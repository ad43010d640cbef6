// A journal line is accepted only with an event's envelope (known type, finite time, positive
// whole seq) and an intact checksum; anything else is a problem the reader reports, not an event.
import { describe, expect, it } from 'vitest';
import type { QueueEvent } from '../../shared/domain/events.js';
import { decodeJournalLine, encodeJournalLine } from '../../server/store/journal-line.js';

const bytes = (text: string) => new TextEncoder().encode(text.trimEnd());
/** A line with a correct checksum for whatever object it is given. */
const line = (value: unknown) => bytes(encodeJournalLine(value as QueueEvent));

const good = { type: 'ticket:called', at: 1_796_360_000_000, seq: 12, ticketId: 't1', counterId: 'c1' };

describe('journal lines', () => {
  it('reads back what it wrote, checked, other fields kept', () => {
    const decoded = decodeJournalLine(line(good));
    expect(decoded).toEqual({ ok: true, event: good, checked: true });
  });

  it('accepts a line written before checksums existed, marked unchecked', () => {
    expect(decodeJournalLine(bytes(JSON.stringify(good)))).toEqual({ ok: true, event: good, checked: false });
  });

  it.each([
    ['an unknown type', { ...good, type: 'ticket:stolen' }],
    ['no type', { at: good.at, seq: 3 }],
    ['a time that is text', { ...good, at: '08:00' }],
    ['no time', { type: good.type, seq: 3 }],
    ['seq 0', { ...good, seq: 0 }],
    ['a negative seq', { ...good, seq: -4 }],
    ['a fractional seq', { ...good, seq: 1.5 }],
    ['a seq that is text', { ...good, seq: '12' }],
  ])('refuses %s', (_what, value) => {
    expect(decodeJournalLine(line(value))).toEqual({ ok: false, problem: 'is not a queue event' });
  });

  it.each([
    ['an array', [good]],
    ['null', null],
    ['a number', 12],
  ])('refuses %s (a line without a checksum)', (_what, value) => {
    expect(decodeJournalLine(bytes(JSON.stringify(value)))).toEqual({
      ok: false,
      problem: 'is not a queue event',
    });
  });

  it('refuses an altered byte, broken JSON and broken UTF-8', () => {
    const altered = line(good);
    altered[10] ^= 1;
    expect(decodeJournalLine(altered)).toEqual({ ok: false, problem: 'fails its checksum (altered)' });
    expect(decodeJournalLine(bytes('{"type":'))).toEqual({ ok: false, problem: 'is not valid JSON' });
    expect(decodeJournalLine(new Uint8Array([0x7b, 0xff, 0x7d]))).toEqual({
      ok: false,
      problem: 'is not valid UTF-8',
    });
  });
});
