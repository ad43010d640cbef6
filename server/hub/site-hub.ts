// One site's queue, owned by one writer. Commands are applied strictly in order; each is decided
// and applied in memory, appended to the site-day journal, and acknowledged and broadcast only
// once the append is durable. The writer's own state (ahead of the disk by the commands waiting
// for their fsync) is private; everything outside reads the settled state, which holds only what
// is durable, so no reader ever shows a ticket that a failing disk then takes back. Appends of commands that arrive during an fsync share the next one
// (group commit), so throughput does not cost durability. When the disk refuses a write, the
// hub puts its state back to what is durable, answers site_unavailable, and probes the disk
// until it takes writes again, then resumes by itself. Its day follows the queue clock
// (queue-clock.ts), and a day that has a journal is always resumed from it, never started empty.
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
  QueueIndex,
  type SiteConfig,
  type Ticket,
} from '../../shared/domain/index.js';
import { localDay, nextLocalMidnight } from '../../shared/i18n/time.js';
import type { SiteSettings } from '../../shared/protocol/config-schemas.js';
import { CALL_ENDING_EVENTS, dropCalls } from '../../shared/protocol/snapshot-reducer.js';
import type { CallView } from '../../shared/protocol/views.js';
import { CorruptDataError, StoreWriteError } from '../store/errors.js';
import type { Store } from '../store/store.js';

/** The queue's time; `observe` (when the clock has it) says a time the journal already saw. */
export type Clock = (() => number) & { observe?: (at: number) => void };

export interface HubIds {
  newId(): string;
  newToken(): string;
}

export const randomIds: HubIds = {
  newId: () => randomUUID(),
  newToken: () => randomBytes(18).toString('base64url'),
};

export type ExecResult =
  | {
      ok: true;
      events: QueueEvent[];
      ticket: Ticket | null;
      /** People ahead of the ticket when the command applied (its reply's figure); null when not waiting. */
      ahead: number | null;
    }
  | { ok: false; error: DomainError | { code: 'site_unavailable'; message: string } };

export interface HubListener {
  events(hub: SiteHub, events: QueueEvent[]): void;
  reset(hub: SiteHub, closedDay: string): void;
  /** The disk refused a write: the hub refuses commands until it resumes. */
  storeFailed?(hub: SiteHub, error: StoreWriteError): void;
  /** Writes succeed again; the hub takes commands. */
  storeResumed?(hub: SiteHub): void;
}

/**
 * Checked inside the writer chain, against the state the command will act on; throws to refuse
 * (QueueService passes the permission rules that depend on the queue this way).
 */
export type CommandGuard = (view: { config: SiteConfig; state: DayState }) => void;

export interface HubOptions {
  /** How often a hub whose disk refused writes tries again (ms). */
  recoveryIntervalMs?: number;
}

export type HubHealth =
  | { ok: true }
  | { ok: false; code: 'storage_unavailable'; file: string; errno: string; since: number };

const RECENT_CALLS_KEPT = 30;

export class SiteHub {
  private chain: Promise<unknown> = Promise.resolve();
  private lastDurable: Promise<void> = Promise.resolve();
  private failure: { error: StoreWriteError; since: number } | null = null;
  /** Settles once the state is back to the journal's durable content after a failure. */
  private restoring: Promise<void> = Promise.resolve();
  private recoveryTimer: NodeJS.Timeout | null = null;
  private closed = false;
  private midnightTimer: NodeJS.Timeout | null = null;
  private readonly listeners = new Set<HubListener>();
  /** The latest durable calls and recalls, newest first. */
  recentCalls: CallView[] = [];
  /** The writer's state: every command applied, durable or not. Never leaves this class. */
  private pending: DayState;
  private pendingLines: QueueIndex;
  /** What every reader sees: the state after the last durable command. */
  private durableState: DayState;
  private durableLines: QueueIndex;
  /** Events applied to the writer's state whose append is not yet durable, in order. */
  private unsettled: QueueEvent[] = [];

  private constructor(
    public config: SiteConfig,
    public settings: SiteSettings,
    state: DayState,
    private readonly store: Store,
    private readonly clock: Clock,
    private readonly ids: HubIds,
    private readonly options: HubOptions,
  ) {
    this.pending = state;
    this.pendingLines = QueueIndex.of(state);
    this.durableState = cloneDay(state);
    this.durableLines = QueueIndex.of(this.durableState);
  }

  /**
   * Today's settled state: only durable commands (read-only for everyone outside the hub; the
   * writer decides on a private state of its own).
   */
  get state(): DayState {
    return this.durableState;
  }

