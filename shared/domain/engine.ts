// The queue engine: decide(config, state, command, context) → events, or a refusal.
// Pure and deterministic: the clock (ctx.now) and ids (ctx.newId, ctx.newToken) are injected.
// execute() decides and then applies the events, which is all the hub does under its lock.
import type { QueueCommand } from './commands.js';
import { checkDossierCode } from './dossier-code.js';
import { type DomainError, domainError } from './errors.js';
import type { QueueEvent, TicketFinished } from './events.js';
import { nextLocalMidnight } from '../i18n/time.js';
import { isHoliday, isOpen, nextOpening } from './hours.js';
import {
  type Counter,
  type DayState,
  type FinishOutcome,
  OPEN_STATUSES,
  type SiteConfig,
  type Ticket,
} from './model.js';
import { formatDisplayNumber, issuingSeriesId, nextNumber } from './numbering.js';
import { counterPools, mayCall, placementKey } from './ordering.js';
import { applyIssueExtras, decideConfirmArrival, pickPresent, skippedNoShows } from './appointments-queue.js';
import { seriesPool } from './pools.js';
import { siteTime } from './site-clock.js';
import { applyEvent } from './state.js';
import { newWaitingTicket } from './ticket.js';
import { advanceVisit, visitOf } from './visit.js';
import { decideGiveUp, decideWithdrawCall } from './withdrawal.js';

export interface EngineContext {
  now: number;
  newId(): string;
  /** An unguessable token for the ticket's public status page. */
  newToken(): string;
}

export interface Decision {
  ok: true;
  events: QueueEvent[];
  /** The ticket the command is about (null for an empty call-next or a counter command). */
  ticketId: string | null;
}
export type DecideResult = Decision | { ok: false; error: DomainError };

const ok = (events: QueueEvent[], ticketId: string | null): Decision => ({ ok: true, events, ticketId });
const fail = (error: DomainError): DecideResult => ({ ok: false, error });

function findCounter(config: SiteConfig, counterId: string): Counter | undefined {
  return config.counters.find((c) => c.id === counterId && !c.retired);
}

function currentTicket(state: DayState, counterId: string): Ticket | null {
  const id = state.counters.get(counterId)?.currentTicketId;
  return id ? (state.tickets.get(id) ?? null) : null;
}

