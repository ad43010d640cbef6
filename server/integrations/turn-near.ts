// Which waiting tickets have come within N people of their turn (ticket.turn-near), found at the
// head of each counter's call order instead of in a people-ahead table of the whole queue: a
// ticket with at most N ahead is among the first N + 1 of some counter's order. The heads come
// from the queue index (shared/domain/queue-index.ts), kept up to date by every event, so a check
// costs O(counters × N) whatever the queue's length (the index builds a full order only while the
// starvation guard may reorder a counter's line, as everywhere else). The figures equal
// ordering.ts peopleAheadIndex for every ticket they report (test/unit/turn-near.test.ts holds
// them to the full recomputation after every event).
import {
  type Counter,
  counterPool,
  type DayState,
  mayCall,
  QueueIndex,
  type QueueEvent,
  type SiteConfig,
  type Ticket,
} from '../../shared/domain/index.js';

export interface NearTicket {
  ticket: Ticket;
  ahead: number;
}

export class TurnNearWatch {
  private readonly index = new QueueIndex();
  /** Tickets already reported today: each is reported once. */
  private readonly told = new Set<string>();

  /** Follows one event applied to the state (after applyEvent), whether or not anyone listens. */
  observe(state: DayState, event: QueueEvent): void {
    this.index.observe(state, event);
  }

  /**
   * Waiting tickets not reported yet that now have at most n people ahead, nearest first (then
   * issue time and id); they count as reported from now on.
   */
  take(config: SiteConfig, state: DayState, at: number, n: number): NearTicket[] {
    const heads = new Map<string, Ticket[]>();
    /** Lowest place per ticket among open counters, and among all counters. */
    const open = new Map<string, number>();
    const any = new Map<string, NearTicket>();
    for (const counter of config.counters) {
      if (counter.retired) continue;
      const paused = Boolean(state.counters.get(counter.id)?.paused);
      const key = orderKey(state, counter);
      let head = heads.get(key);
      if (!head) {
        head = this.index.head(config, state, counter, at, n + 1);
        heads.set(key, head);
      }
      head.forEach((ticket, i) => {
        if (this.told.has(ticket.id)) return;
        const known = any.get(ticket.id);
        if (!known || i < known.ahead) any.set(ticket.id, { ticket, ahead: i });
        if (!paused && i < (open.get(ticket.id) ?? Number.POSITIVE_INFINITY)) open.set(ticket.id, i);
      });
    }
    const found: NearTicket[] = [];
    for (const [id, near] of any) {
      const ahead = open.get(id);
      if (ahead !== undefined) found.push({ ticket: near.ticket, ahead });
      // Paused counters count only when no open counter may call it (it is further back there).
      else if (!openCounterFor(config, state, near.ticket)) found.push(near);
    }
    found.sort(
      (a, b) =>
        a.ahead - b.ahead || a.ticket.issuedAt - b.ticket.issuedAt || a.ticket.id.localeCompare(b.ticket.id),
    );
    for (const { ticket } of found) this.told.add(ticket.id);
    return found;
  }
}

function openCounterFor(config: SiteConfig, state: DayState, ticket: Ticket): boolean {
  return config.counters.some((c) => !state.counters.get(c.id)?.paused && mayCall(c, ticket));
}

/**
 * Counters with the same call order share one head: the same lines, weights and policy (and
 * interleave count), and no tickets sent to them alone (as ordering.ts SharedOrders).
 */
function orderKey(state: DayState, counter: Counter): string {
  if ((state.pools.get(counterPool(counter.id))?.length ?? 0) > 0) return `own|${counter.id}`;
  const interleave = counter.policy === 'interleave';
  return [
    counter.policy,
    interleave ? (counter.interleaveRatio ?? '') : '',
    interleave ? (state.counters.get(counter.id)?.normalsSincePriority ?? 0) : '',
    ...counter.series.map((s) => `${s.seriesId}*${s.weight ?? 1}`),
  ].join('|');
}