  /** The settled state's waiting lines, kept up to date by every durable event. */
  get index(): QueueIndex {
    return this.durableLines;
  }

  /** Replaces both states (a restore, a new day): waiting tickets are filed anew. */
  private resetTo(state: DayState): void {
    this.pending = state;
    this.pendingLines = QueueIndex.of(state);
    this.durableState = cloneDay(state);
    this.durableLines = QueueIndex.of(this.durableState);
    this.unsettled = [];
  }

  /** The append holding events up to `seq` is durable: the settled state takes them, in order. */
  private settle(seq: number): void {
    while (this.unsettled.length > 0 && (this.unsettled[0]?.seq ?? 0) <= seq) {
      const event = this.unsettled.shift() as QueueEvent;
      const expected = event.seq;
      applyEvent(this.durableState, event);
      if (event.seq !== expected) throw new Error(`settled seq ${event.seq} ≠ ${expected}`);
      this.durableLines.observe(this.durableState, event);
      this.trackCall(event);
    }
  }

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
    options: HubOptions = {},
  ): Promise<SiteHub> {
    const siteId = config.site.id;
    const zone = config.site.timeZone;
    const days = await store.listDays(siteId);
    const latest = days.at(-1);
    if (latest && latest > localDay(clock(), zone)) {
      // The wall clock is behind this site's journal (set back, or a dead CMOS battery): the
      // queue's time resumes from the last event the journal saw.
      const lastAt = (await store.readDay(siteId, latest, { repair: true })).at(-1)?.at;
      if (lastAt !== undefined) clock.observe?.(lastAt);
    }
    const today = localDay(clock(), zone);
    for (const day of days) {
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
    const lastAt = events.at(-1)?.at;
    if (lastAt !== undefined) clock.observe?.(lastAt);
    const state = replayChecked(store, siteId, today, events);
    const hub = new SiteHub(config, settings, state, store, clock, ids, options);
    for (const e of events) hub.trackCall(e);
    hub.scheduleMidnight();
    return hub;
  }

  health(): HubHealth {
    if (!this.failure) return { ok: true };
    const { error, since } = this.failure;
    return { ok: false, code: 'storage_unavailable', file: error.file, errno: error.errno, since };
  }

  subscribe(listener: HubListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  now(): number {
    return this.clock();
  }

  /**
   * Applies a command in order; resolves once its events are durable and broadcast. The guard, if
   * any, runs first in the chain, against the very state the command acts on.
   */
  execute(cmd: QueueCommand, guard?: CommandGuard): Promise<ExecResult> {
    const step = this.chain.then(() => this.applyInOrder(cmd, guard));
    this.chain = step.catch(() => undefined);
    return step.then(async ({ result, durable }) => {
      try {
        await durable;
      } catch {
        // Answer only once the state is back to what is durable, so no reader sees a phantom.
        await this.restoring;
        return this.unavailable();
      }
      if (result.ok && result.events.length > 0) {
        for (const l of this.listeners) l.events(this, result.events);
      }
      return result;
    });
  }

  private async applyInOrder(
    cmd: QueueCommand,
    guard?: CommandGuard,
  ): Promise<{ result: ExecResult; durable: Promise<void> }> {
    if (this.failure) return { result: this.unavailable(), durable: Promise.resolve() };
    try {
      await this.rollDayIfNeeded();
    } catch (error) {
      this.storeFailed(error);
      return { result: this.unavailable(), durable: Promise.resolve() };
    }
    guard?.({ config: this.config, state: this.pending });
    const now = this.clock();
    const decision = decide(this.config, this.pending, cmd, {
      now,
      newId: this.ids.newId,
      newToken: this.ids.newToken,
    });
    if (!decision.ok) return { result: decision, durable: Promise.resolve() };
    for (const event of decision.events) {
      applyEvent(this.pending, event);
      this.pendingLines.observe(this.pending, event);
    }
    const ticket = decision.ticketId ? (this.pending.tickets.get(decision.ticketId) ?? null) : null;
    // Fixed here, in the writer, on the state the command produced (later commands may follow it).
    const ahead =
      ticket?.status === 'waiting'
        ? this.pendingLines.peopleAhead(this.config, this.pending, ticket, now)
        : null;
    // The reply's ticket is a copy as of this command: the writer's own goes on changing.
    const result: ExecResult = {
      ok: true,
      events: decision.events,
      ticket: ticket ? copyTicket(ticket) : null,
      ahead,
    };
    if (decision.events.length === 0) return { result, durable: this.lastDurable };
    this.unsettled.push(...decision.events);
    const upTo = this.pending.seq;
    const durable = this.store.appendEvents(this.siteId, this.pending.day, decision.events);
    durable.then(
      () => this.settle(upTo),
      (error: unknown) => this.storeFailed(error),
    );
    this.lastDurable = durable.catch(() => undefined);
    return { result, durable };
  }

  private unavailable(): ExecResult {
    return {
      ok: false,
      error: { code: 'site_unavailable', message: 'Không ghi được dữ liệu; hệ thống tạm ngừng nhận lệnh.' },
    };
  }

  /**
   * The disk refused a write. Every command applied in memory since the last durable write was
   * refused to its caller, so the state goes back to the journal's durable content (no phantom
   * ticket in any snapshot), and the hub probes the disk until it takes writes again.
   */
  private storeFailed(error: unknown): void {
    if (this.failure) return;
    const failure = StoreWriteError.of(this.store.dayLocation(this.siteId, this.pending.day), error);
    this.failure = { error: failure, since: this.clock() };
    for (const l of this.listeners) l.storeFailed?.(this, failure);
    const step = this.chain.then(() => this.restoreDurableState());
    this.chain = step.catch(() => undefined);
    this.restoring = this.chain.then(() => undefined);
    this.scheduleRecovery();
  }

  private async restoreDurableState(events?: QueueEvent[]): Promise<void> {
    const durable = events ?? (await this.store.readDay(this.siteId, this.pending.day));
    this.resetTo(replayChecked(this.store, this.siteId, this.pending.day, durable));
    this.recentCalls = [];
    for (const e of durable) this.trackCall(e);
  }

  private scheduleRecovery(): void {
    if (this.closed || this.recoveryTimer) return;
    this.recoveryTimer = setTimeout(() => {
      this.recoveryTimer = null;
      const step = this.chain.then(() => this.tryResume());
      this.chain = step.catch(() => undefined);
      void step.then((resumed) => {
        if (!resumed) this.scheduleRecovery();
      });
    }, this.options.recoveryIntervalMs ?? 2000);
    this.recoveryTimer.unref();
  }

  private async tryResume(): Promise<boolean> {
    if (!this.failure) return true;
    try {
      const events = await this.store.recoverDay(this.siteId, this.pending.day);
      await this.restoreDurableState(events);
    } catch {
      return false;
    }
    this.failure = null;
    this.lastDurable = Promise.resolve();
    for (const l of this.listeners) l.storeResumed?.(this);
    return true;
  }

  /** Closes the day at local midnight: open tickets expire and numbering restarts. Idempotent. */
  async rollDayIfNeeded(): Promise<boolean> {
    const today = localDay(this.clock(), this.config.site.timeZone);
    if (today <= this.pending.day) return false;
    const closedDay = this.pending.day;
    const closing = closeDayEvents(this.pending, this.clock());
    for (const e of closing) {
      applyEvent(this.pending, e);
      this.pendingLines.observe(this.pending, e);
    }
    await this.lastDurable;
    await this.store.appendEvents(this.siteId, closedDay, closing);
    await this.store.releaseDay(this.siteId, closedDay);
    // A day that already has a journal is resumed from it, never started empty.
    const events = await this.store.readDay(this.siteId, today, { repair: true });
    this.resetTo(replayChecked(this.store, this.siteId, today, events));
    this.recentCalls = [];
    for (const e of events) this.trackCall(e);
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
      // The queue clock may follow a jump at any time: look again at least every minute.
      Math.min(delay, 60_000),
    );
    this.midnightTimer.unref();
  }

  private trackCall(event: QueueEvent): void {
    if (CALL_ENDING_EVENTS.has(event.type) && 'ticketId' in event)
      dropCalls(this.recentCalls, event.ticketId);
    if (event.type !== 'ticket:called' && event.type !== 'ticket:recalled') return;
    const ticket = this.durableState.tickets.get(event.ticketId);
    const counter = this.config.counters.find((c) => c.id === event.counterId);
    if (!ticket || !counter) return;
    const series = this.config.series.find((s) => s.id === ticket.seriesId);
    this.recentCalls.unshift({
      seq: event.seq ?? this.durableState.seq,
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
    const id = this.durableState.byStatusToken.get(token);
    return id ? (this.durableState.tickets.get(id) ?? null) : null;
  }

  async close(): Promise<void> {
    this.closed = true;
    if (this.midnightTimer) clearTimeout(this.midnightTimer);
    if (this.recoveryTimer) clearTimeout(this.recoveryTimer);
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

/** A deep copy of a day's state (the settled state starts as one; no object is shared). */
function cloneDay(state: DayState): DayState {
  return structuredClone(state);
}

function copyTicket(ticket: Ticket): Ticket {
  return structuredClone(ticket);
}
