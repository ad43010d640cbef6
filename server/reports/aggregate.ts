// One pass over the rows of many days: the rows that pass the filters are counted into a total
// and into groups (per procedure, field, series, counter, officer, day or month).
import { FINISH_OUTCOMES } from '../../shared/domain/model.js';
import { type DayRows, NONE, STATUS_INDEX, UNMEASURED } from './day-rows.js';
import type { ReportFilters } from './query.js';
import { DurationList } from './stats.js';

export const GROUP_KEYS = [
  'procedure',
  'field',
  'series',
  'counter',
  'officer',
  'day',
  'month',
  'procedure-month',
  'field-month',
] as const;
export type GroupKey = (typeof GROUP_KEYS)[number];

export interface Acc {
  issued: number;
  served: number;
  noShow: number;
  cancelled: number;
  expired: number;
  /** Still waiting, called or being served (today only). */
  open: number;
  waits: DurationList;
  services: DurationList;
  /** Service level: tickets first called within the series' target / tickets that count. */
  slWithin: number;
  slTotal: number;
  ratings: number;
  satisfied: number;
  /** Served tickets with a dossier code (mã hồ sơ). */
  dossiers: number;
  /** Served tickets per finish outcome (index = outcome code - 1, see OUTCOME_CODE). */
  outcomes: number[];
  /** Ratings per level (index = level). */
  levels: number[];
  reasons: Map<string, number>;
}

export function emptyAcc(): Acc {
  return {
    issued: 0,
    served: 0,
    noShow: 0,
    cancelled: 0,
    expired: 0,
    open: 0,
    waits: new DurationList(),
    services: new DurationList(),
    slWithin: 0,
    slTotal: 0,
    ratings: 0,
    satisfied: 0,
    dossiers: 0,
    outcomes: FINISH_OUTCOMES.map(() => 0),
    levels: [0, 0, 0, 0, 0, 0],
    reasons: new Map(),
  };
}

export interface AggregateRules {
  /** Target wait (ms) of a series, or null when the series is unknown. */
  targetWaitMs(seriesId: string): number | null;
  /** Whether a rating counts as satisfied. */
  satisfied(level: number, scale: number): boolean;
}

const DONE = STATUS_INDEX.get('done') ?? -1;
const NO_SHOW = STATUS_INDEX.get('no_show') ?? -1;
const CANCELLED = STATUS_INDEX.get('cancelled') ?? -1;
const EXPIRED = STATUS_INDEX.get('expired') ?? -1;

const FILTER_COLUMNS = {
  fieldId: 'field',
  procedureId: 'procedure',
  seriesId: 'series',
  counterId: 'counter',
  officerId: 'officer',
} as const;

type Predicate = (i: number) => boolean;

/** The filters as tests on row indices of one day, or null when no row can match. */
export function dayPredicates(rows: DayRows, filters: ReportFilters): Predicate[] | null {
  const tests: Predicate[] = [];
  const indexOf = (id: string) => rows.strings.indexOf(id);
  for (const [name, column] of Object.entries(FILTER_COLUMNS) as [
    keyof typeof FILTER_COLUMNS,
    keyof DayRows,
  ][]) {
    const id = filters[name];
    if (id === undefined) continue;
    const idx = indexOf(id);
    if (idx < 0) return null;
    const col = rows[column] as Uint16Array;
    tests.push((i) => col[i] === idx);
  }
  if (filters.channel !== undefined) {
    const c = ['kiosk', 'staff', 'phone', 'appointment'].indexOf(filters.channel);
    tests.push((i) => rows.channel[i] === c);
  }
  if (filters.priority !== undefined) {
    const p = filters.priority;
    if (p === 'none') tests.push((i) => rows.priority[i] === NONE);
    else if (p === 'any') tests.push((i) => rows.priority[i] !== NONE);
    else {
      const idx = indexOf(p);
      if (idx < 0) return null;
      tests.push((i) => rows.priority[i] === idx);
    }
  }
  return tests;
}

/** Calls fn for every row of the day that passes the filters. */
export function forEachRow(rows: DayRows, filters: ReportFilters, fn: (i: number) => void): void {
  const tests = dayPredicates(rows, filters);
  if (!tests) return;
  outer: for (let i = 0; i < rows.n; i++) {
    for (const t of tests) if (!t(i)) continue outer;
    fn(i);
  }
}

export class Aggregator {
  private readonly totalAcc = emptyAcc();
  readonly groups = new Map<string, Acc>();

