// Pure display logic: what the board shows from a snapshot, how long a call stays highlighted,
// which snapshot calls may still be announced, the site clock and the address options.
import { describe, expect, it } from 'vitest';
import {
  callBoard,
  hallBoard,
  visibleCalls,
  visibleCounters,
  waitingRows,
} from '../../display/state/board-model.js';
import { parseBoardOptions } from '../../display/state/board-options.js';
import { highlightRemainingMs } from '../../display/state/highlight.js';
import { msToNextMinute, siteClock } from '../../display/state/site-clock.js';
import { missedCalls } from '../../display/state/snapshot-calls.js';
import { callLanguages, LOG_LIMIT, pushBounded } from '../../display/voice/announcement-log.js';
import type { CallView, Catalogue, CounterView, QueueSnapshot } from '../../shared/protocol/views.js';

function call(seq: number, ticketId: string, counterNumber: number, at = seq * 1000): CallView {
  return {
    seq,
    at,
    recall: false,
    ticketId,
    displayNumber: ticketId,
    prefix: ticketId.replace(/\d+/g, ''),
    number: Number(ticketId.replace(/\D+/g, '')),
    language: 'vi',
    counterId: `c${counterNumber}`,
    counterNumber,
  };
}

function counter(number: number, zone: string, seriesIds: string[]): CounterView {
  return {
    id: `c${number}`,
    number,
    name: { vi: `Quầy ${number}` },
    zone,
    seriesIds,
    policy: 'fifo',
    state: 'idle',
    paused: null,
    officer: null,
    current: null,
  };
}

const COUNTERS = [
  counter(3, 'A', ['s-b']),
  counter(1, 'A', ['s-a']),
  counter(2, 'A', ['s-a', 's-b']),
  counter(4, 'B', ['s-c']),
];

describe('callBoard', () => {
  it('highlights the newest call and keeps the others in order, none lost', () => {
    const calls = [call(3, 'A003', 3), call(2, 'A002', 2), call(1, 'A001', 1)];
    const board = callBoard(calls, 6);
    expect(board.current?.ticketId).toBe('A003');
    expect(board.history.map((c) => c.ticketId)).toEqual(['A002', 'A001']);
  });

  it('shows a recalled ticket once: the recall is current, the earlier call leaves the history', () => {
    const calls = [{ ...call(5, 'A001', 1), recall: true }, call(4, 'B001', 2), call(1, 'A001', 1)];
    const board = callBoard(calls, 6);
    expect(board.current?.recall).toBe(true);
    expect(board.history.map((c) => c.ticketId)).toEqual(['B001']);
  });

  it('keeps the same ticket called again at another counter (a transfer)', () => {
    const board = callBoard([call(5, 'A001', 2), call(4, 'B001', 3), call(1, 'A001', 1)], 6);
    expect(board.history.map((c) => `${c.ticketId}@${c.counterNumber}`)).toEqual(['B001@3', 'A001@1']);
  });

  it('caps the history at the configured size', () => {
    const calls = Array.from({ length: 20 }, (_, i) =>
      call(20 - i, `A${String(20 - i).padStart(3, '0')}`, 1),
    );
    expect(callBoard(calls, 4).history).toHaveLength(4);
    expect(callBoard([], 4)).toEqual({ current: null, history: [] });
  });
});

describe('zone and counter filters', () => {
  it('sorts counters by number and filters by zone or counter', () => {
    expect(visibleCounters(COUNTERS, { kind: 'hall', zones: [] }).map((c) => c.number)).toEqual([1, 2, 3, 4]);
    expect(visibleCounters(COUNTERS, { kind: 'hall', zones: ['B'] }).map((c) => c.number)).toEqual([4]);
    expect(visibleCounters(COUNTERS, { kind: 'counter', counterNumber: 2 }).map((c) => c.id)).toEqual(['c2']);
    expect(visibleCounters(COUNTERS, { kind: 'counter', counterNumber: 9 })).toEqual([]);
  });

  it('keeps only the calls of shown counters', () => {
    const calls = [call(3, 'C001', 4), call(2, 'A002', 2), call(1, 'A001', 1)];
    const zoneA = visibleCounters(COUNTERS, { kind: 'hall', zones: ['A'] });
    expect(visibleCalls(calls, zoneA).map((c) => c.ticketId)).toEqual(['A002', 'A001']);
  });
});

describe('waiting per field', () => {
  const catalogue = {
    siteId: 'demo',
    fields: [
      {
        id: 'f-a',
        code: 'A',
        name: { vi: 'Hộ tịch', en: 'Civil status' },
        procedures: [{ seriesId: 's-a' }],
      },
      { id: 'f-b', code: 'B', name: { vi: 'Chứng thực' }, procedures: [{ seriesId: 's-b' }] },
      { id: 'f-c', code: 'C', name: { vi: 'Đất đai' }, procedures: [{ seriesId: 's-c' }] },
      { id: 'f-d', code: 'D', name: { vi: 'Kinh doanh' }, procedures: [{ seriesId: 's-c' }] },
    ],
    priorityCategories: [],
  } as unknown as Catalogue;
  const waiting = {
    total: 9,
    bySeries: { 's-a': 2, 's-b': 4, 's-c': 3 },
    byField: { 'f-a': 2, 'f-b': 4, 'f-c': 3, 'f-d': 0 },
    oldestBySeries: {},
  };

  it('names fields from the catalogue, largest first, leaves empty ones out', () => {
    expect(waitingRows(waiting, catalogue, null, 'vi')).toEqual([
      { fieldId: 'f-b', name: 'Chứng thực', count: 4 },
      { fieldId: 'f-c', name: 'Đất đai', count: 3 },
      { fieldId: 'f-a', name: 'Hộ tịch', count: 2 },
    ]);
    expect(waitingRows(waiting, catalogue, null, 'en').find((r) => r.fieldId === 'f-a')?.name).toBe(
      'Civil status',
    );
    expect(waitingRows(waiting, null, null, 'vi')).toEqual([]);
  });

  it('with a zone, only the fields and totals its counters serve', () => {
    const zoneB = visibleCounters(COUNTERS, { kind: 'hall', zones: ['B'] });
    expect(waitingRows(waiting, catalogue, zoneB, 'vi').map((r) => r.fieldId)).toEqual(['f-c']);
    const snapshot = {
      counters: COUNTERS,
      recentCalls: [],
      waiting,
      display: { historySize: 6, highlightSeconds: 10 },
    } as unknown as QueueSnapshot;
    expect(hallBoard(snapshot, { kind: 'hall', zones: ['B'] }, catalogue, 'vi').waitingTotal).toBe(3);
    expect(hallBoard(snapshot, { kind: 'hall', zones: [] }, catalogue, 'vi').waitingTotal).toBe(9);
  });
});

