// Limits on issuing, so that no burst can empty a series: each kiosk may issue so many tickets a
// minute and an hour (LUOT_KIOSK_ISSUES_PER_MINUTE / _PER_HOUR), and a manager is warned when a
// series nears the most tickets it can give today (its block of numbers, or its daily cap).
import { blockSize } from '../../shared/domain/numbering.js';
import type { DayState, Series, SiteConfig } from '../../shared/domain/model.js';
import { ServiceError } from './service-error.js';

export interface IssueLimitOptions {
  perMinute: number;
  perHour: number;
}

/** A busy kiosk gives a ticket every 15–20 s; a burst beyond this is not citizens at a screen. */
export const DEFAULT_ISSUE_LIMITS: IssueLimitOptions = { perMinute: 20, perHour: 300 };

export type IssueVerdict = { ok: true } | { ok: false; retryAfterMs: number };

const MINUTE = 60_000;
const HOUR = 3_600_000;

export class IssueLimits {
  /** Issue times of the last hour, per device (oldest first). */
  private readonly recent = new Map<string, number[]>();

  constructor(
    private readonly clock: () => number,
    private readonly options: IssueLimitOptions = DEFAULT_ISSUE_LIMITS,
  ) {}

  /** Counts one issue for the device, or says how long it must wait. */
  take(deviceId: string): IssueVerdict {
    const now = this.clock();
    const times = (this.recent.get(deviceId) ?? []).filter((t) => now - t < HOUR);
    const lastMinute = times.filter((t) => now - t < MINUTE);
    if (lastMinute.length >= this.options.perMinute) {
      this.recent.set(deviceId, times);
      return {
        ok: false,
        retryAfterMs: lastMinute[lastMinute.length - this.options.perMinute] + MINUTE - now,
      };
    }
    if (times.length >= this.options.perHour) {
      this.recent.set(deviceId, times);
      return { ok: false, retryAfterMs: times[times.length - this.options.perHour] + HOUR - now };
    }
    times.push(now);
    this.recent.set(deviceId, times);
    return { ok: true };
  }

  /** Counts one issue for the device, or throws 429 issue_limited (details.retryAfterSeconds). */
  takeOrRefuse(deviceId: string): void {
    const verdict = this.take(deviceId);
    if (verdict.ok) return;
    const seconds = Math.max(1, Math.ceil(verdict.retryAfterMs / 1000));
    throw new ServiceError(429, 'issue_limited', 'Máy vừa cấp nhiều số liên tiếp, vui lòng chờ một chút.', {
      retryAfterSeconds: seconds,
    });
  }

  forget(deviceId: string): void {
    this.recent.delete(deviceId);
  }
}

/** A series is "near its cap" once this share of its tickets for the day is given. */
export const NEAR_CAPACITY_SHARE = 0.9;

/** The most tickets a series gives today, or null when it never runs out (it wraps, no cap). */
export function seriesCapacity(series: Series): number | null {
  const block = blockSize(series);
  if (series.dailyCap > 0)
    return series.onExhausted === 'refuse' ? Math.min(series.dailyCap, block) : series.dailyCap;
  return series.onExhausted === 'refuse' ? block : null;
}

export interface SeriesCapacityWarning {
  seriesId: string;
  prefix: string;
  issued: number;
  capacity: number;
  left: number;
}

/** The series of a site that have given at least NEAR_CAPACITY_SHARE of today's tickets. */
export function seriesNearCapacity(config: SiteConfig, state: DayState): SeriesCapacityWarning[] {
  const warnings: SeriesCapacityWarning[] = [];
  for (const series of config.series) {
    const capacity = seriesCapacity(series);
    if (capacity === null) continue;
    const issued = state.issued.get(series.id) ?? 0;
    if (issued < Math.ceil(capacity * NEAR_CAPACITY_SHARE)) continue;
    warnings.push({
      seriesId: series.id,
      prefix: series.prefix,
      issued,
      capacity,
      left: Math.max(0, capacity - issued),
    });
  }
  return warnings;
}
