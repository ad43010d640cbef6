// From hub events to rooms. Displays get every delta at once, in seq order; counter waiting
// lists and phone pages are refreshed once per tick for all events of that tick.
import type { Server } from 'socket.io';
import type { QueueEvent } from '../../shared/domain/events.js';
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

export class Broadcaster {
  private readonly dirtySites = new Set<SiteHub>();
  private flushScheduled = false;

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
    if (this.flushScheduled) return;
    this.flushScheduled = true;
    setImmediate(() => {
      this.flushScheduled = false;
      const hubs = [...this.dirtySites];
      this.dirtySites.clear();
      for (const h of hubs) this.refreshFollowers(h);
    });
  }

  /** Waiting lists of followed counters and the status of followed tickets. */
  refreshFollowers(hub: SiteHub): void {
    const rooms = this.io.of('/').adapter.rooms;
    const now = hub.now();
    const counterPrefix = `counter:${hub.siteId}:`;
    let ahead: Map<string, number> | null = null;
    for (const [room, members] of rooms) {
      if (members.size === 0) continue;
      if (room.startsWith(counterPrefix)) {
        const counterId = room.slice(counterPrefix.length);
        this.io.to(room).emit('counter:queue', counterQueue(hub.config, hub.state, counterId, now));
      } else if (room.startsWith('ticket:')) {
        const ticket = hub.state.tickets.get(room.slice(7));
        if (!ticket) continue;
        ahead ??= aheadIndex(hub.config, hub.state, now);
        this.io.to(ticketRoom(ticket.id)).emit('ticket:status', this.queue.statusView(hub, ticket, ahead));
      }
    }
  }
}
