// The queue operations, shared by the HTTP API and the socket commands so both behave the same:
// authorize (role, site, counter) → hub.execute (durable) → view. Refusals are ServiceErrors.
import type { QueueCommand } from '../../shared/domain/commands.js';
import type { Ticket } from '../../shared/domain/model.js';
import type {
  FinishBody,
  IssueTicketBody,
  PauseBody,
  RateBody,
  TransferBody,
} from '../../shared/protocol/api-schemas.js';
import type {
  CounterView,
  IssuedTicket,
  QueueSnapshot,
  TicketStatusView,
  TicketView,
} from '../../shared/protocol/views.js';
import { type Action, authorize } from '../auth/permissions.js';
import { actorName, type Principal } from '../auth/principal.js';
import type { Hubs } from '../hub/hubs.js';
import type { SiteHub } from '../hub/site-hub.js';
import {
  aheadAndEta,
  counterNumbersFor,
  counterView,
  counterViews,
  issuingState,
  siteSummary,
  ticketView,
  waitingCounts,
} from '../hub/views.js';
import type { Store } from '../store/store.js';
import type { Logger, SlipPrinter } from './ports.js';
import { fromDomainError, notFound, ServiceError } from './service-error.js';

export type CounterAction =
  | 'call-next'
  | 'call'
  | 'recall'
  | 'start'
  | 'finish'
  | 'no-show'
  | 'transfer'
  | 'pause'
  | 'resume'
  | 'reactivate';

export interface QueueServiceDeps {
  hubs: Hubs;
  store: Store;
  printer: SlipPrinter;
  logger: Logger;
  publicUrl: string;
  clock: () => number;
}

export class QueueService {
  constructor(private readonly deps: QueueServiceDeps) {}

  sites(): SiteHub[] {
    return this.deps.hubs.all();
  }

  hub(siteId: string): SiteHub {
    const hub = this.deps.hubs.get(siteId);
    if (!hub) throw notFound('trung tâm');
    return hub;
  }

  officerName = (officerId: string): string =>
    this.deps.store.config.users.find((u) => u.id === officerId)?.fullName ?? officerId;

  check(principal: Principal, action: Action, siteId: string, counterId?: string): void {
    const hub = this.deps.hubs.get(siteId);
    const counterOfficerId = counterId ? (hub?.state.counters.get(counterId)?.officerId ?? null) : undefined;
    const denial = authorize(principal, action, { siteId, counterId, counterOfficerId });
    if (denial) throw new ServiceError(denial.status, denial.code, denial.message);
    if (!hub) throw notFound('trung tâm');
  }

  statusUrl(token: string): string {
    return `${this.deps.publicUrl.replace(/\/$/, '')}/t/${token}`;
  }

  snapshot(siteId: string): QueueSnapshot {
    const hub = this.hub(siteId);
    const { config, state, settings } = hub;
    const now = hub.now();
    return {
      seq: state.seq,
      siteId,
      day: state.day,
      serverTime: now,
      site: siteSummary(config),
      counters: counterViews(config, state, this.officerName),
      recentCalls: hub.recentCalls.slice(0, Math.max(settings.display.historySize, 10)),
      waiting: waitingCounts(config, state),
      display: settings.display,
      voice: settings.voice,
      issuing: issuingState(config, now),
    };
  }

  /** A snapshot once every command accepted so far is durable. */
  async settledSnapshot(siteId: string): Promise<QueueSnapshot> {
    await this.hub(siteId).settled();
    return this.snapshot(siteId);
  }

