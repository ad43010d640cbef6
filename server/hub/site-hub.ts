// One site's queue, owned by one writer. Commands are applied strictly in order; each is decided
// and applied in memory, appended to the site-day journal, and acknowledged and broadcast only
// once the append is durable. Appends of commands that arrive during an fsync share the next one
// (group commit), so throughput does not cost durability.
import { randomBytes, randomUUID } from 'node:crypto';
import {
  applyEvent,
  closeDayEvents,
  createDayState,
  type DayState,
  type DomainError,
  decide,
  type QueueCommand,
  type QueueEvent,
  type SiteConfig,
  type Ticket,
} from '../../shared/domain/index.js';
import { localDay, nextLocalMidnight } from '../../shared/i18n/time.js';
import type { SiteSettings } from '../../shared/protocol/config-schemas.js';
import type { CallView } from '../../shared/protocol/views.js';
import { CorruptDataError } from '../store/errors.js';
import type { Store } from '../store/store.js';

export type Clock = () => number;

export interface HubIds {
  newId(): string;
  newToken(): string;
}

export const randomIds: HubIds = {
  newId: () => randomUUID(),
  newToken: () => randomBytes(18).toString('base64url'),
};

export type ExecResult =
  | { ok: true; events: QueueEvent[]; ticket: Ticket | null }
  | { ok: false; error: DomainError | { code: 'site_unavailable'; message: string } };

export interface HubListener {
  events(hub: SiteHub, events: QueueEvent[]): void;
  reset(hub: SiteHub, closedDay: string): void;
}

const RECENT_CALLS_KEPT = 30;

export class SiteHub {
  private chain: Promise<unknown> = Promise.resolve();
  private lastDurable: Promise<void> = Promise.resolve();
  private failure: Error | null = null;
  private midnightTimer: NodeJS.Timeout | null = null;
  private readonly listeners = new Set<HubListener>();
  /** The latest calls and recalls, newest first. */
  recentCalls: CallView[] = [];

  private constructor(
    public config: SiteConfig,
    public settings: SiteSettings,
    public state: DayState,
    private readonly store: Store,
    private readonly clock: Clock,
    private readonly ids: HubIds,
  ) {}

  get siteId(): string {
    return this.config.site.id;
  }

  /** Restores today's state from the journal, closing any earlier day left open by a stop. */
  static async load(
    config: SiteConfig,
    settings: SiteSettings,
    store: Store,
    clock: Clock,
    ids: HubIds = randomIds,
  ): Promise<SiteHub> {
    const siteId = config.site.id;
    const today = localDay(clock(), config.site.timeZone);
    for (const day of await store.listDays(siteId)) {
      if (day >= today) continue;
      const events = await store.readDay(siteId, day, { repair: true });
      if (events.at(-1)?.type === 'day:closed') continue;
      const past = replayChecked(store, siteId, day, events);
      const closing = closeDayEvents(past, clock());
      for (const e of closing) applyEvent(past, e);
      await store.appendEvents(siteId, day, closing);
      await store.releaseDay(siteId, day);
    }
    const events = await store.readDay(siteId, today, { repair: true });
    const state = replayChecked(store, siteId, today, events);
    const hub = new SiteHub(config, settings, state, store, clock, ids);
    for (const e of events) hub.trackCall(e);
    hub.scheduleMidnight();
    return hub;
  }

