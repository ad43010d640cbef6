// Turning engine state into the views clients receive.
import {
  type DayState,
  estimateWaitMinutes,
  isHoliday,
  isOpen,
  nextOpening,
  type QueueIndex,
  type SiteConfig,
  type Ticket,
} from '../../shared/domain/index.js';
import type { SiteSettings } from '../../shared/protocol/config-schemas.js';
import type {
  Catalogue,
  CounterQueue,
  CounterView,
  IssuingState,
  SiteSummary,
  TicketView,
  WaitingCounts,
} from '../../shared/protocol/views.js';

export type OfficerNames = (officerId: string) => string;

export function ticketView(config: SiteConfig, ticket: Ticket): TicketView {
  const series = config.series.find((s) => s.id === ticket.seriesId);
  const counter = ticket.counterId ? config.counters.find((c) => c.id === ticket.counterId) : undefined;
  return {
    id: ticket.id,
    displayNumber: ticket.displayNumber,
    prefix: series?.prefix ?? ticket.displayNumber.replace(/\d+$/, ''),
    number: ticket.number,
    seriesId: ticket.seriesId,
    procedureId: ticket.procedureId,
    fieldId: ticket.fieldId,
    priorityId: ticket.priorityId,
    priorityToConfirm: ticket.priorityToConfirm,
    channel: ticket.channel,
    language: ticket.language,
    status: ticket.status,
    issuedAt: ticket.issuedAt,
    calledAt: ticket.calledAt,
    startedAt: ticket.startedAt,
    finishedAt: ticket.finishedAt,
    counterId: ticket.counterId,
    counterNumber: counter?.number ?? null,
    targetCounterId: ticket.targetCounterId,
    recallCount: ticket.recallCount,
    transferCount: ticket.transfers.length,
    ...(ticket.transfers.at(-1)?.note ? { transferNote: ticket.transfers.at(-1)?.note } : {}),
    ...(ticket.visit
      ? {
          visit: {
            step: ticket.visit.step + 1,
            total: ticket.visit.procedureIds.length,
            nextProcedureId: ticket.visit.procedureIds[ticket.visit.step + 1] ?? null,
          },
        }
      : {}),
    ...(ticket.bookedAt !== undefined ? { bookedAt: ticket.bookedAt } : {}),
    ...(ticket.awaitingArrival ? { awaitingArrival: true } : {}),
    dossierCode: ticket.dossierCode ?? null,
  };
}

export function counterView(
  config: SiteConfig,
  state: DayState,
  counterId: string,
  officerName: OfficerNames,
): CounterView | null {
  const counter = config.counters.find((c) => c.id === counterId);
  if (!counter) return null;
  const cs = state.counters.get(counterId);
  const current = cs?.currentTicketId ? state.tickets.get(cs.currentTicketId) : undefined;
  const activity = cs?.paused
    ? 'paused'
    : current?.status === 'called'
      ? 'calling'
      : current?.status === 'serving'
        ? 'serving'
        : 'idle';
  return {
    id: counter.id,
    number: counter.number,
    name: counter.name,
    zone: counter.zone,
    seriesIds: counter.series.map((s) => s.seriesId),
    policy: counter.policy,
    state: activity,
    paused: cs?.paused ?? null,
    officer: cs?.officerId ? { id: cs.officerId, fullName: officerName(cs.officerId) } : null,
    current: current ? ticketView(config, current) : null,
    closed: !cs?.officerId && !current && !cs?.paused,
  };
}

export function counterViews(config: SiteConfig, state: DayState, officerName: OfficerNames): CounterView[] {
  return config.counters
    .filter((c) => !c.retired)
    .sort((a, b) => a.number - b.number)
    .flatMap((c) => counterView(config, state, c.id, officerName) ?? []);
}

/** What the views of a live site read: its configuration, today's state and its waiting lines. */
export interface LiveSite {
  config: SiteConfig;
  state: DayState;
  index: QueueIndex;
}

