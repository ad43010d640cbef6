// A big centre's history written straight in the journal format, fast: 6 series, 60 procedures,
// 30 counters with one officer each, 1,200 tickets a working day (Mon–Fri). Each day is a
// simulation: arrivals by hour, FIFO calls per series, a 15-minute meeting per counter,
// no-shows, cancellations, ratings, and the expiries and day:closed of the midnight close.
import { execFileSync } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { DEFAULT_RULES, type SiteConfig } from '../../shared/domain/index.js';
import { addDays, instantOfLocal, weekdayOf } from '../../shared/i18n/time.js';

export const BENCH_SITE = 'bench';
const ZONE = 'Asia/Ho_Chi_Minh';
const SERIES = ['A', 'B', 'C', 'D', 'E', 'F'];
const PROCEDURES_PER_SERIES = 10;
const COUNTERS_PER_SERIES = 5;
export const TICKETS_PER_DAY = 1200;
const MIN = 60_000;

export function benchConfig(): SiteConfig {
  const day = [{ start: '07:00', end: '17:30' }];
  return {
    site: {
      id: BENCH_SITE,
      name: { vi: 'Trung tâm đo tải báo cáo' },
      ward: { vi: 'Phường 1' },
      province: { vi: 'Tỉnh Vĩnh Long' },
      timeZone: ZONE,
      openingHours: { '1': day, '2': day, '3': day, '4': day, '5': day },
      holidays: [],
    },
    fields: SERIES.map((s) => ({ id: `f-${s}`, code: s, name: { vi: `Lĩnh vực ${s}` } })),
    procedures: SERIES.flatMap((s) =>
      Array.from({ length: PROCEDURES_PER_SERIES }, (_, i) => ({
        id: `p-${s}${i}`,
        code: `1.00${String(SERIES.indexOf(s) * 100 + i).padStart(4, '0')}.000.00.00.H59`,
        name: { vi: `Thủ tục ${s}${i}` },
        fieldId: `f-${s}`,
        seriesId: `s-${s}`,
      })),
    ),
    series: SERIES.map((s) => ({
      id: `s-${s}`,
      name: { vi: `Dãy ${s}` },
      prefix: s,
      start: 1,
      end: 999,
      step: 1,
      padding: 3,
      dailyCap: 0,
      onExhausted: 'refuse' as const,
      targetWaitMinutes: 20,
    })),
    counters: SERIES.flatMap((s, si) =>
      Array.from({ length: COUNTERS_PER_SERIES }, (_, i) => {
        const n = si * COUNTERS_PER_SERIES + i + 1;
        return {
          id: `c${n}`,
          number: n,
          name: { vi: `Quầy ${n}` },
          zone: s,
          series: [{ seriesId: `s-${s}` }],
          policy: 'fifo' as const,
        };
      }),
    ),
    priorityCategories: [{ id: 'elderly', name: { vi: 'Người cao tuổi' }, requiresConfirmation: false }],
    rules: DEFAULT_RULES,
  };
}

/** Deterministic pseudo-random numbers (mulberry32). */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Arrivals per hour of the day (07..16), a morning and an afternoon peak. */
const HOUR_WEIGHTS = [
  [7, 3],
  [8, 9],
  [9, 10],
  [10, 8],
  [11, 4],
  [13, 6],
  [14, 9],
  [15, 7],
  [16, 3],
] as const;
const WEIGHT_SUM = HOUR_WEIGHTS.reduce((a, [, w]) => a + w, 0);

function arrivalMinute(rnd: () => number): number {
  let x = rnd() * WEIGHT_SUM;
  for (const [hour, w] of HOUR_WEIGHTS) {
    if (x < w) return hour * 60 + rnd() * 60;
    x -= w;
  }
  return 16 * 60 + rnd() * 60;
}

type Pending = [at: number, order: number, json: string];

