// From hub events to rooms. Displays get every delta at once, in seq order; counter waiting
// lists and phone pages are refreshed once per tick for all events of that tick.
import type { Server } from 'socket.io';
import type { QueueEvent } from '../../shared/domain/events.js';
import type { Ticket } from '../../shared/domain/model.js';
import type { DeltaEventName } from '../../shared/protocol/socket-events.js';
import type { CallView, QueueDelta } from '../../shared/protocol/views.js';
import type { SiteHub } from '../hub/site-hub.js';
import { aheadIndex, counterQueue, counterView, ticketView, waitingCounts } from '../hub/views.js';
import type { QueueService } from '../services/queue-service.js';
import { counterRoom, siteRoom, ticketRoom } from './socket-data.js';

const SOCKET_EVENT: Record<QueueEvent['type'], DeltaEventName | null> = {
  'ticket:issued': 'ticket:issued',
  'ticket:called': 'ticket:called',
  'ticket:recalled': 'ticket:called',
  'ticket:started': 'ticket:started',
  'ticket:finished': 'ticket:finished',
  'ticket:no-show': 'ticket:no-show',
  'ticket:reactivated': 'ticket:reactivated',
  'ticket:transferred': 'ticket:transferred',
  'ticket:cancelled': 'ticket:cancelled',
  'ticket:expired': 'ticket:expired',
  'ticket:rated': 'ticket:rated',
  'counter:paused': 'counter:paused',
  'counter:resumed': 'counter:resumed',
  'counter:signed-in': 'counter:signed-in',
  'counter:signed-out': 'counter:signed-out',
  'day:closed': null,
};

/** How often phone pages get fresh "people ahead" figures. */
const PHONE_REFRESH_MS = 500;

export class Broadcaster {
  private readonly dirtySites = new Set<SiteHub>();
  private flushScheduled = false;
  private readonly phoneDirty = new Set<SiteHub>();
  private phoneTimer: NodeJS.Timeout | null = null;
  private readonly lastPhoneStatus = new Map<string, string>();

  constructor(
    private readonly io: Server,
    private readonly queue: QueueService,
  ) {}

  events(hub: SiteHub, events: QueueEvent[]): void {
    const { config, state } = hub;
    const waiting = waitingCounts(config, state);
    const room = this.io.to(siteRoom(hub.siteId));
    for (const event of events) {
      const name = SOCKET_EVENT[event.type];
      if (!name) continue;
      const delta: QueueDelta = { seq: event.seq ?? state.seq, at: event.at, waiting };
      const ticketId =
        event.type === 'ticket:issued' ? event.ticket.id : 'ticketId' in event ? event.ticketId : null;
      const ticket = ticketId ? state.tickets.get(ticketId) : undefined;
      if (ticket) delta.ticket = ticketView(config, ticket);
      const counterId = 'counterId' in event ? event.counterId : (ticket?.counterId ?? null);
      const counter = counterId ? counterView(config, state, counterId, this.queue.officerName) : null;
      if (counter) delta.counter = counter;
      if (event.type === 'ticket:called' || event.type === 'ticket:recalled') {
        const call: CallView | undefined = hub.recentCalls.find((c) => c.seq === event.seq);
        if (call) delta.call = call;
      }
      room.emit(name, delta);
      if (ticket && (this.io.of('/').adapter.rooms.get(ticketRoom(ticket.id))?.size ?? 0) > 0) {
        this.sendStatus(hub, ticket);
      }
      if (event.type === 'ticket:finished' && ticket) {
        const until = event.at + hub.settings.rating.closeAfterSeconds * 1000;
        this.io.to(counterRoom(hub.siteId, event.counterId)).emit('rating:requested', {
          counterId: event.counterId,
          ticket: ticketView(config, ticket),
          until,
        });
      }
    }
    this.markDirty(hub);
  }

  reset(hub: SiteHub, _closedDay: string): void {
    this.io.to(siteRoom(hub.siteId)).emit('queue:reset', { day: hub.state.day, seq: hub.state.seq });
    this.io.to(siteRoom(hub.siteId)).emit('queue:snapshot', this.queue.snapshot(hub.siteId));
    this.markDirty(hub);
  }

  private markDirty(hub: SiteHub): void {
    this.dirtySites.add(hub);
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

  /** After a configuration change: every follower of the site, at once. */
  refreshFollowers(hub: SiteHub): void {
    this.refreshCounterQueues(hub);
    this.refreshPhones(hub);
  }

  /** Waiting lists of the counters someone follows, after every change (officers watch them). */
  refreshCounterQueues(hub: SiteHub): void {
    const rooms = this.io.of('/').adapter.rooms;
    const now = hub.now();
    for (const counter of hub.config.counters) {
      const room = counterRoom(hub.siteId, counter.id);
      if ((rooms.get(room)?.size ?? 0) === 0) continue;
      this.io.to(room).emit('counter:queue', counterQueue(hub.config, hub.state, counter.id, now));
    }
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

  refreshPhones(hub: SiteHub): void {
    const rooms = this.io.of('/').adapter.rooms;
    let ahead: Map<string, number> | null = null;
    for (const ticket of hub.state.tickets.values()) {
      const room = ticketRoom(ticket.id);
      if ((rooms.get(room)?.size ?? 0) === 0) {
        this.lastPhoneStatus.delete(ticket.id);
        continue;
      }
      ahead ??= aheadIndex(hub.config, hub.state, hub.now());
      this.sendStatus(hub, ticket, ahead);
    }
  }

  private sendStatus(hub: SiteHub, ticket: Ticket, ahead?: Map<string, number>): void {
    const status = this.queue.statusView(hub, ticket, ahead);
    const text = JSON.stringify(status);
    if (this.lastPhoneStatus.get(ticket.id) === text) return;
    this.lastPhoneStatus.set(ticket.id, text);
    this.io.to(ticketRoom(ticket.id)).emit('ticket:status', status);
  }
}