  subscribe(listener: HubListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  now(): number {
    return this.clock();
  }

  /** Applies a command in order; resolves once its events are durable and broadcast. */
  execute(cmd: QueueCommand): Promise<ExecResult> {
    const step = this.chain.then(() => this.applyInOrder(cmd));
    this.chain = step.catch(() => undefined);
    return step.then(async ({ result, durable }) => {
      try {
        await durable;
      } catch (error) {
        return this.unavailable(error);
      }
      if (result.ok && result.events.length > 0) {
        for (const l of this.listeners) l.events(this, result.events);
      }
      return result;
    });
  }

  private async applyInOrder(cmd: QueueCommand): Promise<{ result: ExecResult; durable: Promise<void> }> {
    if (this.failure) return { result: this.unavailable(this.failure), durable: Promise.resolve() };
    await this.rollDayIfNeeded();
    const now = this.clock();
    const decision = decide(this.config, this.state, cmd, {
      now,
      newId: this.ids.newId,
      newToken: this.ids.newToken,
    });
    if (!decision.ok) return { result: decision, durable: Promise.resolve() };
    for (const event of decision.events) {
      applyEvent(this.state, event);
      this.trackCall(event);
    }
    const ticket = decision.ticketId ? (this.state.tickets.get(decision.ticketId) ?? null) : null;
    const result: ExecResult = { ok: true, events: decision.events, ticket };
    if (decision.events.length === 0) return { result, durable: this.lastDurable };
    const durable = this.store.appendEvents(this.siteId, this.state.day, decision.events);
    durable.catch((error: unknown) => {
      this.failure ??= error instanceof Error ? error : new Error(String(error));
    });
    this.lastDurable = durable.catch(() => undefined);
    return { result, durable };
  }

  private unavailable(error: unknown): ExecResult {
    this.failure ??= error instanceof Error ? error : new Error(String(error));
    return {
      ok: false,
      error: { code: 'site_unavailable', message: 'Không ghi được dữ liệu; hệ thống tạm ngừng nhận lệnh.' },
    };
  }

  /** Closes the day at local midnight: open tickets expire and numbering restarts. Idempotent. */
  async rollDayIfNeeded(): Promise<boolean> {
    const today = localDay(this.clock(), this.config.site.timeZone);
    if (today <= this.state.day) return false;
    const closedDay = this.state.day;
    const closing = closeDayEvents(this.state, this.clock());
    for (const e of closing) applyEvent(this.state, e);
    await this.lastDurable;
    await this.store.appendEvents(this.siteId, closedDay, closing);
    await this.store.releaseDay(this.siteId, closedDay);
    this.state = createDayState(this.siteId, today);
    this.recentCalls = [];
    for (const l of this.listeners) l.reset(this, closedDay);
    return true;
  }

  /** Runs the day roll through the command chain (the midnight timer uses this). */
  rollDay(): Promise<boolean> {
    const step = this.chain.then(() => this.rollDayIfNeeded());
    this.chain = step.catch(() => undefined);
    return step;
  }

  private scheduleMidnight(): void {
    if (this.midnightTimer) clearTimeout(this.midnightTimer);
    const delay = Math.max(
      1000,
      nextLocalMidnight(this.clock(), this.config.site.timeZone) - this.clock() + 200,
    );
    this.midnightTimer = setTimeout(
      () => {
        void this.rollDay().finally(() => this.scheduleMidnight());
      },
      Math.min(delay, 6 * 3600_000),
    );
    this.midnightTimer.unref();
  }

  private trackCall(event: QueueEvent): void {
    if (event.type !== 'ticket:called' && event.type !== 'ticket:recalled') return;
    const ticket = this.state.tickets.get(event.ticketId);
    const counter = this.config.counters.find((c) => c.id === event.counterId);
    if (!ticket || !counter) return;
    const series = this.config.series.find((s) => s.id === ticket.seriesId);
    this.recentCalls.unshift({
      seq: event.seq ?? this.state.seq,
      at: event.at,
      recall: event.type === 'ticket:recalled',
      ticketId: ticket.id,
      displayNumber: ticket.displayNumber,
      prefix: series?.prefix ?? '',
      number: ticket.number,
      language: ticket.language,
      counterId: counter.id,
      counterNumber: counter.number,
    });
    if (this.recentCalls.length > RECENT_CALLS_KEPT) this.recentCalls.length = RECENT_CALLS_KEPT;
  }

  /** Replaces the configuration (admin edits); the state keeps its tickets. */
  reconfigure(config: SiteConfig, settings: SiteSettings): void {
    this.config = config;
    this.settings = settings;
    this.scheduleMidnight();
  }

  /** Resolves once every command accepted so far is applied and durable. */
  async settled(): Promise<void> {
    await this.chain;
    await this.lastDurable;
  }

  findByStatusToken(token: string): Ticket | null {
    const id = this.state.byStatusToken.get(token);
    return id ? (this.state.tickets.get(id) ?? null) : null;
  }

  async close(): Promise<void> {
    if (this.midnightTimer) clearTimeout(this.midnightTimer);
    await this.chain;
    await this.lastDurable;
  }
}

function replayChecked(store: Store, siteId: string, day: string, events: readonly QueueEvent[]): DayState {
  const state = createDayState(siteId, day);
  events.forEach((event, i) => {
    try {
      applyEvent(state, { ...event });
    } catch (error) {
      throw new CorruptDataError(
        store.dayLocation(siteId, day),
        `event ${i + 1} cannot be replayed (${(error as Error).message})`,
      );
    }
  });
  return state;
}
