// One site-day reduced to what reports need: a compact column per ticket attribute (ids as
// indices into the day's string table) and the officers' time. Built from a replayed DayState
// and the day's events; closed days are built once and cached (day-cache.ts).
import type { QueueEvent } from '../../shared/domain/events.js';
import { CHANNELS, type DayState, FINISH_OUTCOMES, TICKET_STATUSES } from '../../shared/domain/model.js';
import { instantOfLocal, localParts, zoneOffsetMinutes } from '../../shared/i18n/time.js';
import { computeOfficerTime, type OfficerTime } from './officer-time.js';

/** Index meaning "none" in the id columns. */
export const NONE = 0xffff;
/** Value meaning "not measured" in the duration columns. */
export const UNMEASURED = -1;

export interface DayRows {
  day: string;
  timeZone: string;
  /** True when the day ended with day:closed (its rows never change again). */
  closed: boolean;
  /** The day's id table: the id columns hold indices into it. */
  strings: string[];
  n: number;
  /** handledProcedureId when the officer recorded one, else the procedure chosen at issue. */
  procedure: Uint16Array;
  field: Uint16Array;
  /** The series the ticket was issued in (before any transfer). */
  series: Uint16Array;
  /** The counter and officer of the ticket's last call (NONE when never called). */
  counter: Uint16Array;
  officer: Uint16Array;
  priority: Uint16Array;
  channel: Uint8Array;
  status: Uint8Array;
  /** Site-local hour of issue, 0..23. */
  hour: Uint8Array;
  /** Rating level and scale (0 = not rated). */
  level: Uint8Array;
  scale: Uint8Array;
  /** 1 when the officer recorded a dossier code (mã hồ sơ) at finish. */
  dossier: Uint8Array;
  /** The finish outcome as 1 + its index in FINISH_OUTCOMES; 0 when none was recorded. */
  outcome: Uint8Array;
  /** issue → first call (ms), or UNMEASURED when never called. */
  wait: Int32Array;
  /** start → finish (ms) of a served ticket, or UNMEASURED. */
  service: Int32Array;
  /** issue → end (ms) of a ticket that ended without ever being called, or UNMEASURED. */
  uncalled: Int32Array;
  /** Rating reasons: row → indices into strings. */
  reasons: Map<number, number[]>;
  officers: OfficerTime[];
}

export const STATUS_INDEX = new Map(TICKET_STATUSES.map((s, i) => [s, i]));
export const CHANNEL_INDEX = new Map(CHANNELS.map((c, i) => [c, i]));
/** Outcome → its code in the outcome column (0 stays "not recorded"). */
export const OUTCOME_CODE = new Map(FINISH_OUTCOMES.map((o, i) => [o, i + 1]));

class StringTable {
  readonly list: string[] = [];
  private readonly index = new Map<string, number>();
  of(id: string | null): number {
    if (id === null) return NONE;
    let i = this.index.get(id);
    if (i === undefined) {
      i = this.list.length;
      if (i >= NONE) throw new Error('too many distinct ids in one day');
      this.list.push(id);
      this.index.set(id, i);
    }
    return i;
  }
}

/** Local hour of an instant; arithmetic when the zone's offset is constant all day. */
function hourFunction(day: string, timeZone: string): (at: number) => number {
  const start = instantOfLocal(day, 0, timeZone);
  const end = instantOfLocal(day, 24 * 60 - 1, timeZone);
  const offset = zoneOffsetMinutes(start, timeZone);
  if (offset !== zoneOffsetMinutes(end, timeZone)) return (at) => localParts(at, timeZone).hour;
  const shift = offset * 60_000;
  return (at) => {
    const h = Math.floor(((((at + shift) % 86_400_000) + 86_400_000) % 86_400_000) / 3_600_000);
    return h;
  };
}

const clampMs = (ms: number) => Math.max(0, Math.min(ms, 0x7fffffff));

/** The end of a closed day's activity: the last event before the closing expiries and day:closed. */
export function lastActivity(events: readonly QueueEvent[]): number {
  for (let i = events.length - 1; i >= 0; i--) {
    const e = events[i];
    if (e.type !== 'day:closed' && e.type !== 'ticket:expired') return e.at;
  }
  return events[0]?.at ?? 0;
}

/**
 * Rows of a day. `until` ends the officers' open sessions: the day's last activity for a closed
 * day, now for today.
 */
export function buildDayRows(
  state: DayState,
  events: readonly QueueEvent[],
  timeZone: string,
  until: number,
): DayRows {
  const strings = new StringTable();
  const tickets = [...state.tickets.values()].sort((a, b) => a.issuedAt - b.issuedAt);
  const n = tickets.length;
  const rows: DayRows = {
    day: state.day,
    timeZone,
    closed: state.closedAt !== null,
    strings: strings.list,
    n,
    procedure: new Uint16Array(n),
    field: new Uint16Array(n),
    series: new Uint16Array(n),
    counter: new Uint16Array(n),
    officer: new Uint16Array(n),
    priority: new Uint16Array(n),
    channel: new Uint8Array(n),
    status: new Uint8Array(n),
    hour: new Uint8Array(n),
    level: new Uint8Array(n),
    scale: new Uint8Array(n),
    dossier: new Uint8Array(n),
    outcome: new Uint8Array(n),
    wait: new Int32Array(n),
    service: new Int32Array(n),
    uncalled: new Int32Array(n),
    reasons: new Map(),
    officers: computeOfficerTime(events, until),
  };
  const hourOf = hourFunction(state.day, timeZone);
  tickets.forEach((t, i) => {
    rows.procedure[i] = strings.of(t.handledProcedureId ?? t.procedureId);
    rows.field[i] = strings.of(t.fieldId);
    rows.series[i] = strings.of(t.transfers[0]?.fromSeriesId ?? t.seriesId);
    rows.counter[i] = strings.of(t.counterId);
    rows.officer[i] = strings.of(t.officerId);
    rows.priority[i] = strings.of(t.priorityId);
    rows.channel[i] = CHANNEL_INDEX.get(t.channel) ?? 0;
    rows.status[i] = STATUS_INDEX.get(t.status) ?? 0;
    rows.hour[i] = hourOf(t.issuedAt);
    rows.level[i] = t.rating?.level ?? 0;
    rows.scale[i] = t.rating?.scale ?? 0;
    rows.dossier[i] = t.dossierCode ? 1 : 0;
    rows.outcome[i] = t.outcome ? (OUTCOME_CODE.get(t.outcome) ?? 0) : 0;
    rows.wait[i] = t.firstCalledAt === null ? UNMEASURED : clampMs(t.firstCalledAt - t.issuedAt);
    rows.service[i] =
      t.status === 'done' && t.startedAt !== null && t.finishedAt !== null
        ? clampMs(t.finishedAt - t.startedAt)
        : UNMEASURED;
    rows.uncalled[i] =
      t.firstCalledAt === null && t.endedAt !== null ? clampMs(t.endedAt - t.issuedAt) : UNMEASURED;
    if (t.rating && t.rating.reasons.length > 0) {
      rows.reasons.set(
        i,
        t.rating.reasons.map((r) => strings.of(r)),
      );
    }
  });
  return rows;
}