export function decide(
  config: SiteConfig,
  state: DayState,
  cmd: QueueCommand,
  ctx: EngineContext,
): DecideResult {
  const now = ctx.now;
  switch (cmd.type) {
    case 'ticket:issue':
      return decideIssue(config, state, cmd, ctx);

    case 'counter:call-next':
    case 'counter:call': {
      const counter = findCounter(config, cmd.counterId);
      if (!counter) return fail(domainError('unknown_counter', 'Không có quầy này.'));
      const cs = state.counters.get(counter.id);
      if (cs?.paused)
        return fail(domainError('counter_paused', 'Quầy đang tạm dừng.', { reason: cs.paused.reason }));
      const events: QueueEvent[] = [];
      const current = currentTicket(state, counter.id);
      if (current?.status === 'called') {
        return fail(
          domainError(
            'counter_busy',
            'Quầy đang gọi một số chưa đến: bắt đầu, gọi lại hoặc đánh dấu vắng mặt.',
            {
              ticketId: current.id,
            },
          ),
        );
      }
      if (current?.status === 'serving') {
        // "Next" while serving closes the current service first: one key press, not two.
        events.push(finished(current, counter.id, now, null, null));
      }
      let ticket: Ticket | null;
      if (cmd.type === 'counter:call') {
        ticket = state.tickets.get(cmd.ticketId) ?? null;
        if (!ticket) return fail(domainError('unknown_ticket', 'Không có số này.'));
        if (ticket.status !== 'waiting')
          return fail(domainError('ticket_not_waiting', 'Số này không còn chờ.'));
        if (!mayCall(counter, ticket))
          return fail(domainError('ticket_not_eligible', 'Quầy này không phục vụ số này.'));
      } else {
        const picked = pickPresent(config, state, counter, cs, now);
        events.push(...skippedNoShows(picked.skipped, counter.id, now));
        ticket = picked.ticket;
        if (!ticket) return ok(events, null);
      }
      const officerId = cmd.officerId ?? cs?.officerId ?? null;
      events.push({
        type: 'ticket:called',
        at: now,
        ticketId: ticket.id,
        counterId: counter.id,
        officerId,
        next: cmd.type === 'counter:call-next',
      });
      if (config.rules.startOnCall)
        events.push({ type: 'ticket:started', at: now, ticketId: ticket.id, counterId: counter.id });
      return ok(events, ticket.id);
    }

    case 'counter:recall': {
      const current = currentTicket(state, cmd.counterId);
      if (!current) return fail(domainError('counter_has_no_ticket', 'Quầy chưa gọi số nào.'));
      if (current.recallCount >= config.rules.recallLimit) {
        return fail(
          domainError('recall_limit_reached', 'Đã gọi lại quá số lần cho phép.', {
            limit: config.rules.recallLimit,
          }),
        );
      }
      return ok(
        [{ type: 'ticket:recalled', at: now, ticketId: current.id, counterId: cmd.counterId }],
        current.id,
      );
    }

    case 'counter:start': {
      const current = currentTicket(state, cmd.counterId);
      if (!current) return fail(domainError('counter_has_no_ticket', 'Quầy chưa gọi số nào.'));
      if (current.status !== 'called')
        return fail(domainError('ticket_not_called', 'Số này đã bắt đầu phục vụ.'));
      return ok(
        [{ type: 'ticket:started', at: now, ticketId: current.id, counterId: cmd.counterId }],
        current.id,
      );
    }

    case 'counter:finish': {
      const current = currentTicket(state, cmd.counterId);
      if (!current) return fail(domainError('counter_has_no_ticket', 'Quầy chưa gọi số nào.'));
      if (cmd.handledProcedureId && !config.procedures.some((p) => p.id === cmd.handledProcedureId)) {
        return fail(domainError('unknown_procedure', 'Không có thủ tục này.'));
      }
      const dossier = cmd.dossierCode ? checkDossierCode(cmd.dossierCode) : null;
      if (dossier && !dossier.ok) {
        return fail(domainError('dossier_code_invalid', 'Mã hồ sơ chỉ gồm chữ, số và . - _ / (tối đa 60).'));
      }
      const events: QueueEvent[] = [];
      if (current.status === 'called') {
        events.push({ type: 'ticket:started', at: now, ticketId: current.id, counterId: cmd.counterId });
      }
      const finish = {
        handledProcedureId: cmd.handledProcedureId ?? null,
        note: cmd.note ?? null,
        outcome: cmd.outcome ?? null,
      };
      // A visit with more procedures goes on to the next line instead of ending.
      const advanced = advanceVisit(config, current, cmd.counterId, now, finish);
      events.push(
        advanced ??
          finished(
            current,
            cmd.counterId,
            now,
            finish.handledProcedureId,
            finish.note,
            dossier?.code,
            finish.outcome,
          ),
      );
      return ok(events, current.id);
    }

    case 'counter:no-show': {
      const current = currentTicket(state, cmd.counterId);
      if (!current) return fail(domainError('counter_has_no_ticket', 'Quầy chưa gọi số nào.'));
      if (current.status !== 'called')
        return fail(domainError('ticket_not_called', 'Chỉ đánh dấu vắng mặt khi số vừa được gọi.'));
      if (config.rules.noShowAfterRecall && current.recallCount < 1) {
        return fail(domainError('no_show_needs_recall', 'Gọi lại ít nhất một lần trước khi đánh vắng mặt.'));
      }
      return ok(
        [{ type: 'ticket:no-show', at: now, ticketId: current.id, counterId: cmd.counterId }],
        current.id,
      );
    }

    case 'counter:withdraw-call': {
      const result = decideWithdrawCall(state, cmd.counterId, now);
      return result.ok ? ok(result.events, result.ticketId) : fail(result.error);
    }

    case 'ticket:give-up': {
      const result = decideGiveUp(state, cmd.ticketId, now);
      return result.ok ? ok(result.events, result.ticketId) : fail(result.error);
    }

    case 'ticket:reactivate': {
      const ticket = state.tickets.get(cmd.ticketId);
      if (!ticket) return fail(domainError('unknown_ticket', 'Không có số này.'));
      if (ticket.status !== 'no_show')
        return fail(domainError('ticket_not_no_show', 'Số này không ở trạng thái vắng mặt.'));
      if (ticket.endedAt !== null && now - ticket.endedAt > config.rules.noShowReactivateMinutes * 60_000) {
        return fail(
          domainError('reactivate_window_passed', 'Đã quá thời gian cho phép gọi lại số vắng mặt.', {
            minutes: config.rules.noShowReactivateMinutes,
          }),
        );
      }
      return ok(
        [{ type: 'ticket:reactivated', at: now, ticketId: ticket.id, byOfficerId: cmd.officerId ?? null }],
        ticket.id,
      );
    }

    case 'ticket:transfer': {
      const ticket = state.tickets.get(cmd.ticketId);
      if (!ticket) return fail(domainError('unknown_ticket', 'Không có số này.'));
      if (!OPEN_STATUSES.includes(ticket.status))
        return fail(domainError('ticket_not_open', 'Số này đã kết thúc.'));
      const toCounterId = cmd.toCounterId ?? null;
      const toSeriesId = cmd.toSeriesId ?? ticket.seriesId;
      if (!toCounterId && !cmd.toSeriesId) {
        return fail(domainError('transfer_target_invalid', 'Chọn quầy hoặc dãy số để chuyển đến.'));
      }
      if (!config.series.some((s) => s.id === toSeriesId))
        return fail(domainError('unknown_series', 'Không có dãy số này.'));
      if (toCounterId && !findCounter(config, toCounterId))
        return fail(domainError('unknown_counter', 'Không có quầy này.'));
      if (toCounterId && toCounterId === ticket.counterId && toSeriesId === ticket.seriesId) {
        return fail(domainError('transfer_target_invalid', 'Số này đang ở quầy đó.'));
      }
      const placement = cmd.placement ?? config.rules.transferPlacement;
      // Front and back are judged in the line the ticket joins: a counter's whole call order
      // (its own pool and every series it serves), or the new series' pool.
      const target = toCounterId ? findCounter(config, toCounterId) : undefined;
      const pools = target ? counterPools(target) : [{ key: seriesPool(toSeriesId), weight: 1, rank: 0 }];
      const queueKey = placement === 'keep' ? ticket.queueKey : placementKey(state, pools, placement, now);
      return ok(
        [
          {
            type: 'ticket:transferred',
            at: now,
            ticketId: ticket.id,
            queueKey,
            transfer: {
              at: now,
              fromSeriesId: ticket.seriesId,
              fromCounterId: ticket.counterId,
              toSeriesId,
              toCounterId,
              byOfficerId: cmd.officerId ?? null,
              ...(cmd.note ? { note: cmd.note } : {}),
            },
          },
        ],
        ticket.id,
      );
    }

    case 'ticket:cancel': {
      const ticket = state.tickets.get(cmd.ticketId);
      if (!ticket) return fail(domainError('unknown_ticket', 'Không có số này.'));
      if (ticket.status !== 'waiting' && ticket.status !== 'called') {
        return fail(domainError('ticket_not_open', 'Chỉ huỷ được số đang chờ hoặc vừa gọi.'));
      }
      return ok(
        [{ type: 'ticket:cancelled', at: now, ticketId: ticket.id, byUserId: cmd.userId ?? null }],
        ticket.id,
      );
    }

    case 'ticket:rate': {
      const ticket = state.tickets.get(cmd.ticketId);
      if (!ticket) return fail(domainError('unknown_ticket', 'Không có số này.'));
      if (ticket.status !== 'done')
        return fail(domainError('ticket_not_done', 'Chỉ đánh giá sau khi được phục vụ.'));
      if (ticket.rating)
        return fail(domainError('already_rated', 'Lượt này đã được đánh giá. Cảm ơn Quý khách!'));
      if (
        !Number.isInteger(cmd.level) ||
        cmd.level < 1 ||
        cmd.level > cmd.scale ||
        ![3, 4, 5].includes(cmd.scale)
      ) {
        return fail(domainError('rating_invalid', 'Mức đánh giá không hợp lệ.'));
      }
      return ok(
        [
          {
            type: 'ticket:rated',
            at: now,
            ticketId: ticket.id,
            rating: {
              level: cmd.level,
              scale: cmd.scale,
              reasons: cmd.reasons ?? [],
              ...(cmd.comment ? { comment: cmd.comment } : {}),
              at: now,
              via: cmd.via,
            },
          },
        ],
        ticket.id,
      );
    }

    case 'counter:pause': {
      if (!findCounter(config, cmd.counterId))
        return fail(domainError('unknown_counter', 'Không có quầy này.'));
      if (state.counters.get(cmd.counterId)?.paused)
        return fail(domainError('counter_paused', 'Quầy đang tạm dừng.'));
      // Nobody should walk to a paused counter: a call not yet answered is taken back first.
      const withdrawn = currentTicket(state, cmd.counterId)?.status === 'called';
      const taken = withdrawn ? decideWithdrawCall(state, cmd.counterId, now) : null;
      return ok(
        [
          ...(taken?.ok ? taken.events : []),
          {
            type: 'counter:paused',
            at: now,
            counterId: cmd.counterId,
            reason: cmd.reason,
            note: cmd.note ?? null,
          },
        ],
        null,
      );
    }

    case 'counter:resume': {
      if (!findCounter(config, cmd.counterId))
        return fail(domainError('unknown_counter', 'Không có quầy này.'));
      if (!state.counters.get(cmd.counterId)?.paused)
        return fail(domainError('counter_not_paused', 'Quầy không tạm dừng.'));
      return ok([{ type: 'counter:resumed', at: now, counterId: cmd.counterId }], null);
    }

    case 'counter:sign-in': {
      if (!findCounter(config, cmd.counterId))
        return fail(domainError('unknown_counter', 'Không có quầy này.'));
      const holder = state.counters.get(cmd.counterId)?.officerId ?? null;
      if (holder === cmd.officerId) return ok([], null);
      const events: QueueEvent[] = [];
      if (holder) {
        if (!cmd.takeOver) {
          return fail(
            domainError('counter_occupied', 'Quầy đang có cán bộ khác đăng nhập.', { officerId: holder }),
          );
        }
        events.push({ type: 'counter:signed-out', at: now, counterId: cmd.counterId, officerId: holder });
      }
      // An officer holds one counter: signing in here signs them out where they were.
      for (const c of state.counters.values()) {
        if (c.officerId === cmd.officerId && c.counterId !== cmd.counterId) {
          events.push({
            type: 'counter:signed-out',
            at: now,
            counterId: c.counterId,
            officerId: cmd.officerId,
          });
        }
      }
      events.push({ type: 'counter:signed-in', at: now, counterId: cmd.counterId, officerId: cmd.officerId });
      return ok(events, null);
    }

    case 'ticket:confirm-arrival': {
      const result = decideConfirmArrival(state, cmd.ticketId, now);
      return result.ok ? ok(result.events, cmd.ticketId) : fail(result.error);
    }

    case 'counter:sign-out': {
      if (state.counters.get(cmd.counterId)?.officerId !== cmd.officerId) {
        return fail(domainError('counter_not_signed_in', 'Cán bộ không đăng nhập ở quầy này.'));
      }
      return ok(
        [{ type: 'counter:signed-out', at: now, counterId: cmd.counterId, officerId: cmd.officerId }],
        null,
      );
    }
  }
}

