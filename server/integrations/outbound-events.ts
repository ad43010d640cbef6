// What a site's journal says to the outside, as webhook events {id, type, siteId, seq, at, data}.
// Derived only from durable journal events, deterministically: replaying a day's journal gives
// the same events with the same ids, so a delivery retried after a crash keeps its id. One journal
// event may give several (a call also brings tickets within N of their turn: ticket.turn-near).
// No personal data goes out: no phone numbers, no notes, no comments.
import {
  applyEvent,
  createDayState,
  type DayState,
  type QueueEvent,
  type SiteConfig,
  type Ticket,
} from '../../shared/domain/index.js';
import type { WebhookEventType } from '../../shared/protocol/integration-schemas.js';
import { TurnNearWatch } from './turn-near.js';

export interface OutboundEvent {
  /** siteId:day:seq:index, the same on every replay of the journal. */
  id: string;
  type: WebhookEventType;
  siteId: string;
  day: string;
  seq: number;
  /** Position among the events derived from the same journal event. */
  index: number;
  at: number;
  data: Record<string, unknown>;
}

/** Journal events after which people ahead may have dropped. */
const MOVES_THE_LINE: ReadonlySet<QueueEvent['type']> = new Set([
  'ticket:issued',
  'ticket:called',
  'ticket:cancelled',
  'ticket:transferred',
  'ticket:visit-advanced',
  'ticket:call-withdrawn',
  'ticket:reactivated',
  'counter:resumed',
]);

export interface DeriveSettings {
  /** Turn-near threshold (people ahead); null = nobody listens, skip the computation. */
  turnNearAhead: number | null;
}

/** Folds a site-day's journal into outbound events, one journal event at a time, in seq order. */
export class OutboundDeriver {
  readonly state: DayState;
  private readonly near = new TurnNearWatch();

  constructor(
    private readonly siteId: string,
    readonly day: string,
    private readonly config: () => SiteConfig,
    private readonly settings: () => DeriveSettings,
  ) {
    this.state = createDayState(siteId, day);
  }

  get seq(): number {
    return this.state.seq;
  }

  /** Applies the next journal event (a copy: the hub's objects are never touched). */
  next(event: QueueEvent): OutboundEvent[] {
    const copy = structuredClone(event);
    applyEvent(this.state, copy);
    this.near.observe(this.state, copy);
    const seq = this.state.seq;
    const config = this.config();
    const out: Omit<OutboundEvent, 'id' | 'index' | 'siteId' | 'day' | 'seq'>[] = [];
    const main = this.describe(config, copy);
    if (main) out.push(main);
    const n = this.settings().turnNearAhead;
    if (n !== null && MOVES_THE_LINE.has(copy.type)) out.push(...this.turnNear(config, copy.at, n));
    return out.map((o, index) => ({
      ...o,
      id: `${this.siteId}:${this.day}:${seq}:${index}`,
      siteId: this.siteId,
      day: this.day,
      seq,
      index,
    }));
  }

  private ticketData(config: SiteConfig, ticket: Ticket): Record<string, unknown> {
    const counter = ticket.counterId ? config.counters.find((c) => c.id === ticket.counterId) : undefined;
    return {
      ticketId: ticket.id,
      displayNumber: ticket.displayNumber,
      seriesId: ticket.seriesId,
      fieldId: ticket.fieldId,
      procedureId: ticket.handledProcedureId ?? ticket.procedureId,
      channel: ticket.channel,
      priorityId: ticket.priorityId,
      language: ticket.language,
      counterId: ticket.counterId,
      counterNumber: counter?.number ?? null,
      dossierCode: ticket.dossierCode ?? null,
    };
  }

  private describe(
    config: SiteConfig,
    event: QueueEvent,
  ): Omit<OutboundEvent, 'id' | 'index' | 'siteId' | 'day' | 'seq'> | null {
    const at = event.at;
    const ticketOf = (id: string) => this.state.tickets.get(id);
    switch (event.type) {
      case 'ticket:issued': {
        const t = ticketOf(event.ticket.id);
        return t
          ? { type: 'ticket.issued', at, data: { ...this.ticketData(config, t), issuedAt: t.issuedAt } }
          : null;
      }
      case 'ticket:called': {
        const t = ticketOf(event.ticketId);
        return t
          ? { type: 'ticket.called', at, data: { ...this.ticketData(config, t), recall: false } }
          : null;
      }
      case 'ticket:recalled': {
        const t = ticketOf(event.ticketId);
        return t
          ? { type: 'ticket.called', at, data: { ...this.ticketData(config, t), recall: true } }
          : null;
      }
      case 'ticket:finished': {
        const t = ticketOf(event.ticketId);
        if (!t) return null;
        return {
          type: 'ticket.finished',
          at,
          data: {
            ...this.ticketData(config, t),
            waitMs: t.firstCalledAt !== null ? t.firstCalledAt - t.issuedAt : null,
            serviceMs: t.startedAt !== null ? at - t.startedAt : null,
          },
        };
      }
      case 'ticket:rated': {
        const t = ticketOf(event.ticketId);
        if (!t) return null;
        const { level, scale, reasons, via } = event.rating;
        return {
          type: 'ticket.rated',
          at,
          data: { ...this.ticketData(config, t), rating: { level, scale, reasons, via } },
        };
      }
      case 'counter:paused': {
        const counter = config.counters.find((c) => c.id === event.counterId);
        return {
          type: 'counter.paused',
          at,
          data: { counterId: event.counterId, counterNumber: counter?.number ?? null, reason: event.reason },
        };
      }
      default:
        return null;
    }
  }

  /** Waiting tickets that now have at most n people ahead, each once a day, nearest first. */
  private turnNear(config: SiteConfig, at: number, n: number) {
    return this.near.take(config, this.state, at, n).map(({ ticket, ahead }) => ({
      type: 'ticket.turn-near' as const,
      at,
      data: { ...this.ticketData(config, ticket), ahead, threshold: n },
    }));
  }
}
