// What the hall board shows, computed from the snapshot: the latest call (highlighted), the
// previous calls (history, without repeats of the same ticket at the same counter), the counters
// and the people waiting per field. Pure functions: the snapshot stays the source of truth.
import type { Locale } from '../../shared/domain/model.js';
import { localized } from '../../shared/i18n/messages.js';
import type {
  CallView,
  Catalogue,
  CounterView,
  QueueSnapshot,
  WaitingCounts,
} from '../../shared/protocol/views.js';
import type { BoardMode } from './board-options.js';

/** The counters a board shows, by counter number. */
export function visibleCounters(counters: readonly CounterView[], mode: BoardMode): CounterView[] {
  const shown =
    mode.kind === 'counter'
      ? counters.filter((c) => c.number === mode.counterNumber)
      : mode.zones.length > 0
        ? counters.filter((c) => mode.zones.includes(c.zone))
        : [...counters];
  return shown.sort((a, b) => a.number - b.number);
}

/** Calls at the given counters, newest first (as in the snapshot). */
export function visibleCalls(calls: readonly CallView[], counters: readonly CounterView[]): CallView[] {
  const ids = new Set(counters.map((c) => c.id));
  return calls.filter((call) => ids.has(call.counterId));
}

export interface CallBoard {
  current: CallView | null;
  /** Earlier calls, newest first, at most `size`; never the current one again. */
  history: CallView[];
}

/** Splits the newest-first calls into the highlighted one and the history of `size`. */
export function callBoard(calls: readonly CallView[], size: number): CallBoard {
  const [current, ...rest] = calls;
  if (current === undefined) return { current: null, history: [] };
  const seen = new Set([`${current.ticketId}\u0000${current.counterId}`]);
  const history: CallView[] = [];
  for (const call of rest) {
    if (history.length >= size) break;
    const key = `${call.ticketId}\u0000${call.counterId}`;
    if (seen.has(key)) continue;
    seen.add(key);
    history.push(call);
  }
  return { current, history };
}

export interface WaitingRow {
  fieldId: string;
  name: string;
  count: number;
}

/**
 * People waiting per field, names from the catalogue, largest first; fields nobody waits for are
 * left out. With a zone filter only fields whose procedures are served by the zone's counters.
 */
export function waitingRows(
  waiting: WaitingCounts,
  catalogue: Catalogue | null,
  counters: readonly CounterView[] | null,
  locale: Locale,
): WaitingRow[] {
  if (catalogue === null) return [];
  const served = counters === null ? null : new Set(counters.flatMap((c) => c.seriesIds));
  const rows: WaitingRow[] = [];
  for (const field of catalogue.fields) {
    const count = waiting.byField[field.id] ?? 0;
    if (count <= 0) continue;
    if (served !== null && !field.procedures.some((p) => served.has(p.seriesId))) continue;
    rows.push({ fieldId: field.id, name: localized(field.name, locale), count });
  }
  return rows.sort((a, b) => b.count - a.count || a.name.localeCompare(b.name, 'vi'));
}

/** Total waiting for the shown counters' series (all series without a zone filter). */
export function waitingTotal(waiting: WaitingCounts, counters: readonly CounterView[] | null): number {
  if (counters === null) return waiting.total;
  const series = new Set(counters.flatMap((c) => c.seriesIds));
  let total = 0;
  for (const id of series) total += waiting.bySeries[id] ?? 0;
  return total;
}

export interface HallBoard extends CallBoard {
  counters: CounterView[];
  waiting: WaitingRow[];
  waitingTotal: number;
}

export function hallBoard(
  snapshot: QueueSnapshot,
  mode: BoardMode,
  catalogue: Catalogue | null,
  locale: Locale,
): HallBoard {
  const counters = visibleCounters(snapshot.counters, mode);
  const filtered = mode.kind === 'hall' && mode.zones.length === 0 ? null : counters;
  return {
    ...callBoard(visibleCalls(snapshot.recentCalls, counters), snapshot.display.historySize),
    counters,
    waiting: waitingRows(snapshot.waiting, catalogue, filtered, locale),
    waitingTotal: waitingTotal(snapshot.waiting, filtered),
  };
}
