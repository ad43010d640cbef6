// From hub events to rooms, each client getting only what it shows. Every socket of a site but
// the kiosks gets one queue:deltas message per command, at once, in seq order (calls reach the
// displays without waiting). Waiting counts go to everyone, kiosks included, coalesced a few
// times a second. Counter screens get the head of their list (one order per counter
// configuration) once per tick, its tickets only when they changed; phone pages get "people
// ahead" at most twice a second, only when it changed.
import type { Server } from 'socket.io';
import type { QueueEvent } from '../../shared/domain/events.js';
import type { Counter, Ticket } from '../../shared/domain/model.js';
import { counterPool } from '../../shared/domain/pools.js';
import type { DeltaEventName } from '../../shared/protocol/socket-events.js';
import type {
  CounterQueueUpdate,
  QueueDelta,
  TicketStatusView,
  TicketView,
} from '../../shared/protocol/views.js';
import type { SiteHub } from '../hub/site-hub.js';
import { counterQueue, counterView, ticketView, waitingCounts } from '../hub/views.js';
import type { QueueService } from '../services/queue-service.js';
import {
  counterRoom,
  kioskRoom,
  REMOTE_FOLLOWER_PREFIX,
  REMOTE_STATUSES,
  siteRoom,
  ticketRoom,
} from './socket-data.js';

const DELTA_NAME: Record<QueueEvent['type'], DeltaEventName | null> = {
  'ticket:issued': 'ticket:issued',
  'ticket:called': 'ticket:called',
  'ticket:recalled': 'ticket:called',
  'ticket:started': 'ticket:started',
  'ticket:finished': 'ticket:finished',
  'ticket:no-show': 'ticket:no-show',
  'ticket:reactivated': 'ticket:reactivated',
  'ticket:transferred': 'ticket:transferred',
  'ticket:cancelled': 'ticket:cancelled',
  'ticket:call-withdrawn': 'ticket:call-withdrawn',
  // The ticket moved on to its next procedure's line: for clients, a transfer.
  'ticket:visit-advanced': 'ticket:transferred',
  'ticket:expired': 'ticket:expired',
  'ticket:rated': 'ticket:rated',
  'ticket:arrival-confirmed': null,
  'counter:paused': 'counter:paused',
  'counter:resumed': 'counter:resumed',
  'counter:signed-in': 'counter:signed-in',
  'counter:signed-out': 'counter:signed-out',
  'day:closed': null,
};

/** Events after which a counter's own view (state, officer, current ticket) may differ. */
const CHANGES_COUNTER = new Set<DeltaEventName>([
  'ticket:called',
  'ticket:started',
  'ticket:finished',
  'ticket:no-show',
  'ticket:transferred',
  'ticket:cancelled',
  'ticket:call-withdrawn',
  'ticket:expired',
  'counter:paused',
  'counter:resumed',
  'counter:signed-in',
  'counter:signed-out',
]);

/** How many tickets of its list a counter screen gets (the whole list on counter:queue-full). */
export const COUNTER_HEAD = 30;
/** How often waiting counts go out at most. */
const WAITING_MS = 200;
/** How often phone pages get fresh "people ahead" figures. */
const PHONE_REFRESH_MS = 500;
/** Phone statuses sent per event-loop turn during a refresh. */
const PHONES_PER_TURN = 50;

export class Broadcaster {
  private readonly dirtySites = new Set<SiteHub>();
  private flushScheduled = false;
  private readonly phoneDirty = new Set<SiteHub>();
  private phoneTimer: NodeJS.Timeout | null = null;
  private readonly waitingDirty = new Set<SiteHub>();
  private waitingTimer: NodeJS.Timeout | null = null;
  private readonly lastPhoneStatus = new Map<string, string>();
  /** Statuses changed and not yet sent (sent together by flushStatuses). */
  private statusBatch: [string, TicketStatusView][] = [];
  /** Per counter room: the head and no-shows last sent, serialised, to send them only on change. */
  private readonly lastHead = new Map<string, { tickets: string; noShows: string }>();

  constructor(
    private readonly io: Server,
    private readonly queue: QueueService,
    /** roomsElsewhere: other nodes hold sockets too (a cluster), so a room empty here may not be. */
    private readonly options: { roomsElsewhere?: boolean } = {},
  ) {}

