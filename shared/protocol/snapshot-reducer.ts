// Keeping a client's copy of the queue in step: apply each delta in seq order; a delta whose
// seq is not the next one means something was missed, and the client asks for a new snapshot.
import type { DeltaEventName } from './socket-events.js';
import type { QueueDelta, QueueSnapshot } from './views.js';

export type DeltaOutcome = 'applied' | 'stale' | 'gap';

/** Calls kept in recentCalls. */
export const RECENT_CALLS_KEPT = 20;

export function applyDelta(snapshot: QueueSnapshot, name: DeltaEventName, delta: QueueDelta): DeltaOutcome {
  if (delta.seq <= snapshot.seq) return 'stale';
  if (delta.seq !== snapshot.seq + 1) return 'gap';
  snapshot.seq = delta.seq;
  snapshot.waiting = delta.waiting;
  if (delta.counter) {
    const i = snapshot.counters.findIndex((c) => c.id === delta.counter?.id);
    if (i >= 0) snapshot.counters[i] = delta.counter;
    else snapshot.counters.push(delta.counter);
  }
  // A ticket that left a counter (finished, transferred, no-show…) clears it there.
  if (delta.ticket && name !== 'ticket:called') {
    for (const c of snapshot.counters) {
      if (c.current?.id === delta.ticket.id && c.id !== delta.counter?.id) {
        c.current = null;
        if (c.state !== 'paused') c.state = 'idle';
      }
    }
  }
  if (name === 'ticket:called' && delta.call) {
    snapshot.recentCalls.unshift(delta.call);
    if (snapshot.recentCalls.length > RECENT_CALLS_KEPT) snapshot.recentCalls.length = RECENT_CALLS_KEPT;
  }
  return 'applied';
}
