// Officers' time at their counters, from a day's events. While an officer is signed in at a
// counter, every moment is exactly one of:
//   paused   the counter is paused (by reason), whatever else holds
//   serving  the counter holds a ticket: from its call until it is finished, marked no-show,
//            transferred, cancelled or expired
//   idle     neither
// Time with no officer signed in is not counted. A session still open at the end (`until`) is
// cut there.
import type { QueueEvent } from '../../shared/domain/events.js';

export interface OfficerTime {
  officerId: string;
  counterId: string;
  signedIn: number;
  serving: number;
  idle: number;
  /** Paused time by reason (ms). */
  paused: Record<string, number>;
}

interface CounterTrack {
  officerId: string | null;
  ticketId: string | null;
  pausedReason: string | null;
  since: number;
}

const TICKET_LEAVES = new Set<QueueEvent['type']>([
  'ticket:finished',
  'ticket:no-show',
  'ticket:transferred',
  'ticket:visit-advanced',
  'ticket:call-withdrawn',
  'ticket:cancelled',
  'ticket:expired',
]);

export function computeOfficerTime(events: readonly QueueEvent[], until: number): OfficerTime[] {
  const counters = new Map<string, CounterTrack>();
  const heldBy = new Map<string, string>();
  const totals = new Map<string, OfficerTime>();

  const track = (counterId: string, at: number): CounterTrack => {
    let c = counters.get(counterId);
    if (!c) {
      c = { officerId: null, ticketId: null, pausedReason: null, since: at };
      counters.set(counterId, c);
    }
    return c;
  };
  /** Books the time since the last change of a counter, up to `at`. */
  const flush = (counterId: string, c: CounterTrack, at: number) => {
    const span = Math.max(0, at - c.since);
    c.since = Math.max(c.since, at);
    if (!c.officerId || span === 0) return;
    const key = `${c.officerId}\u0000${counterId}`;
    let t = totals.get(key);
    if (!t) {
      t = { officerId: c.officerId, counterId, signedIn: 0, serving: 0, idle: 0, paused: {} };
      totals.set(key, t);
    }
    t.signedIn += span;
    if (c.pausedReason !== null) t.paused[c.pausedReason] = (t.paused[c.pausedReason] ?? 0) + span;
    else if (c.ticketId !== null) t.serving += span;
    else t.idle += span;
  };

  for (const e of events) {
    const at = Math.min(e.at, until);
    switch (e.type) {
      case 'counter:signed-in': {
        for (const [id, other] of counters) {
          if (other.officerId === e.officerId && id !== e.counterId) {
            flush(id, other, at);
            other.officerId = null;
          }
        }
        const c = track(e.counterId, at);
        flush(e.counterId, c, at);
        c.officerId = e.officerId;
        break;
      }
      case 'counter:signed-out': {
        const c = track(e.counterId, at);
        flush(e.counterId, c, at);
        if (c.officerId === e.officerId) c.officerId = null;
        break;
      }
      case 'counter:paused': {
        const c = track(e.counterId, at);
        flush(e.counterId, c, at);
        c.pausedReason = e.reason;
        break;
      }
      case 'counter:resumed': {
        const c = track(e.counterId, at);
        flush(e.counterId, c, at);
        c.pausedReason = null;
        break;
      }
      case 'ticket:called': {
        const previous = heldBy.get(e.ticketId);
        if (previous && previous !== e.counterId) {
          const p = track(previous, at);
          flush(previous, p, at);
          if (p.ticketId === e.ticketId) p.ticketId = null;
        }
        const c = track(e.counterId, at);
        flush(e.counterId, c, at);
        c.ticketId = e.ticketId;
        heldBy.set(e.ticketId, e.counterId);
        break;
      }
      default: {
        if (!TICKET_LEAVES.has(e.type) || !('ticketId' in e)) break;
        const counterId = heldBy.get(e.ticketId);
        if (!counterId) break;
        heldBy.delete(e.ticketId);
        const c = track(counterId, at);
        flush(counterId, c, at);
        if (c.ticketId === e.ticketId) c.ticketId = null;
      }
    }
  }
  for (const [id, c] of counters) flush(id, c, until);
  return [...totals.values()].sort(
    (a, b) => a.officerId.localeCompare(b.officerId) || a.counterId.localeCompare(b.counterId),
  );
}