function finished(
  ticket: Ticket,
  counterId: string,
  now: number,
  handledProcedureId: string | null,
  note: string | null,
  dossierCode?: string,
  outcome: FinishOutcome | null = null,
): QueueEvent {
  const event: TicketFinished = {
    type: 'ticket:finished',
    at: now,
    ticketId: ticket.id,
    counterId,
    handledProcedureId,
    note,
  };
  if (dossierCode) event.dossierCode = dossierCode;
  if (outcome) event.outcome = outcome;
  return event;
}

function decideIssue(
  config: SiteConfig,
  state: DayState,
  cmd: Extract<QueueCommand, { type: 'ticket:issue' }>,
  ctx: EngineContext,
): DecideResult {
  const now = ctx.now;
  if (cmd.requestId) {
    const existing = state.byRequestId.get(cmd.requestId);
    if (existing) return ok([], existing);
  }
  const { site } = config;
  if (state.closedAt !== null || siteTime(now, site.timeZone).day !== state.day) {
    return fail(
      domainError('wrong_day', 'Ngày làm việc này đã kết thúc.', {
        day: state.day,
        closed: state.closedAt !== null,
      }),
    );
  }
  if (isHoliday(site, now)) {
    return fail(domainError('holiday', 'Hôm nay là ngày nghỉ.', { nextOpening: nextOpening(site, now) }));
  }
  if (!isOpen(site, now)) {
    return fail(
      domainError('outside_opening_hours', 'Ngoài giờ cấp số.', { nextOpening: nextOpening(site, now) }),
    );
  }
  const procedure = config.procedures.find((p) => p.id === cmd.procedureId);
  if (!procedure) return fail(domainError('unknown_procedure', 'Không có thủ tục này.'));
  if (procedure.retired) return fail(domainError('procedure_retired', 'Thủ tục này không còn tiếp nhận.'));
  const series = config.series.find((s) => s.id === procedure.seriesId);
  if (!series) return fail(domainError('unknown_series', 'Thủ tục chưa được gán dãy số.'));
  const visit = visitOf(config, cmd);
  if (!visit.ok) return fail(visit.error);
  const priorityId = cmd.priorityId ?? null;
  const category = priorityId ? config.priorityCategories.find((c) => c.id === priorityId) : null;
  if (priorityId && !category)
    return fail(domainError('unknown_priority', 'Không có đối tượng ưu tiên này.'));
  const issuedToday = state.issued.get(series.id) ?? 0;
  if (series.dailyCap > 0 && issuedToday >= series.dailyCap) {
    return fail(
      domainError('series_daily_cap_reached', 'Đã hết số trong ngày cho lĩnh vực này.', {
        cap: series.dailyCap,
        // The cap resets with the day: the kiosk may issue again at the next day's opening.
        nextOpening: nextOpening(site, nextLocalMidnight(now, site.timeZone)),
      }),
    );
  }
  const next = nextNumber(state, series, openNumbersOf(state, series.id));
  if (!next.ok) return fail(domainError('series_exhausted', 'Đã hết số của dãy số này.'));
  const channel = cmd.channel ?? 'kiosk';
  const ticket = newWaitingTicket({
    id: ctx.newId(),
    siteId: state.siteId,
    day: state.day,
    seriesId: series.id,
    issueIndex: issuedToday + 1,
    number: next.number,
    displayNumber: formatDisplayNumber(series, next.number),
    procedureId: procedure.id,
    fieldId: procedure.fieldId,
    priorityId,
    priorityToConfirm: Boolean(category?.requiresConfirmation && channel === 'kiosk'),
    channel,
    language: cmd.language ?? 'vi',
    requestId: cmd.requestId ?? null,
    statusToken: ctx.newToken(),
    issuedAt: now,
  });
  applyIssueExtras(ticket, cmd, config.rules, now);
  if (visit.visit) ticket.visit = visit.visit;
  return ok([{ type: 'ticket:issued', at: now, ticket }], ticket.id);
}

