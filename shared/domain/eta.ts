// Estimated wait: people ahead × recent mean service time ÷ counters serving that line now.
import type { DayState, SiteConfig, Ticket } from './model.js';
import { countersFor } from './ordering.js';

/** Mean of the most recent service durations of a series (ms), or the site default. */
export function meanServiceMs(config: SiteConfig, state: DayState, seriesId: string): number {
  const recent = state.recentService.get(seriesId) ?? [];
  const sample = recent.slice(-Math.max(1, config.rules.etaSampleSize));
  if (sample.length === 0) return config.rules.defaultServiceMinutes * 60_000;
  return sample.reduce((a, b) => a + b, 0) / sample.length;
}

/** Counters able to call the ticket that are not paused. At least 1, so an estimate exists. */
export function activeCountersFor(config: SiteConfig, state: DayState, ticket: Ticket): number {
  const active = countersFor(config, ticket).filter((c) => !state.counters.get(c.id)?.paused).length;
  return Math.max(1, active);
}

export function estimateWaitMinutes(
  config: SiteConfig,
  state: DayState,
  ticket: Ticket,
  ahead: number,
): number {
  if (ticket.status !== 'waiting') return 0;
  const ms =
    (ahead * meanServiceMs(config, state, ticket.seriesId)) / activeCountersFor(config, state, ticket);
  return Math.ceil(ms / 60_000);
}