  events(hub: SiteHub, events: QueueEvent[]): void {
    const deltas = this.deltasOf(hub, events);
    if (deltas.length > 0) {
      this.io.to(siteRoom(hub.siteId)).except(kioskRoom(hub.siteId)).emit('queue:deltas', deltas);
    }
    const rooms = this.io.of('/').adapter.rooms;
    for (const event of events) {
      const ticketId = 'ticketId' in event ? event.ticketId : null;
      const ticket = ticketId ? hub.state.tickets.get(ticketId) : undefined;
      if (ticket && (rooms.get(ticketRoom(ticket.id))?.size ?? 0) > 0) this.queueStatus(hub, ticket);
      if (event.type === 'ticket:finished' && ticket) {
        const until = event.at + hub.settings.rating.closeAfterSeconds * 1000;
        this.io.to(counterRoom(hub.siteId, event.counterId)).emit('rating:requested', {
          counterId: event.counterId,
          ticket: ticketView(hub.config, ticket),
          until,
        });
      }
    }
    this.flushStatuses();
    this.markDirty(hub);
  }

  /** One command's changes: ids, the call, and each changed counter's view once (on its last change). */
  private deltasOf(hub: SiteHub, events: QueueEvent[]): QueueDelta[] {
    const { config, state } = hub;
    const deltas: QueueDelta[] = [];
    const lastTouch = new Map<string, QueueDelta>();
    for (const event of events) {
      const name = DELTA_NAME[event.type];
      if (!name) continue;
      const delta: QueueDelta = { name, seq: event.seq ?? state.seq, at: event.at };
      const ticketId =
        event.type === 'ticket:issued' ? event.ticket.id : 'ticketId' in event ? event.ticketId : null;
      if (ticketId) delta.ticketId = ticketId;
      const counterId =
        'counterId' in event ? event.counterId : ticketId ? state.tickets.get(ticketId)?.counterId : null;
      if (counterId) {
        delta.counterId = counterId;
        if (CHANGES_COUNTER.has(name)) lastTouch.set(counterId, delta);
      }
      if (event.type === 'ticket:called' || event.type === 'ticket:recalled') {
        const call = hub.recentCalls.find((c) => c.seq === event.seq);
        if (call) delta.call = call;
      }
      deltas.push(delta);
    }
    for (const [counterId, delta] of lastTouch) {
      const view = counterView(config, state, counterId, this.queue.officerName);
      if (view) delta.counter = view;
    }
    return deltas;
  }

  reset(hub: SiteHub, _closedDay: string): void {
    this.io.to(siteRoom(hub.siteId)).emit('queue:reset', { day: hub.state.day, seq: hub.state.seq });
    this.io.to(siteRoom(hub.siteId)).emit('queue:snapshot', this.queue.snapshot(hub.siteId));
    this.lastHead.clear();
    this.markDirty(hub);
  }

  private markDirty(hub: SiteHub): void {
    this.dirtySites.add(hub);
    this.waitingDirty.add(hub);
    this.scheduleWaiting();
    if (!this.flushScheduled) {
      this.flushScheduled = true;
      setImmediate(() => {
        this.flushScheduled = false;
        for (const h of this.dirtySites) this.refreshCounterQueues(h);
        for (const h of this.dirtySites) this.phoneDirty.add(h);
        this.dirtySites.clear();
        this.schedulePhones();
      });
    }
  }

  private scheduleWaiting(): void {
    if (this.waitingTimer) return;
    this.waitingTimer = setTimeout(() => {
      this.waitingTimer = null;
      for (const hub of this.waitingDirty) {
        this.io
          .to(siteRoom(hub.siteId))
          .emit('queue:waiting', { seq: hub.state.seq, waiting: waitingCounts(hub) });
      }
      this.waitingDirty.clear();
    }, WAITING_MS);
    this.waitingTimer.unref();
  }

  /** After a configuration change: every follower of the site, at once. */
  refreshFollowers(hub: SiteHub): void {
    this.lastHead.clear();
    this.refreshCounterQueues(hub);
    this.refreshPhones(hub);
  }

  /** The head of the list of every counter someone follows (officers watch them). */
  refreshCounterQueues(hub: SiteHub): void {
    const rooms = this.io.of('/').adapter.rooms;
    const now = hub.now();
    // Counters that draw from the same lines the same way share one head.
    const heads = new Map<string, { tickets: TicketView[]; text: string }>();
    for (const counter of hub.config.counters) {
      const room = counterRoom(hub.siteId, counter.id);
      if (!this.options.roomsElsewhere && (rooms.get(room)?.size ?? 0) === 0) {
        this.lastHead.delete(room);
        continue;
      }
      const key = this.orderKey(hub, counter);
      let head = key === null ? undefined : heads.get(key);
      const full = head ? null : counterQueue(hub, counter.id, now, COUNTER_HEAD);
      if (!head) {
        const tickets = full?.tickets ?? [];
        head = { tickets, text: JSON.stringify(tickets) };
        if (key !== null) heads.set(key, head);
      }
      const noShows = full?.noShows ?? counterQueue(hub, counter.id, now, 0).noShows;
      const noShowsText = JSON.stringify(noShows);
      const last = this.lastHead.get(room);
      const update: CounterQueueUpdate = {
        counterId: counter.id,
        seq: hub.state.seq,
        serverTime: now,
        total: hub.index.waitingFor(counter),
      };
      if (last?.tickets !== head.text) update.tickets = head.tickets;
      if (last?.noShows !== noShowsText) update.noShows = noShows;
      this.lastHead.set(room, { tickets: head.text, noShows: noShowsText });
      this.io.to(room).emit('counter:queue', update);
    }
  }