/**
 * A test for "is this number of the series held by an open ticket", built on first use with one
 * pass over the open tickets. Numbers belong to the series that issued them, even after a transfer.
 */
function openNumbersOf(state: DayState, seriesId: string): (n: number) => boolean {
  let open: Set<number> | null = null;
  const note = (id: string | null, set: Set<number>) => {
    const t = id ? state.tickets.get(id) : undefined;
    if (t && issuingSeriesId(t) === seriesId && OPEN_STATUSES.includes(t.status)) set.add(t.number);
  };
  return (n) => {
    if (!open) {
      // Open tickets are the waiting ones (all in pools) and those a counter holds.
      const set = new Set<number>();
      for (const ids of state.pools.values()) for (const id of ids) note(id, set);
      for (const c of state.counters.values()) note(c.currentTicketId, set);
      open = set;
    }
    return open.has(n);
  };
}

/** Events that close a day: every open ticket expires. Idempotent: a closed day yields nothing new. */
export function closeDayEvents(state: DayState, now: number): QueueEvent[] {
  if (state.closedAt !== null) return [];
  const events: QueueEvent[] = [];
  for (const t of state.tickets.values()) {
    if (OPEN_STATUSES.includes(t.status)) events.push({ type: 'ticket:expired', at: now, ticketId: t.id });
  }
  events.push({ type: 'day:closed', at: now, day: state.day });
  return events;
}

/** Decides and applies a command in place. The events returned carry their seq. */
export function execute(
  config: SiteConfig,
  state: DayState,
  cmd: QueueCommand,
  ctx: EngineContext,
): DecideResult {
  const result = decide(config, state, cmd, ctx);
  if (result.ok) for (const event of result.events) applyEvent(state, event);
  return result;
}