  async issue(principal: Principal, siteId: string, body: IssueTicketBody): Promise<IssuedTicket> {
    this.check(principal, 'ticket:issue', siteId);
    const hub = this.hub(siteId);
    const channel =
      principal.kind === 'user'
        ? (body.channel ?? 'staff')
        : principal.kind === 'device' && principal.device.kind === 'kiosk'
          ? 'kiosk'
          : (body.channel ?? 'appointment');
    const known = hub.state.byRequestId.get(body.requestId);
    const result = await hub.execute({
      type: 'ticket:issue',
      procedureId: body.procedureId,
      priorityId: body.priority ?? null,
      language: body.language ?? 'vi',
      channel,
      requestId: body.requestId,
    });
    if (!result.ok) throw fromDomainError(result.error);
    const ticket = this.requireTicket(result.ticket);
    const { ahead, etaMinutes } = aheadAndEta(hub.config, hub.state, ticket, hub.now());
    const statusUrl = this.statusUrl(ticket.statusToken);
    const counterNumbers = counterNumbersFor(hub.config, ticket.seriesId);
    // A retry never prints a second slip; a printer failure never blocks the ticket.
    const print =
      known || principal.kind !== 'device' || principal.device.kind !== 'kiosk'
        ? { status: 'skipped' as const, jobId: null }
        : await this.deps.printer
            .printIssued({
              config: hub.config,
              settings: hub.settings,
              ticket,
              ahead,
              statusUrl,
              counterNumbers,
              kiosk: principal.device,
            })
            .catch((error: unknown) => ({ status: 'failed' as const, jobId: null, error: String(error) }));
    return {
      ticket: {
        id: ticket.id,
        number: ticket.number,
        displayNumber: ticket.displayNumber,
        procedureId: ticket.procedureId,
        fieldId: ticket.fieldId,
        seriesId: ticket.seriesId,
        status: ticket.status,
        issuedAt: ticket.issuedAt,
        priorityId: ticket.priorityId,
      },
      ahead,
      etaMinutes,
      statusToken: ticket.statusToken,
      statusUrl,
      counterNumbers,
      print,
    };
  }

  async counterAction(
    principal: Principal,
    siteId: string,
    counterId: string,
    action: CounterAction,
    body: Partial<FinishBody & TransferBody & PauseBody & { ticketId: string }>,
  ): Promise<{ ticket: TicketView | null; counter: CounterView | null }> {
    this.check(principal, 'counter:operate', siteId, counterId);
    const hub = this.hub(siteId);
    if (!hub.config.counters.some((c) => c.id === counterId && !c.retired)) throw notFound('quầy');
    const officerId = principal.kind === 'user' ? principal.user.id : null;
    const cmd = this.commandFor(hub, counterId, action, body, officerId);
    const result = await hub.execute(cmd);
    if (!result.ok) throw fromDomainError(result.error);
    if (action !== 'pause' && action !== 'resume')
      this.audit(principal, siteId, `counter:${action}`, result.ticket?.id);
    return {
      ticket: result.ticket ? ticketView(hub.config, result.ticket) : null,
      counter: counterView(hub.config, hub.state, counterId, this.officerName),
    };
  }

  private commandFor(
    hub: SiteHub,
    counterId: string,
    action: CounterAction,
    body: Partial<FinishBody & TransferBody & PauseBody & { ticketId: string }>,
    officerId: string | null,
  ): QueueCommand {
    switch (action) {
      case 'call-next':
        return { type: 'counter:call-next', counterId, officerId };
      case 'call':
        return { type: 'counter:call', counterId, ticketId: body.ticketId ?? '', officerId };
      case 'recall':
        return { type: 'counter:recall', counterId };
      case 'start':
        return { type: 'counter:start', counterId };
      case 'finish':
        return {
          type: 'counter:finish',
          counterId,
          handledProcedureId: body.handledProcedureId ?? null,
          note: body.note ?? null,
        };
      case 'no-show':
        return { type: 'counter:no-show', counterId };
      case 'transfer': {
        const ticketId = body.ticketId ?? hub.state.counters.get(counterId)?.currentTicketId;
        if (!ticketId)
          throw fromDomainError({ code: 'counter_has_no_ticket', message: 'Quầy chưa gọi số nào.' });
        this.checkTicketReach(hub, counterId, ticketId);
        return {
          type: 'ticket:transfer',
          ticketId,
          toSeriesId: body.toSeriesId ?? null,
          toCounterId: body.toCounterId ?? null,
          ...(body.placement ? { placement: body.placement } : {}),
          officerId,
        };
      }
      case 'pause':
        return { type: 'counter:pause', counterId, reason: body.reason ?? 'other', note: body.note ?? null };
      case 'resume':
        return { type: 'counter:resume', counterId };
      case 'reactivate': {
        const ticketId = body.ticketId ?? '';
        const ticket = hub.state.tickets.get(ticketId);
        if (ticket && ticket.counterId !== counterId) {
          throw new ServiceError(403, 'forbidden', 'Chỉ quầy đã gọi số này mới gọi lại được.');
        }
        return { type: 'ticket:reactivate', ticketId, officerId };
      }
    }
  }

