// Past days of the demo centre for report screens and e2e tests: each working day is run
// through the real engine (arrivals, calls, services, pauses, ratings) and written as a closed
// journal, exactly as the hub would have left it.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  closeDayEvents,
  createDayState,
  execute,
  type QueueCommand,
  type QueueEvent,
  type SiteConfig,
} from '../../shared/domain/index.js';
import { addDays, instantOfLocal, weekdayOf } from '../../shared/i18n/time.js';

/** Counter → officer signed in there all day. */
const STAFFED: [string, string][] = [
  ['c1', 'u-canbo1'],
  ['c3', 'u-canbo2'],
  ['c6', 'u-canbo3'],
];

function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function simulateDay(config: SiteConfig, day: string, seed: number): QueueEvent[] {
  const rnd = random(seed);
  const zone = config.site.timeZone;
  const state = createDayState(config.site.id, day);
  let n = 0;
  const ctx = {
    now: instantOfLocal(day, 7 * 60 + 25, zone),
    newId: () => `${day}-${++n}`,
    newToken: () => `tk-${day}-${n}-${'x'.repeat(12)}`,
  };
  const events: QueueEvent[] = [];
  const run = (cmd: QueueCommand) => {
    const r = execute(config, state, cmd, ctx);
    if (r.ok) events.push(...r.events);
    return r;
  };
  const procedures = config.procedures.filter((p) => !p.retired).slice(0, 30);
  for (const [counterId, officerId] of STAFFED) run({ type: 'counter:sign-in', counterId, officerId });
  const busyUntil = new Map<string, number>();
  const lunch = new Set<string>();
  for (let minute = 7 * 60 + 30; minute < 17 * 60; minute++) {
    ctx.now = instantOfLocal(day, minute, zone);
    const hour = Math.floor(minute / 60);
    const rate = hour === 8 || hour === 9 || hour === 14 ? 0.32 : hour === 12 ? 0.05 : 0.17;
    if (rnd() < rate) {
      const p = procedures[Math.floor(rnd() * rnd() * procedures.length)];
      run({
        type: 'ticket:issue',
        procedureId: p.id,
        channel: rnd() < 0.85 ? 'kiosk' : 'staff',
        priorityId: rnd() < 0.06 ? (config.priorityCategories[0]?.id ?? null) : null,
      });
    }
    for (const [counterId, officerId] of STAFFED) {
      const c = state.counters.get(counterId);
      if (minute === 11 * 60 + 40 && !c?.currentTicketId) {
        run({ type: 'counter:pause', counterId, reason: 'lunch' });
        lunch.add(counterId);
      }
      if (minute === 13 * 60 && lunch.has(counterId)) run({ type: 'counter:resume', counterId });
      if (c?.paused) continue;
      const current = c?.currentTicketId ? state.tickets.get(c.currentTicketId) : undefined;
      if (current?.status === 'called') {
        if (rnd() < 0.06) run({ type: 'counter:no-show', counterId });
        else run({ type: 'counter:start', counterId });
        busyUntil.set(counterId, minute + 3 + Math.floor(rnd() * 10));
        continue;
      }
      if (current?.status === 'serving') {
        if (minute < (busyUntil.get(counterId) ?? 0)) continue;
        run({ type: 'counter:finish', counterId });
        if (rnd() < 0.55) {
          const r = rnd();
          const level = r < 0.72 ? 3 : r < 0.93 ? 2 : 1;
          run({
            type: 'ticket:rate',
            ticketId: current.id,
            level,
            scale: 3,
            reasons: level === 1 ? ['wait'] : [],
            via: 'counter',
          });
        }
      }
      run({ type: 'counter:call-next', counterId, officerId });
    }
  }
  ctx.now = instantOfLocal(day, 17 * 60 + 10, zone);
  for (const [counterId, officerId] of STAFFED) run({ type: 'counter:sign-out', counterId, officerId });
  const close = closeDayEvents(state, instantOfLocal(addDays(day, 1), 0, zone) + 200);
  events.push(...close);
  return events.map((e, i) => ({ ...e, seq: i + 1 }));
}

/** Writes `count` working days of history ending the day before `today`. */
export async function seedHistory(
  dataDir: string,
  config: SiteConfig,
  today: string,
  count: number,
): Promise<string[]> {
  const dir = join(dataDir, 'sites', config.site.id, 'days');
  await mkdir(dir, { recursive: true });
  const days: string[] = [];
  for (let d = addDays(today, -1); days.length < count; d = addDays(d, -1))
    if (weekdayOf(d) <= 5) days.push(d);
  for (const [i, day] of days.entries()) {
    const events = simulateDay(config, day, i + 1);
    await writeFile(join(dir, `${day}.jsonl`), events.map((e) => `${JSON.stringify(e)}\n`).join(''));
  }
  return days.reverse();
}
