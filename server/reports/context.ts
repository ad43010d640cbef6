// What a report computation needs about one site: its configuration and settings as they are
// now, officer names, the day rows and today's live state.
import type { LocalizedText, SiteConfig } from '../../shared/domain/model.js';
import { localDay } from '../../shared/i18n/time.js';
import type { SiteSettings } from '../../shared/protocol/config-schemas.js';
import type { SiteHub } from '../hub/site-hub.js';
import type { UserRecord } from '../store/config-data.js';
import type { AggregateRules } from './aggregate.js';
import type { LiveDay, ReportDays } from './day-cache.js';
import type { DayRows } from './day-rows.js';
import type { ReportQuery } from './query.js';

export interface ReportContext {
  siteId: string;
  config: SiteConfig;
  settings: SiteSettings;
  users: readonly UserRecord[];
  days: ReportDays;
  live: LiveDay | null;
  now: number;
}

export function contextOf(hub: SiteHub, users: readonly UserRecord[], days: ReportDays): ReportContext {
  const now = hub.now();
  return {
    siteId: hub.siteId,
    config: hub.config,
    settings: hub.settings,
    users,
    days,
    live: { state: hub.state, now },
    now,
  };
}

export function today(ctx: ReportContext): string {
  return localDay(ctx.now, ctx.config.site.timeZone);
}

/** Calls fn with the rows of every day in the query's range, in order (reading a few ahead). */
export async function scanDays(
  ctx: ReportContext,
  q: Pick<ReportQuery, 'from' | 'to'>,
  fn: (rows: DayRows) => void,
): Promise<number> {
  const days = await ctx.days.days(ctx.siteId, q.from, q.to);
  const zone = ctx.config.site.timeZone;
  const liveDay = ctx.live?.state.day;
  if (ctx.live && liveDay && liveDay >= q.from && liveDay <= q.to && !days.includes(liveDay)) {
    days.push(liveDay);
  }
  const AHEAD = 4;
  const pending: Promise<DayRows>[] = [];
  let next = 0;
  const fill = () => {
    while (pending.length < AHEAD && next < days.length) {
      const p = ctx.days.get(ctx.siteId, days[next++], zone, ctx.live);
      p.catch(() => undefined);
      pending.push(p);
    }
  };
  fill();
  while (pending.length > 0) {
    const rows = await (pending.shift() as Promise<DayRows>);
    fill();
    fn(rows);
  }
  return days.length;
}

export function rulesOf(ctx: ReportContext): AggregateRules {
  const targets = new Map(ctx.config.series.map((s) => [s.id, s.targetWaitMinutes * 60_000]));
  const rating = ctx.settings.rating;
  return {
    targetWaitMs: (seriesId) => targets.get(seriesId) ?? null,
    satisfied: (level, scale) =>
      scale === rating.scale
        ? rating.satisfiedLevels.includes(level)
        : // A rating on an earlier scale: the top two thirds of it count as satisfied.
          level >= Math.ceil((scale * 2) / 3),
  };
}

const NOT_CALLED: LocalizedText = { vi: '(Chưa được gọi)', en: '(Not called)', km: '(មិនទាន់ហៅ)' };

export interface Label {
  label: LocalizedText;
  code?: string;
}

/** Names of the ids a report groups by, from the configuration as it is now. */
export function labeller(ctx: ReportContext, group: string): (key: string) => Label {
  const { config } = ctx;
  switch (group) {
    case 'procedure':
      return (id) => {
        const p = config.procedures.find((x) => x.id === id);
        return p ? { label: p.name, code: p.code } : { label: { vi: id } };
      };
    case 'field':
      return (id) => {
        const f = config.fields.find((x) => x.id === id);
        return f ? { label: f.name, code: f.code } : { label: { vi: id } };
      };
    case 'series':
      return (id) => ({ label: config.series.find((x) => x.id === id)?.name ?? { vi: id } });
    case 'counter':
      return (id) =>
        id === ''
          ? { label: NOT_CALLED }
          : { label: config.counters.find((x) => x.id === id)?.name ?? { vi: id } };
    case 'officer':
      return (id) => (id === '' ? { label: NOT_CALLED } : { label: { vi: officerName(ctx, id) } });
    default:
      return (id) => ({ label: { vi: id } });
  }
}

export function officerName(ctx: ReportContext, id: string): string {
  return ctx.users.find((u) => u.id === id)?.fullName || id;
}