  /** A counter may move its own ticket or one waiting for a line it serves. */
  private checkTicketReach(hub: SiteHub, counterId: string, ticketId: string): void {
    const ticket = hub.state.tickets.get(ticketId);
    if (!ticket) return;
    const counter = hub.config.counters.find((c) => c.id === counterId);
    const reachable =
      ticket.counterId === counterId ||
      ticket.targetCounterId === counterId ||
      (ticket.status === 'waiting' &&
        !ticket.targetCounterId &&
        counter?.series.some((s) => s.seriesId === ticket.seriesId));
    if (!reachable) throw new ServiceError(403, 'forbidden', 'Số này không thuộc quầy của bạn.');
  }

  async signIn(
    principal: Principal,
    siteId: string,
    counterId: string,
    takeOver: boolean,
  ): Promise<CounterView | null> {
    if (principal.kind !== 'user') throw new ServiceError(403, 'forbidden', 'Chỉ cán bộ mới đăng nhập quầy.');
    this.check(principal, 'counter:sign-in', siteId);
    if (takeOver && principal.user.role === 'staff') {
      throw new ServiceError(403, 'forbidden', 'Chỉ quản lý mới được tiếp quản quầy.');
    }
    const hub = this.hub(siteId);
    const result = await hub.execute({
      type: 'counter:sign-in',
      counterId,
      officerId: principal.user.id,
      takeOver,
    });
    if (!result.ok) {
      const error = fromDomainError(result.error);
      if (result.error.code === 'counter_occupied') {
        const holder = String((result.error.details as { officerId?: string } | undefined)?.officerId ?? '');
        throw new ServiceError(
          409,
          'counter_occupied',
          `Quầy đang do ${this.officerName(holder)} đăng nhập.`,
          {
            officerId: holder,
            fullName: this.officerName(holder),
          },
        );
      }
      throw error;
    }
    this.audit(principal, siteId, 'counter:sign-in', counterId);
    return counterView(hub.config, hub.state, counterId, this.officerName);
  }

  async signOut(principal: Principal, siteId: string, counterId: string): Promise<CounterView | null> {
    if (principal.kind !== 'user') throw new ServiceError(403, 'forbidden', 'Chỉ cán bộ mới đăng xuất quầy.');
    this.check(principal, 'counter:sign-in', siteId);
    const hub = this.hub(siteId);
    const result = await hub.execute({ type: 'counter:sign-out', counterId, officerId: principal.user.id });
    if (!result.ok) throw fromDomainError(result.error);
    return counterView(hub.config, hub.state, counterId, this.officerName);
  }

  async cancel(principal: Principal, siteId: string, ticketId: string): Promise<TicketView> {
    const hub = this.hub(siteId);
    const ticket = hub.state.tickets.get(ticketId);
    // Staff and counter devices may cancel only the ticket their own counter holds.
    const ownCounter = ticket?.counterId ?? undefined;
    const managerDenied = authorize(principal, 'ticket:cancel', { siteId });
    if (managerDenied) this.check(principal, 'counter:operate', siteId, ownCounter ?? '__none__');
    const result = await hub.execute({
      type: 'ticket:cancel',
      ticketId,
      userId: principal.kind === 'user' ? principal.user.id : null,
    });
    if (!result.ok) throw fromDomainError(result.error);
    this.audit(principal, siteId, 'ticket:cancel', ticketId);
    return ticketView(hub.config, this.requireTicket(result.ticket));
  }

  findByToken(token: string): { hub: SiteHub; ticket: Ticket } | null {
    for (const hub of this.deps.hubs.all()) {
      const ticket = hub.findByStatusToken(token);
      if (ticket) return { hub, ticket };
    }
    return null;
  }

