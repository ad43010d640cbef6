// Turning engine state into the views clients receive.
import {
  type DayState,
  estimateWaitMinutes,
  isHoliday,
  isOpen,
  nextOpening,
  peopleAhead,
  peopleAheadIndex,
  queueOrder,
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
  };
}

export function counterViews(config: SiteConfig, state: DayState, officerName: OfficerNames): CounterView[] {
  return config.counters
    .filter((c) => !c.retired)
    .sort((a, b) => a.number - b.number)
    .flatMap((c) => counterView(config, state, c.id, officerName) ?? []);
}

export function waitingCounts(config: SiteConfig, state: DayState): WaitingCounts {
  const counts: WaitingCounts = { total: 0, bySeries: {}, byField: {}, oldestBySeries: {} };
  for (const s of config.series) counts.bySeries[s.id] = 0;
  for (const f of config.fields) counts.byField[f.id] = 0;
  for (const ids of state.pools.values()) {
    for (const id of ids) {
      const t = state.tickets.get(id);
      if (!t) continue;
      counts.total += 1;
      counts.bySeries[t.seriesId] = (counts.bySeries[t.seriesId] ?? 0) + 1;
      counts.byField[t.fieldId] = (counts.byField[t.fieldId] ?? 0) + 1;
      const oldest = counts.oldestBySeries[t.seriesId];
      if (oldest === undefined || t.issuedAt < oldest) counts.oldestBySeries[t.seriesId] = t.issuedAt;
    }
  }
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

export function counterQueue(
  config: SiteConfig,
  state: DayState,
  counterId: string,
  now: number,
): CounterQueue {
  const counter = config.counters.find((c) => c.id === counterId);
  const tickets = counter ? queueOrder(config, state, counter, state.counters.get(counterId), now) : [];
  const windowMs = config.rules.noShowReactivateMinutes * 60_000;
  const noShows = [...state.tickets.values()]
    .filter(
      (t) =>
        t.status === 'no_show' &&
        t.counterId === counterId &&
        t.endedAt !== null &&
        now - t.endedAt <= windowMs,
    )
    .sort((a, b) => (b.endedAt ?? 0) - (a.endedAt ?? 0));
  return {
    counterId,
    seq: state.seq,
    serverTime: now,
    tickets: tickets.map((t) => ticketView(config, t)),
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
            counterNumbers: counterNumbersFor(config, p.seriesId),
          })),
      })),
    priorityCategories: config.priorityCategories.map((c) => ({
      id: c.id,
      name: c.name,
      ...(c.legalBasis ? { legalBasis: c.legalBasis } : {}),
      requiresConfirmation: c.requiresConfirmation,
    })),
    kiosk: settings.kiosk,
  };
}

/** People ahead of every waiting ticket, computed once (one call order per distinct counter). */
export const aheadIndex = peopleAheadIndex;

export function aheadAndEta(
  config: SiteConfig,
  state: DayState,
  ticket: Ticket,
  now: number,
  index?: Map<string, number>,
) {
  const ahead =
    ticket.status !== 'waiting' ? 0 : (index?.get(ticket.id) ?? peopleAhead(config, state, ticket, now));
  return { ahead, etaMinutes: estimateWaitMinutes(config, state, ticket, ahead) };
}