  /** Everything counted; when grouping, its durations are gathered from the groups. */
  get total(): Acc {
    if (this.group === null) return this.totalAcc;
    const groups = [...this.groups.values()];
    return {
      ...this.totalAcc,
      waits: DurationList.concat(groups.map((g) => g.waits)),
      services: DurationList.concat(groups.map((g) => g.services)),
    };
  }

  constructor(
    private readonly group: GroupKey | null,
    private readonly filters: ReportFilters,
    private readonly rules: AggregateRules,
  ) {}

  private groupOf(key: string): Acc {
    let acc = this.groups.get(key);
    if (!acc) {
      acc = emptyAcc();
      this.groups.set(key, acc);
    }
    return acc;
  }

  /** Group accumulator per row: resolved once per distinct id of the day. */
  private groupResolver(rows: DayRows): ((i: number) => Acc) | null {
    const month = rows.day.slice(0, 7);
    const byColumn = (col: Uint16Array, suffix = '') => {
      const cache = new Map<number, Acc>();
      return (i: number) => {
        const idx = col[i];
        let acc = cache.get(idx);
        if (!acc) {
          acc = this.groupOf(`${idx === NONE ? '' : rows.strings[idx]}${suffix}`);
          cache.set(idx, acc);
        }
        return acc;
      };
    };
    switch (this.group) {
      case null:
        return null;
      case 'day':
      case 'month': {
        // Created on the first matching row, so a day without one makes no empty group.
        const key = this.group === 'day' ? rows.day : month;
        let acc: Acc | null = null;
        return () => {
          acc ??= this.groupOf(key);
          return acc;
        };
      }
      case 'procedure-month':
        return byColumn(rows.procedure, `|${month}`);
      case 'field-month':
        return byColumn(rows.field, `|${month}`);
      default:
        return byColumn(rows[this.group]);
    }
  }

  add(rows: DayRows): void {
    const groupAt = this.groupResolver(rows);
    const target = rows.strings.map((id) => this.rules.targetWaitMs(id));
    const satisfied = new Map<number, boolean>();
    const isSatisfied = (level: number, scale: number) => {
      const k = level * 16 + scale;
      let s = satisfied.get(k);
      if (s === undefined) {
        s = this.rules.satisfied(level, scale);
        satisfied.set(k, s);
      }
      return s;
    };
    forEachRow(rows, this.filters, (i) => {
      const satisfiedHere = rows.level[i] > 0 && isSatisfied(rows.level[i], rows.scale[i]);
      const targetMs = target[rows.series[i]] ?? null;
      addRow(this.totalAcc, rows, i, targetMs, satisfiedHere, !groupAt);
      if (groupAt) addRow(groupAt(i), rows, i, targetMs, satisfiedHere, true);
    });
  }
}

function addRow(
  acc: Acc,
  rows: DayRows,
  i: number,
  targetMs: number | null,
  satisfied: boolean,
  durations: boolean,
): void {
  acc.issued += 1;
  const status = rows.status[i];
  if (status === DONE) {
    acc.served += 1;
    acc.dossiers += rows.dossier[i];
    const outcome = rows.outcome[i];
    if (outcome > 0) acc.outcomes[outcome - 1] += 1;
  } else if (status === NO_SHOW) acc.noShow += 1;
  else if (status === CANCELLED) acc.cancelled += 1;
  else if (status === EXPIRED) acc.expired += 1;
  else acc.open += 1;
  const wait = rows.wait[i];
  if (durations) {
    if (wait !== UNMEASURED) acc.waits.push(wait);
    const service = rows.service[i];
    if (service !== UNMEASURED) acc.services.push(service);
  }
  if (targetMs !== null) {
    if (wait !== UNMEASURED) {
      acc.slTotal += 1;
      if (wait <= targetMs) acc.slWithin += 1;
    } else if (rows.uncalled[i] !== UNMEASURED && rows.uncalled[i] > targetMs) {
      acc.slTotal += 1;
    }
  }
  const level = rows.level[i];
  if (level > 0) {
    acc.ratings += 1;
    acc.levels[level] = (acc.levels[level] ?? 0) + 1;
    if (satisfied) acc.satisfied += 1;
    const reasons = rows.reasons.get(i);
    if (reasons) {
      for (const r of reasons) {
        const id = rows.strings[r];
        acc.reasons.set(id, (acc.reasons.get(id) ?? 0) + 1);
      }
    }
  }
}