  status(token: string): TicketStatusView {
    const found = this.findByToken(token);
    if (!found) throw notFound('số thứ tự');
    return this.statusView(found.hub, found.ticket);
  }

  statusView(hub: SiteHub, ticket: Ticket, aheadIndex?: Map<string, number>): TicketStatusView {
    const { config, state, settings } = hub;
    const now = hub.now();
    const { ahead, etaMinutes } = aheadAndEta(config, state, ticket, now, aheadIndex);
    const nowServing = [...state.counters.values()]
      .flatMap((c) => (c.currentTicketId ? (state.tickets.get(c.currentTicketId) ?? []) : []))
      .filter((t) => t.seriesId === ticket.seriesId)
      .map((t) => t.displayNumber);
    const field = config.fields.find((f) => f.id === ticket.fieldId);
    const procedure = config.procedures.find((p) => p.id === ticket.procedureId);
    const counter = ticket.counterId ? config.counters.find((c) => c.id === ticket.counterId) : undefined;
    return {
      displayNumber: ticket.displayNumber,
      status: ticket.status,
      siteId: config.site.id,
      siteName: config.site.name,
      fieldName: field?.name ?? { vi: '' },
      procedureName: procedure?.name ?? { vi: '' },
      ahead,
      etaMinutes,
      nowServing,
      counterNumber: counter?.number ?? null,
      issuedAt: ticket.issuedAt,
      rating: {
        allowed: this.phoneRatingOpen(hub, ticket),
        given: ticket.rating !== null,
        settings: ticket.status === 'done' ? settings.rating : null,
      },
      timeZone: config.site.timeZone,
    };
  }

  private phoneRatingOpen(hub: SiteHub, ticket: Ticket): boolean {
    const windowMs = hub.settings.rating.phoneWindowMinutes * 60_000;
    return (
      ticket.status === 'done' &&
      !ticket.rating &&
      ticket.finishedAt !== null &&
      hub.now() - ticket.finishedAt <= windowMs
    );
  }

  async rateByToken(token: string, body: RateBody): Promise<void> {
    const found = this.findByToken(token);
    if (!found) throw notFound('số thứ tự');
    const { hub, ticket } = found;
    if (ticket.status === 'done' && !ticket.rating && !this.phoneRatingOpen(hub, ticket)) {
      throw new ServiceError(409, 'rating_window_closed', 'Đã hết thời gian đánh giá cho lượt này.');
    }
    await this.rate(hub, ticket.id, body, 'phone');
  }

  async rateAtCounter(
    principal: Principal,
    siteId: string,
    counterId: string,
    ticketId: string,
    body: RateBody,
  ): Promise<void> {
    this.check(principal, 'counter:operate', siteId, counterId);
    const hub = this.hub(siteId);
    const ticket = hub.state.tickets.get(ticketId);
    if (ticket && ticket.counterId !== counterId) {
      throw new ServiceError(403, 'forbidden', 'Lượt này không được phục vụ tại quầy này.');
    }
    await this.rate(hub, ticketId, body, 'counter');
  }

  private async rate(
    hub: SiteHub,
    ticketId: string,
    body: RateBody,
    via: 'counter' | 'phone',
  ): Promise<void> {
    const allowedReasons = new Set(hub.settings.rating.reasons.map((r) => r.id));
    const reasons = (body.reasons ?? []).filter((r) => allowedReasons.has(r));
    const result = await hub.execute({
      type: 'ticket:rate',
      ticketId,
      level: body.level,
      scale: hub.settings.rating.scale,
      reasons,
      comment: body.comment ?? null,
      via,
    });
    if (!result.ok) throw fromDomainError(result.error);
  }

  private requireTicket(ticket: Ticket | null): Ticket {
    if (!ticket) throw new ServiceError(500, 'internal', 'Không tìm thấy số vừa cấp.');
    return ticket;
  }

  audit(principal: Principal, siteId: string | null, action: string, target?: string | null): void {
    void this.deps.store
      .appendAudit({
        at: this.deps.clock(),
        actor: actorName(principal),
        action,
        siteId,
        ...(target ? { target } : {}),
      })
      .catch((error: unknown) => this.deps.logger.error({ err: String(error) }, 'audit write failed'));
  }
}
