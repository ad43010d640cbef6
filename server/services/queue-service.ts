// The queue operations, shared by the HTTP API and the socket commands so both behave the same:
// authorize (role, site) → hub.execute with a guard that applies the queue-dependent rules
// (counter holder, ticket holder) inside the writer chain → view. Refusals are ServiceErrors.
import type { QueueCommand, TransferTicket } from '../../shared/domain/commands.js';
import type { Channel, DayState, SiteConfig, Ticket } from '../../shared/domain/model.js';
import type {
  FinishBody,
  IssueTicketBody,
  PauseBody,
  RateBody,
  TransferBody,
} from '../../shared/protocol/api-schemas.js';
import type {
  CounterQueue,
  CounterView,
  IssuedTicket,
  QueueSnapshot,
  TicketStatusView,
  TicketView,
} from '../../shared/protocol/views.js';
import { type Action, authorize, type Scope } from '../auth/permissions.js';
import { actorName, type Principal } from '../auth/principal.js';
import type { Hubs } from '../hub/hubs.js';
import type { CommandGuard, SiteHub } from '../hub/site-hub.js';
import {
  aheadAndEta,
  counterNumbersFor,
  counterQueue,
  counterView,
  counterViews,
  issuingState,
  siteSummary,
  ticketView,
  waitingCounts,
} from '../hub/views.js';
import type { Store } from '../store/store.js';
import type { IssueLimits } from './issue-limits.js';
import type { DeviceRecord } from '../store/config-data.js';
import type { Logger, SlipPrinter } from './ports.js';
import { fromDomainError, notFound, refuse, ServiceError } from './service-error.js';
import { appointmentStatusFields } from '../appointments/status-fields.js';
import { issueChannel } from './issue-channel.js';
import { signedInAccount } from './signed-in.js';
import { ratingOpen, refuseClosedRating } from './rating-window.js';

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
  | 'reactivate'
  | 'withdraw-call';

/** What a check-in or a remote ticket adds to an issue. */
export interface IssueExtras {
  channel: Channel;
  booking?: { bookedAt: number; leadMinutes: number };
  /** Print a slip although the caller is not a kiosk: at this kiosk's printer, or (null) the default one. */
  printAt?: DeviceRecord | null;
}

export interface QueueServiceDeps {
  hubs: Hubs;
  store: Store;
  printer: SlipPrinter;
  logger: Logger;
  publicUrl: string;
  clock: () => number;
  /** Each kiosk's issuing budget (a burst cannot empty a series), whatever transport it uses. */
  issueLimits?: IssueLimits;
  /** The provincial lookup link of a dossier code, and whether a site sends messages (integrations). */
  dossiers?: { linkOf(siteId: string, code: string): string | null; messages(siteId: string): boolean };
}

