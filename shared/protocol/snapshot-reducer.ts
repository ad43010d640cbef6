// Keeping a client's copy of the queue in step: apply each delta in seq order; a delta whose
// seq is not the next one means something was missed, and the client asks for a new snapshot.
import type { CallView, QueueDelta, QueueSnapshot, WaitingCounts } from './views.js';

export type DeltaOutcome = 'applied' | 'stale' | 'gap';

/** Calls kept in recentCalls. */
export const RECENT_CALLS_KEPT = 20;

/**
 * Events after which a ticket's calls no longer hold: the hall must not keep showing them (the
 * hub drops them from recentCalls too, so a snapshot agrees with the deltas).
 */
export const CALL_ENDING_EVENTS: ReadonlySet<string> = new Set([
  'ticket:call-withdrawn',
  'ticket:visit-advanced',
  'ticket:transferred',
  'ticket:cancelled',
  'ticket:no-show',
]);

/** recentCalls without the calls of one ticket (in place). */
export function dropCalls(calls: CallView[], ticketId: string): void {
  for (let i = calls.length - 1; i >= 0; i--) if (calls[i]?.ticketId === ticketId) calls.splice(i, 1);
}

export function applyDelta(snapshot: QueueSnapshot, delta: QueueDelta): DeltaOutcome {
  if (delta.seq <= snapshot.seq) return 'stale';
  if (delta.seq !== snapshot.seq + 1) return 'gap';
  snapshot.seq = delta.seq;
  // A ticket that left a counter (finished, transferred, no-show…) clears it there.
  if (delta.ticketId && delta.name !== 'ticket:called') {
    for (const c of snapshot.counters) {
      if (c.current?.id === delta.ticketId && c.id !== delta.counter?.id) {
        c.current = null;
        if (c.state !== 'paused') c.state = 'idle';
      }
    }
  }
  if (delta.ticketId && CALL_ENDING_EVENTS.has(delta.name)) dropCalls(snapshot.recentCalls, delta.ticketId);
  if (delta.counter) {
    const i = snapshot.counters.findIndex((c) => c.id === delta.counter?.id);
    if (i >= 0) snapshot.counters[i] = delta.counter;
    else snapshot.counters.push(delta.counter);
  }
  if (delta.name === 'ticket:called' && delta.call) {
    snapshot.recentCalls.unshift(delta.call);
    if (snapshot.recentCalls.length > RECENT_CALLS_KEPT) snapshot.recentCalls.length = RECENT_CALLS_KEPT;
  }
  return 'applied';
}

/** Waiting counts as of `seq`: taken unless the snapshot is already newer. */
export function applyWaiting(snapshot: QueueSnapshot, seq: number, waiting: WaitingCounts): boolean {
  if (seq < snapshot.seq) return false;
  snapshot.waiting = waiting;
  return true;
}