/** The journal lines of one working day. */
export function dayJournal(day: string, dayIndex: number): string {
  const rnd = random(dayIndex * 7919 + 17);
  const midnight = instantOfLocal(day, 0, ZONE);
  const events: Pending[] = [];
  let order = 0;
  const push = (at: number, json: string) => events.push([Math.round(at), order++, json]);
  const counterFree: number[][] = SERIES.map(() => []);
  const paused: boolean[][] = SERIES.map(() => []);
  for (let s = 0; s < SERIES.length; s++) {
    for (let c = 0; c < COUNTERS_PER_SERIES; c++) {
      const n = s * COUNTERS_PER_SERIES + c + 1;
      const at = midnight + 7 * 60 * MIN + 25 * MIN;
      push(at, `{"type":"counter:signed-in","at":${at},"counterId":"c${n}","officerId":"u-o${n}"}`);
      counterFree[s][c] = at;
      paused[s][c] = false;
    }
  }
  const perSeries = TICKETS_PER_DAY / SERIES.length;
  const open: string[] = [];
  for (let s = 0; s < SERIES.length; s++) {
    const prefix = SERIES[s];
    const arrivals = Array.from({ length: perSeries }, () => midnight + arrivalMinute(rnd) * MIN).sort(
      (a, b) => a - b,
    );
    arrivals.forEach((issuedAt, i) => {
      const number = i + 1;
      const id = `${dayIndex}-${prefix}${number}`;
      const proc = Math.floor(rnd() * rnd() * PROCEDURES_PER_SERIES);
      const priority = rnd() < 0.08 ? '"elderly"' : 'null';
      const channel = rnd() < 0.85 ? 'kiosk' : 'staff';
      const display = `${prefix}${String(number).padStart(3, '0')}`;
      push(
        issuedAt,
        `{"type":"ticket:issued","at":${Math.round(issuedAt)},"ticket":{"id":"${id}","siteId":"${BENCH_SITE}","day":"${day}","seriesId":"s-${prefix}","issueIndex":${number},"number":${number},"displayNumber":"${display}","procedureId":"p-${prefix}${proc}","fieldId":"f-${prefix}","priorityId":${priority},"priorityToConfirm":false,"channel":"${channel}","language":"vi","requestId":null,"statusToken":"st${id}","status":"waiting","issuedAt":${Math.round(issuedAt)},"queueKey":${Math.round(issuedAt)},"firstCalledAt":null,"calledAt":null,"startedAt":null,"finishedAt":null,"endedAt":null,"counterId":null,"officerId":null,"targetCounterId":null,"recallCount":0,"transfers":[],"handledProcedureId":null,"note":null,"rating":null}}`,
      );
      const fate = rnd();
      if (fate < 0.03) {
        push(
          issuedAt + 5 * MIN,
          `{"type":"ticket:cancelled","at":${Math.round(issuedAt + 5 * MIN)},"ticketId":"${id}","byUserId":null}`,
        );
        return;
      }
      // The counter of this series that is free first.
      const free = counterFree[s];
      let c = 0;
      for (let k = 1; k < free.length; k++) if (free[k] < free[c]) c = k;
      let at = Math.max(issuedAt, free[c]);
      const counterId = `c${s * COUNTERS_PER_SERIES + c + 1}`;
      if (at > midnight + 17 * 60 * MIN) {
        open.push(id);
        return;
      }
      if (!paused[s][c] && at > midnight + 10 * 60 * MIN) {
        paused[s][c] = true;
        push(
          at,
          `{"type":"counter:paused","at":${Math.round(at)},"counterId":"${counterId}","reason":"meeting","note":null}`,
        );
        at += 15 * MIN;
        push(at, `{"type":"counter:resumed","at":${Math.round(at)},"counterId":"${counterId}"}`);
      }
      const officer = `u-o${s * COUNTERS_PER_SERIES + c + 1}`;
      const t = Math.round(at);
      push(
        t,
        `{"type":"ticket:called","at":${t},"ticketId":"${id}","counterId":"${counterId}","officerId":"${officer}","next":true}`,
      );
      if (fate < 0.08) {
        const end = t + 2 * MIN;
        push(end, `{"type":"ticket:no-show","at":${end},"ticketId":"${id}","counterId":"${counterId}"}`);
        free[c] = end;
        return;
      }
      const start = t + Math.round(rnd() * MIN);
      const finish = start + Math.round((3 + rnd() * 12) * MIN);
      push(start, `{"type":"ticket:started","at":${start},"ticketId":"${id}","counterId":"${counterId}"}`);
      push(
        finish,
        `{"type":"ticket:finished","at":${finish},"ticketId":"${id}","counterId":"${counterId}","handledProcedureId":null,"note":null}`,
      );
      free[c] = finish;
      if (rnd() < 0.4) {
        const r = rnd();
        const level = r < 0.7 ? 3 : r < 0.93 ? 2 : 1;
        const reasons = level === 1 ? '["wait"]' : '[]';
        const ra = finish + MIN;
        push(
          ra,
          `{"type":"ticket:rated","at":${ra},"ticketId":"${id}","rating":{"level":${level},"scale":3,"reasons":${reasons},"at":${ra},"via":"counter"}}`,
        );
      }
    });
  }
  for (let s = 0; s < SERIES.length; s++) {
    for (let c = 0; c < COUNTERS_PER_SERIES; c++) {
      const n = s * COUNTERS_PER_SERIES + c + 1;
      const at = Math.max(counterFree[s][c], midnight + 17 * 60 * MIN) + 5 * MIN;
      push(at, `{"type":"counter:signed-out","at":${at},"counterId":"c${n}","officerId":"u-o${n}"}`);
    }
  }
  const close = midnight + 24 * 60 * MIN + 200;
  for (const id of open) push(close, `{"type":"ticket:expired","at":${close},"ticketId":"${id}"}`);
  push(close, `{"type":"day:closed","at":${close},"day":"${day}"}`);
  events.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  let out = '';
  events.forEach(([, , json], i) => {
    out += `${json.slice(0, -1)},"seq":${i + 1}}\n`;
  });
  return out;
}

/** Working days (Mon–Fri) in [from, to]. */
export function workingDays(from: string, to: string): string[] {
  const days: string[] = [];
  for (let d = from; d <= to; d = addDays(d, 1)) if (weekdayOf(d) <= 5) days.push(d);
  return days;
}

/**
 * Writes the journals of the given days and flushes them to disk (one sync for all, so the cold
 * report that follows is not slowed by their write-back); returns the bytes written.
 */
export async function writeHistory(
  dataDir: string,
  days: readonly string[],
  firstIndex = 0,
): Promise<number> {
  const dir = join(dataDir, 'sites', BENCH_SITE, 'days');
  await mkdir(dir, { recursive: true });
  let bytes = 0;
  for (let i = 0; i < days.length; i++) {
    const text = dayJournal(days[i], firstIndex + i);
    bytes += Buffer.byteLength(text);
    await writeFile(join(dir, `${days[i]}.jsonl`), text);
  }
  try {
    execFileSync('sync');
  } catch {
    // no sync(1): the page cache is flushed in its own time
  }
  return bytes;
}