describe('highlight timing', () => {
  it('lasts highlightSeconds from the call on the server clock, then settles', () => {
    expect(highlightRemainingMs(10_000, 10_000, 10)).toBe(10_000);
    expect(highlightRemainingMs(10_000, 15_500, 10)).toBe(4_500);
    expect(highlightRemainingMs(10_000, 20_000, 10)).toBe(0);
    expect(highlightRemainingMs(10_000, 99_000, 10)).toBe(0);
    // A local clock slightly behind the server never shortens it.
    expect(highlightRemainingMs(10_000, 9_000, 10)).toBe(10_000);
  });
});

describe('missed calls in a snapshot', () => {
  const calls = [call(12, 'A003', 3, 100_000), call(11, 'A002', 2, 95_000), call(5, 'A001', 1, 10_000)];

  it('announces nothing on the first snapshot', () => {
    expect(missedCalls(null, calls, 100_500)).toEqual([]);
  });

  it('after a reconnect announces only fresh calls made after the last known state, oldest first', () => {
    expect(missedCalls(10, calls, 100_500).map((c) => c.ticketId)).toEqual(['A002', 'A003']);
    expect(missedCalls(11, calls, 100_500).map((c) => c.ticketId)).toEqual(['A003']);
    expect(missedCalls(12, calls, 100_500)).toEqual([]);
    // Older than the grace period: not worth saying any more.
    expect(missedCalls(10, calls, 200_000)).toEqual([]);
  });
});

describe('site clock', () => {
  it('uses the site time zone, not the process zone', () => {
    // 2026-03-01T23:30:00Z is Monday 2 March 06:30 in Hà Nội.
    const at = Date.UTC(2026, 2, 1, 23, 30);
    expect(siteClock(at, 'Asia/Ho_Chi_Minh')).toEqual({ time: '06:30', weekday: 1, date: '02/03/2026' });
    expect(siteClock(at, 'UTC')).toEqual({ time: '23:30', weekday: 7, date: '01/03/2026' });
  });

  it('ticks on the minute', () => {
    expect(msToNextMinute(Date.UTC(2026, 2, 2, 1, 2, 59, 500))).toBe(500);
    expect(msToNextMinute(Date.UTC(2026, 2, 2, 1, 2, 0, 0))).toBe(60_000);
  });
});

describe('board options from the address', () => {
  it('hall board speaks, counter board does not, unless told', () => {
    expect(parseBoardOptions('')).toEqual({ mode: { kind: 'hall', zones: [] }, voice: true, pack: 'centre' });
    expect(parseBoardOptions('?zone=A,B')).toEqual({
      mode: { kind: 'hall', zones: ['A', 'B'] },
      voice: true,
      pack: 'centre',
    });
    expect(parseBoardOptions('?counter=3')).toEqual({
      mode: { kind: 'counter', counterNumber: 3 },
      voice: false,
      pack: 'centre',
    });
    expect(parseBoardOptions('?counter=3&voice=1').voice).toBe(true);
    expect(parseBoardOptions('?voice=0').voice).toBe(false);
  });

  it('ignores malformed values', () => {
    expect(parseBoardOptions('?counter=abc&zone=<script>').mode).toEqual({ kind: 'hall', zones: [] });
    expect(parseBoardOptions('?pack=../../etc').pack).toBe('centre');
  });

  it('chooses the voice pack per display', () => {
    expect(parseBoardOptions('?pack=builtin').pack).toBe('builtin');
    expect(parseBoardOptions('?counter=3&voice=1&pack=builtin')).toMatchObject({
      voice: true,
      pack: 'builtin',
    });
    expect(parseBoardOptions('?pack=centre').pack).toBe('centre');
  });
});

describe('announcement log', () => {
  it('says Vietnamese first, then the ticket language when a pack has it', () => {
    expect(callLanguages({ language: 'vi' }, ['vi', 'en'])).toEqual(['vi']);
    expect(callLanguages({ language: 'en' }, ['vi'])).toEqual(['vi', 'en']);
    expect(callLanguages({ language: 'km' }, ['vi', 'en'])).toEqual(['vi']);
    expect(callLanguages({ language: 'km' }, ['vi', 'en', 'km'])).toEqual(['vi', 'km']);
  });

  it('is bounded', () => {
    const list: number[] = [];
    for (let i = 0; i < LOG_LIMIT + 50; i++) pushBounded(list, i);
    expect(list).toHaveLength(LOG_LIMIT);
    expect(list[0]).toBe(50);
  });
});