/** A ticket's transfer, asked at a counter or from the monitor: no placement or note unless given. */
function transferCommand(
  ticketId: string,
  body: Partial<Omit<TransferBody, 'ticketId'>>,
  officerId: string | null,
): TransferTicket {
  return {
    type: 'ticket:transfer',
    ticketId,
    toSeriesId: body.toSeriesId ?? null,
    toCounterId: body.toCounterId ?? null,
    ...(body.placement ? { placement: body.placement } : {}),
    ...(body.note ? { note: body.note } : {}),
    officerId,
  };
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

  /** The rules that do not depend on the queue (role, site); throws when refused. */
  check(principal: Principal, action: Action, siteId: string, counterId?: string): void {
    const hub = this.deps.hubs.get(siteId);
    const counterOfficerId = counterId ? (hub?.state.counters.get(counterId)?.officerId ?? null) : undefined;
    refuse(authorize(principal, action, { siteId, counterId, counterOfficerId }));
    if (!hub) throw notFound('trung tâm');
  }

  /** The same rules evaluated inside the writer chain, on the state the command acts on. */
  private guard(
    principal: Principal,
    action: Action,
    siteId: string,
    scopeOf: (config: SiteConfig, state: DayState) => Omit<Scope, 'siteId'>,
  ): CommandGuard {
    return ({ config, state }) => refuse(authorize(principal, action, { siteId, ...scopeOf(config, state) }));
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
      waiting: waitingCounts(hub),
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
    // A kiosk's retry of a ticket it already has costs nothing of its budget.
    if (
      principal.kind === 'device' &&
      principal.device.kind === 'kiosk' &&
      !this.hub(siteId).state.byRequestId.has(body.requestId)
    ) {
      this.deps.issueLimits?.takeOrRefuse(principal.device.id);
    }
    return this.issueChecked(principal, siteId, body);
  }

  /**
   * Issues a ticket for a caller already authorised (a booking's check-in, a remote ticket): the
   * extras set its channel and booked time. The principal decides only whether a slip prints.
   */
  async issueChecked(
    principal: Principal,
    siteId: string,
    body: IssueTicketBody,
    extras?: IssueExtras,
  ): Promise<IssuedTicket> {
    const hub = this.hub(siteId);
    const channel = extras?.channel ?? issueChannel(principal, body.channel);
    const result = await hub.execute({
      type: 'ticket:issue',
      procedureId: body.procedureId,
      priorityId: body.priority ?? null,
      language: body.language ?? 'vi',
      channel,
      requestId: body.requestId,
      ...(body.moreProcedures?.length ? { moreProcedures: body.moreProcedures } : {}),
      ...(extras?.booking ? { booking: extras.booking } : {}),
    });
    if (!result.ok) throw fromDomainError(result.error);
    // A request id the queue already had answers with its ticket and no events: a retry.
    const known = result.events.length === 0;
    const ticket = this.requireTicket(result.ticket);
    const { ahead, etaMinutes } = aheadAndEta(hub, ticket, hub.now(), result.ahead ?? undefined);
    const statusUrl = this.statusUrl(ticket.statusToken);
    const counterNumbers = counterNumbersFor(hub.config, ticket.seriesId);
    // A retry never prints a second slip; a printer failure never blocks the ticket.
    const kiosk = principal.kind === 'device' && principal.device.kind === 'kiosk' ? principal.device : null;
    const printAt = extras?.printAt !== undefined ? extras.printAt : kiosk;
    const prints = kiosk !== null || extras?.printAt !== undefined;
    const print =
      known || !prints
        ? { status: 'skipped' as const, jobId: null }
        : await this.deps.printer
            .printIssued({
              config: hub.config,
              settings: hub.settings,
              ticket,
              ahead,
              statusUrl,
              counterNumbers,
              kiosk: printAt,
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
    const ticketId = cmd.type === 'ticket:transfer' || cmd.type === 'ticket:reactivate' ? cmd.ticketId : null;
    const rule: Action =
      cmd.type === 'ticket:transfer'
        ? 'ticket:transfer'
        : cmd.type === 'ticket:reactivate'
          ? 'ticket:reactivate'
          : 'counter:operate';
    const result = await hub.execute(
      cmd,
      this.guard(principal, rule, siteId, (config, state) =>
        counterScope(config, state, counterId, ticketId),
      ),
    );
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
          dossierCode: body.dossierCode ?? null,
          outcome: body.outcome ?? null,
        };
      case 'no-show':
        return { type: 'counter:no-show', counterId };
      case 'transfer': {
        const ticketId = body.ticketId ?? hub.state.counters.get(counterId)?.currentTicketId;
        if (!ticketId)
          throw fromDomainError({ code: 'counter_has_no_ticket', message: 'Quầy chưa gọi số nào.' });
        return transferCommand(ticketId, body, officerId);
      }
      case 'pause':
        return { type: 'counter:pause', counterId, reason: body.reason ?? 'other', note: body.note ?? null };
      case 'resume':
        return { type: 'counter:resume', counterId };
      case 'reactivate':
        return { type: 'ticket:reactivate', ticketId: body.ticketId ?? '', officerId };
      case 'withdraw-call':
        return { type: 'counter:withdraw-call', counterId };
    }
  }

  async signIn(
    principal: Principal,
    siteId: string,
    counterId: string,
    takeOver: boolean,
  ): Promise<CounterView | null> {
    this.check(principal, takeOver ? 'counter:take-over' : 'counter:sign-in', siteId);
    const officer = signedInAccount(principal);
    const hub = this.hub(siteId);
    const result = await hub.execute({
      type: 'counter:sign-in',
      counterId,
      officerId: officer.id,
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
    this.check(principal, 'counter:sign-in', siteId);
    const officer = signedInAccount(principal);
    const hub = this.hub(siteId);
    const result = await hub.execute({ type: 'counter:sign-out', counterId, officerId: officer.id });
    if (!result.ok) throw fromDomainError(result.error);
    return counterView(hub.config, hub.state, counterId, this.officerName);
  }

  /** Signs an officer out of every counter they hold (their account was disabled by `by`). */
  async signOutEverywhere(by: Principal, officerId: string): Promise<void> {
    for (const hub of this.deps.hubs.all()) {
      const held = [...hub.state.counters.values()].filter((c) => c.officerId === officerId);
      for (const c of held) {
        const result = await hub.execute({ type: 'counter:sign-out', counterId: c.counterId, officerId });
        if (result.ok) this.audit(by, hub.siteId, 'counter:sign-out', c.counterId);
      }
    }
  }

  async cancel(principal: Principal, siteId: string, ticketId: string): Promise<TicketView> {
    this.check(principal, 'queue:read', siteId);
    const hub = this.hub(siteId);
    // Staff and counter devices may cancel only the ticket their own counter holds.
    const guard = this.guard(principal, 'ticket:cancel', siteId, (config, state) => {
      const holder = state.tickets.get(ticketId)?.counterId ?? undefined;
      return holder
        ? counterScope(config, state, holder, ticketId)
        : { ticket: ticketScope(state, ticketId) };
    });
    const result = await hub.execute(
      { type: 'ticket:cancel', ticketId, userId: principal.kind === 'user' ? principal.user.id : null },
      guard,
    );
    if (!result.ok) throw fromDomainError(result.error);
    this.audit(principal, siteId, 'ticket:cancel', ticketId);
    return ticketView(hub.config, this.requireTicket(result.ticket));
  }

  /** The monitor's hand on any ticket of the site (managers): send it to another line or counter. */
  moveTicket(principal: Principal, siteId: string, ticketId: string, body: Omit<TransferBody, 'ticketId'>) {
    return this.manageTicket(
      principal,
      siteId,
      ticketId,
      'ticket:transfer',
      transferCommand(ticketId, body, principal.kind === 'user' ? principal.user.id : null),
    );
  }

  /** The monitor's hand on any ticket of the site (managers): a recent no-show back in line. */
  reviveTicket(principal: Principal, siteId: string, ticketId: string) {
    return this.manageTicket(principal, siteId, ticketId, 'ticket:reactivate', {
      type: 'ticket:reactivate',
      ticketId,
      officerId: principal.kind === 'user' ? principal.user.id : null,
    });
  }

  private async manageTicket(
    principal: Principal,
    siteId: string,
    ticketId: string,
    audited: string,
    cmd: QueueCommand,
  ): Promise<{ ticket: TicketView | null }> {
    this.check(principal, 'ticket:manage', siteId);
    const hub = this.hub(siteId);
    const result = await hub.execute(
      cmd,
      this.guard(principal, 'ticket:manage', siteId, (_config, state) => ({
        ticket: ticketScope(state, ticketId),
      })),
    );
    if (!result.ok) throw fromDomainError(result.error);
    this.audit(principal, siteId, audited, ticketId);
    return { ticket: result.ticket ? ticketView(hub.config, result.ticket) : null };
  }

  /** A counter's whole waiting list (REST, and counter:queue-full on the socket). */
  counterQueue(principal: Principal, siteId: string, counterId: string): CounterQueue {
    this.check(principal, 'queue:read', siteId);
    const hub = this.hub(siteId);
    return counterQueue(hub, counterId, hub.now());
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

  /** A phone page's view of its ticket (now: one instant for a whole refresh of many phones). */
  statusView(hub: SiteHub, ticket: Ticket, now = hub.now()): TicketStatusView {
    const { config, state, settings } = hub;
    const { ahead, etaMinutes } = aheadAndEta(hub, ticket, now);
    const nowServing = [...state.counters.values()]
      .flatMap((c) => (c.currentTicketId ? (state.tickets.get(c.currentTicketId) ?? []) : []))
      .filter((t) => t.seriesId === ticket.seriesId)
      .map((t) => t.displayNumber);
    const field = config.fields.find((f) => f.id === ticket.fieldId);
    const procedure = config.procedures.find((p) => p.id === ticket.procedureId);
    const counter = ticket.counterId ? config.counters.find((c) => c.id === ticket.counterId) : undefined;
    const series = config.series.find((s) => s.id === ticket.seriesId);
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
      ...(series ? { line: { name: series.name, prefix: series.prefix } } : {}),
      counterNumber: counter?.number ?? null,
      issuedAt: ticket.issuedAt,
      rating: {
        allowed: this.phoneRatingOpen(hub, ticket),
        given: ticket.rating !== null,
        settings: ticket.status === 'done' ? settings.rating : null,
      },
      timeZone: config.site.timeZone,
      ...appointmentStatusFields(ticket, settings),
      dossier:
        ticket.status === 'done' && ticket.dossierCode
          ? {
              code: ticket.dossierCode,
              url: this.deps.dossiers?.linkOf(config.site.id, ticket.dossierCode) ?? null,
            }
          : null,
      messages: this.deps.dossiers?.messages(config.site.id) ?? false,
    };
  }

  private phoneRatingOpen(hub: SiteHub, ticket: Ticket): boolean {
    return ratingOpen(ticket, hub.settings.rating, 'phone', hub.now());
  }

  /** The citizen leaves the queue from the phone page: whoever holds the ticket's status token. */
  async giveUp(principal: Principal, token: string): Promise<TicketStatusView> {
    const { hub, ticket } = await this.byStatusToken(principal, token, 'ticket:give-up');
    this.audit(principal, hub.siteId, 'ticket:give-up', ticket.id);
    return this.statusView(hub, ticket);
  }

  /** "I am here" from the status page of a remote ticket: whoever holds its status token. */
  async confirmArrival(principal: Principal, token: string): Promise<TicketStatusView> {
    const { hub, ticket } = await this.byStatusToken(principal, token, 'ticket:confirm-arrival');
    return this.statusView(hub, ticket);
  }

  /** A status-token command on the token's ticket; its rule checks the token in the writer chain. */
  private async byStatusToken(
    principal: Principal,
    token: string,
    type: 'ticket:give-up' | 'ticket:confirm-arrival',
  ): Promise<{ hub: SiteHub; ticket: Ticket }> {
    const found = this.findByToken(token);
    if (!found) throw notFound('số thứ tự');
    const { hub } = found;
    const ticketId = found.ticket.id;
    const result = await hub.execute(
      { type, ticketId },
      this.guard(principal, type, hub.siteId, (_config, state) => ({
        ticket: ticketScope(state, ticketId),
        heldToken: state.tickets.get(ticketId)?.statusToken === token ? token : null,
      })),
    );
    if (!result.ok) throw fromDomainError(result.error);
    return { hub, ticket: this.requireTicket(result.ticket) };
  }

  async rateByToken(token: string, body: RateBody): Promise<void> {
    const found = this.findByToken(token);
    if (!found) throw notFound('số thứ tự');
    const { hub, ticket } = found;
    refuseClosedRating(ticket, hub.settings.rating, 'phone', hub.now());
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
    const permitted = this.guard(principal, 'ticket:rate', siteId, (config, state) =>
      counterScope(config, state, counterId, ticketId),
    );
    await this.rate(hub, ticketId, body, 'counter', (view) => {
      permitted(view);
      refuseClosedRating(view.state.tickets.get(ticketId), hub.settings.rating, 'counter', hub.now());
    });
  }

  private async rate(
    hub: SiteHub,
    ticketId: string,
    body: RateBody,
    via: 'counter' | 'phone',
    guard?: CommandGuard,
  ): Promise<void> {
    const allowedReasons = new Set(hub.settings.rating.reasons.map((r) => r.id));
    const reasons = (body.reasons ?? []).filter((r) => allowedReasons.has(r));
    const result = await hub.execute(
      {
        type: 'ticket:rate',
        ticketId,
        level: body.level,
        scale: hub.settings.rating.scale,
        reasons,
        comment: body.comment ?? null,
        via,
      },
      guard,
    );
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

function ticketScope(state: DayState, ticketId: string | null): Scope['ticket'] {
  if (ticketId === null) return undefined;
  const t = state.tickets.get(ticketId);
  return t
    ? { status: t.status, seriesId: t.seriesId, counterId: t.counterId, targetCounterId: t.targetCounterId }
    : null;
}

/** A counter's side of a rule: who sits there, which lines it serves, and the ticket acted on. */
function counterScope(
  config: SiteConfig,
  state: DayState,
  counterId: string,
  ticketId: string | null,
): Omit<Scope, 'siteId'> {
  return {
    counterId,
    counterOfficerId: state.counters.get(counterId)?.officerId ?? null,
    counterSeriesIds: config.counters.find((c) => c.id === counterId)?.series.map((s) => s.seriesId) ?? [],
    ticket: ticketScope(state, ticketId),
  };
}