  /**
   * Counters with the same lines, weights and policy (and nothing sent to them alone) have the
   * same call order; only interleave depends on the counter's own count. null: its own order.
   */
  private orderKey(hub: SiteHub, counter: Counter): string | null {
    if ((hub.state.pools.get(counterPool(counter.id))?.length ?? 0) > 0) return null;
    const since = hub.state.counters.get(counter.id)?.normalsSincePriority ?? 0;
    return [
      counter.policy,
      counter.policy === 'interleave' ? `${counter.interleaveRatio ?? ''}/${since}` : '',
      ...counter.series.map((s) => `${s.seriesId}*${s.weight ?? 1}`),
    ].join('|');
  }

  /** Phone pages learn "people ahead" at most every PHONE_REFRESH_MS, and only when it changed. */
  private schedulePhones(): void {
    if (this.phoneTimer || this.phoneDirty.size === 0) return;
    this.phoneTimer = setTimeout(() => {
      this.phoneTimer = null;
      const hubs = [...this.phoneDirty];
      this.phoneDirty.clear();
      for (const h of hubs) this.refreshPhones(h);
    }, PHONE_REFRESH_MS);
    this.phoneTimer.unref();
  }

  /** Every followed ticket of the site (walking the followed rooms, not the day's tickets). */
  refreshPhones(hub: SiteHub): void {
    const rooms = this.io.of('/').adapter.rooms;
    for (const id of this.lastPhoneStatus.keys()) {
      if ((rooms.get(ticketRoom(id))?.size ?? 0) === 0) this.lastPhoneStatus.delete(id);
    }
    const prefix = ticketRoom('');
    const followed: string[] = [];
    for (const [room, sockets] of rooms) {
      if (sockets.size > 0 && room.startsWith(prefix)) followed.push(room.slice(prefix.length));
    }
    // One instant for the whole refresh (figures that need a counter's full order share it), and
    // a slice of phones per event-loop turn, so a command arriving meanwhile is not held up.
    const now = hub.now();
    const slice = (from: number): void => {
      const end = Math.min(followed.length, from + PHONES_PER_TURN);
      for (let i = from; i < end; i++) {
        const ticket = hub.state.tickets.get(followed[i] ?? '');
        if (ticket) this.queueStatus(hub, ticket, now);
      }
      this.flushStatuses();
      if (end < followed.length) setImmediate(() => slice(end));
    };
    slice(0);
  }

  /** A followed ticket's status, to be sent if it changed. */
  private queueStatus(hub: SiteHub, ticket: Ticket, now?: number): void {
    const status = this.queue.statusView(hub, ticket, now);
    const text = JSON.stringify(status);
    if (this.lastPhoneStatus.get(ticket.id) === text) return;
    this.lastPhoneStatus.set(ticket.id, text);
    this.statusBatch.push([ticket.id, status]);
  }

  /**
   * Sends the queued statuses: to this process's phone pages directly, and those followed from
   * other nodes of a cluster in one server-side message (one NOTIFY through the postgres adapter
   * for the batch, not one per ticket: a province's writer refreshes thousands of phones).
   */
  private flushStatuses(): void {
    if (this.statusBatch.length === 0) return;
    const batch = this.statusBatch;
    this.statusBatch = [];
    const rooms = this.io.of('/').adapter.rooms;
    const remote: [string, TicketStatusView][] = [];
    for (const entry of batch) {
      const room = ticketRoom(entry[0]);
      this.io.local.to(room).emit('ticket:status', entry[1]);
      for (const member of rooms.get(room) ?? []) {
        if (!member.startsWith(REMOTE_FOLLOWER_PREFIX)) continue;
        remote.push(entry);
        break;
      }
    }
    if (remote.length > 0) this.io.serverSideEmit(REMOTE_STATUSES, remote);
  }
}