/** Waiting counts from the index: O(series + fields), whatever the queue's length. */
export function waitingCounts({ config, index }: Pick<LiveSite, 'config' | 'index'>): WaitingCounts {
  const tally = index.tally();
  const counts: WaitingCounts = { total: tally.total, bySeries: {}, byField: {}, oldestBySeries: {} };
  for (const s of config.series) counts.bySeries[s.id] = 0;
  for (const f of config.fields) counts.byField[f.id] = 0;
  for (const [id, n] of tally.bySeries) counts.bySeries[id] = n;
  for (const [id, n] of tally.byField) counts.byField[id] = n;
  for (const [id, at] of tally.oldestBySeries) counts.oldestBySeries[id] = at;
  return counts;
}

export function siteSummary(config: SiteConfig): SiteSummary {
  const { site } = config;
  return { id: site.id, name: site.name, ward: site.ward, province: site.province, timeZone: site.timeZone };
}

export function issuingState(config: SiteConfig, now: number): IssuingState {
  const { site } = config;
  if (isHoliday(site, now)) {
    return {
      open: false,
      reason: 'holiday',
      nextOpening: nextOpening(site, now),
      message: site.closedMessage ?? null,
    };
  }
  if (!isOpen(site, now)) {
    return {
      open: false,
      reason: 'outside_opening_hours',
      nextOpening: nextOpening(site, now),
      message: site.closedMessage ?? null,
    };
  }
  return { open: true, reason: null, nextOpening: null, message: null };
}

/**
 * A counter's waiting list in call order: the first `limit` tickets (all by default) and how
 * many wait in all, with the no-shows it may still reactivate.
 */
export function counterQueue(
  { config, state, index }: LiveSite,
  counterId: string,
  now: number,
  limit = Number.POSITIVE_INFINITY,
): CounterQueue {
  const counter = config.counters.find((c) => c.id === counterId);
  const tickets = counter ? index.head(config, state, counter, now, limit) : [];
  const windowMs = config.rules.noShowReactivateMinutes * 60_000;
  const noShows = [...index.noShowsOf(counterId)]
    .filter((t) => t.endedAt !== null && now - t.endedAt <= windowMs)
    .sort((a, b) => (b.endedAt ?? 0) - (a.endedAt ?? 0));
  return {
    counterId,
    seq: state.seq,
    serverTime: now,
    tickets: tickets.map((t) => ticketView(config, t)),
    total: counter ? index.waitingFor(counter) : 0,
    noShows: noShows.map((t) => ticketView(config, t)),
  };
}

export function counterNumbersFor(config: SiteConfig, seriesId: string): number[] {
  return config.counters
    .filter((c) => !c.retired && c.series.some((s) => s.seriesId === seriesId))
    .map((c) => c.number)
    .sort((a, b) => a - b);
}

export function catalogueView(config: SiteConfig, settings: SiteSettings): Catalogue {
  return {
    siteId: config.site.id,
    fields: config.fields
      .filter((f) => !f.retired)
      .map((f) => ({
        id: f.id,
        code: f.code,
        name: f.name,
        ...(f.icon ? { icon: f.icon } : {}),
        procedures: config.procedures
          .filter((p) => p.fieldId === f.id && !p.retired)
          .map((p) => ({
            id: p.id,
            code: p.code,
            name: p.name,
            seriesId: p.seriesId,
            ...(p.processingTime ? { processingTime: p.processingTime } : {}),
            ...(p.fee ? { fee: p.fee } : {}),
            ...(p.documents ? { documents: p.documents } : {}),
            ...(p.keywords?.length ? { keywords: p.keywords } : {}),
            counterNumbers: counterNumbersFor(config, p.seriesId),
          })),
      })),
    priorityCategories: config.priorityCategories.map((c) => ({
      id: c.id,
      name: c.name,
      ...(c.legalBasis ? { legalBasis: c.legalBasis } : {}),
      requiresConfirmation: c.requiresConfirmation,
      ...(c.ageThreshold !== undefined ? { ageThreshold: c.ageThreshold } : {}),
    })),
    kiosk: settings.kiosk,
  };
}

/** People ahead (from the index, or the figure the writer fixed) and the estimated wait. */
export function aheadAndEta({ config, state, index }: LiveSite, ticket: Ticket, now: number, fixed?: number) {
  const ahead = ticket.status !== 'waiting' ? 0 : (fixed ?? index.peopleAhead(config, state, ticket, now));
  return { ahead, etaMinutes: estimateWaitMinutes(config, state, ticket, ahead) };
}
