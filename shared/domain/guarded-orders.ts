// While the starvation guard may reorder a counter's line (queue-index.ts guardMayReorder), that
// counter's call order is built in full (ordering.ts queueOrder). It is built once per state
// version, configuration and instant: every figure asked at that moment — each phone page of a
// refresh, each counter head after an event — shares it instead of sorting the line again.
import type { Counter, DayState, SiteConfig, Ticket } from './model.js';
import { queueOrder } from './ordering.js';

export interface BuiltOrder {
  tickets: readonly Ticket[];
  /** A ticket's place in `tickets`. */
  rank: ReadonlyMap<string, number>;
}

export class GuardedOrders {
  private config: SiteConfig | null = null;
  private state: DayState | null = null;
  private seq = -1;
  private now = Number.NaN;
  private readonly built = new Map<string, BuiltOrder>();

  of(config: SiteConfig, state: DayState, counter: Counter, now: number): BuiltOrder {
    if (config !== this.config || state !== this.state || state.seq !== this.seq || now !== this.now) {
      this.config = config;
      this.state = state;
      this.seq = state.seq;
      this.now = now;
      this.built.clear();
    }
    let order = this.built.get(counter.id);
    if (!order) {
      const tickets = queueOrder(config, state, counter, state.counters.get(counter.id), now);
      order = { tickets, rank: new Map(tickets.map((t, i) => [t.id, i])) };
      this.built.set(counter.id, order);
    }
    return order;
  }
}
