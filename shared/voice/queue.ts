// The announcement queue of one display: calls are spoken one at a time, first called first
// spoken, each `repeatCount` times. A call is identified by ticket + counter + seq: the same call
// delivered twice is spoken once, a recall (a new seq) is queued anew, and calls taken from a
// snapshot are remembered as seen without being announced, so a reconnect never repeats old calls.
// Clock and timers are injected; `play` is the only side effect.

export interface CallIdentity {
  ticketId: string;
  counterId: string;
  /** The seq of the event that made the call (ticket:called or ticket:recalled). */
  seq: number;
}

export interface PlayRequest<C extends CallIdentity> {
  call: C;
  /** 0 for the first time the call is spoken, 1 for the repeat, … */
  repetition: number;
  repeats: number;
}

export type PlayErrorDecision = 'retry' | 'drop';

export interface AnnouncementQueueOptions<C extends CallIdentity> {
  play: (request: PlayRequest<C>) => Promise<void>;
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
  /** Times each call is spoken. Default 2. */
  repeatCount?: number;
  /** Pause between two repetitions of a call. Default 700 ms. */
  repeatGapMs?: number;
  /** Pause between two calls. Default 400 ms. */
  callGapMs?: number;
  /** A call still waiting after this long is dropped unspoken (e.g. while audio was locked). Default 120 s. */
  staleAfterMs?: number;
  /**
   * What to do when `play` fails. 'retry' puts the call back at the head of the queue and pauses
   * the queue (e.g. audio blocked until a tap); 'drop' gives up on that call. Default 'drop'.
   */
  onPlayError?: (error: unknown, request: PlayRequest<C>) => PlayErrorDecision;
  /** How many call keys are remembered for dedupe. Default 5000. */
  rememberLimit?: number;
  /** How many finished calls the `spoken` view keeps. Default 50. */
  historyLimit?: number;
}

export interface QueueEntry<C extends CallIdentity> {
  key: string;
  call: C;
  enqueuedAt: number;
  /** Repetitions already spoken. */
  done: number;
}

export type Outcome = 'spoken' | 'stale' | 'failed';

export interface FinishedEntry<C extends CallIdentity> {
  key: string;
  call: C;
  outcome: Outcome;
  at: number;
}

export interface QueueView<C extends CallIdentity> {
  paused: boolean;
  playing: QueueEntry<C> | null;
  pending: QueueEntry<C>[];
  spoken: FinishedEntry<C>[];
}

export type EnqueueResult = 'queued' | 'duplicate' | 'merged';

export function callKey(call: CallIdentity): string {
  return `${call.ticketId}\u0000${call.counterId}\u0000${call.seq}`;
}

function sameTicketAndCounter(a: CallIdentity, b: CallIdentity): boolean {
  return a.ticketId === b.ticketId && a.counterId === b.counterId;
}

const defaultSleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

export class AnnouncementQueue<C extends CallIdentity> {
  private readonly options: AnnouncementQueueOptions<C>;
  private readonly now: () => number;
  private readonly sleep: (ms: number) => Promise<void>;
  private repeats: number;
  private readonly seen = new Set<string>();
  private readonly pending: QueueEntry<C>[] = [];
  private readonly finished: FinishedEntry<C>[] = [];
  private current: QueueEntry<C> | null = null;
  private running = false;
  private lastEndedAt = Number.NEGATIVE_INFINITY;
  private paused = false;
  private idleWaiters: Array<() => void> = [];

  constructor(options: AnnouncementQueueOptions<C>) {
    this.options = options;
    this.now = options.now ?? Date.now;
    this.sleep = options.sleep ?? defaultSleep;
    this.repeats = AnnouncementQueue.checkRepeats(options.repeatCount ?? 2);
  }

  private static checkRepeats(count: number): number {
    if (!Number.isInteger(count) || count < 1) throw new RangeError(`repeat count must be ≥ 1, got ${count}`);
    return count;
  }

  get repeatCount(): number {
    return this.repeats;
  }

  /** Applies to calls that start after the change. */
  set repeatCount(count: number) {
    this.repeats = AnnouncementQueue.checkRepeats(count);
  }

  /**
   * Queues a call to be announced. A call already seen (same ticket, counter and seq) is ignored;
   * a recall of a call that is still waiting unspoken is merged into it.
   */
  enqueue(call: C): EnqueueResult {
    const key = callKey(call);
    if (this.seen.has(key)) return 'duplicate';
    this.remember(key);
    if (this.pending.some((entry) => sameTicketAndCounter(entry.call, call))) return 'merged';
    this.pending.push({ key, call, enqueuedAt: this.now(), done: 0 });
    void this.run();
    return 'queued';
  }

  /** Remembers calls from a snapshot as already announced: they will never be spoken. */
  markSeen(calls: Iterable<CallIdentity>): void {
    for (const call of calls) this.remember(callKey(call));
  }

  hasSeen(call: CallIdentity): boolean {
    return this.seen.has(callKey(call));
  }

  /** Stops starting calls (the one being spoken finishes). */
  pause(): void {
    this.paused = true;
  }

  resume(): void {
    this.paused = false;
    void this.run();
  }

  /** Drops every waiting call (they stay seen). */
  clear(): void {
    this.pending.length = 0;
  }

  view(): QueueView<C> {
    return {
      paused: this.paused,
      playing: this.current ? { ...this.current } : null,
      pending: this.pending.map((entry) => ({ ...entry })),
      spoken: [...this.finished],
    };
  }

  /** Resolves once nothing is being spoken and nothing can start (empty or paused). */
  whenIdle(): Promise<void> {
    if (!this.running) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  private remember(key: string): void {
    this.seen.add(key);
    const limit = this.options.rememberLimit ?? 5000;
    for (const oldest of this.seen) {
      if (this.seen.size <= limit) break;
      this.seen.delete(oldest);
    }
  }

  private finish(entry: QueueEntry<C>, outcome: Outcome): void {
    this.finished.push({ key: entry.key, call: entry.call, outcome, at: this.now() });
    const limit = this.options.historyLimit ?? 50;
    if (this.finished.length > limit) this.finished.splice(0, this.finished.length - limit);
  }

  private async run(): Promise<void> {
    if (this.running) return;
    this.running = true;
    try {
      while (!this.paused && this.pending.length > 0) {
        const wait = (this.options.callGapMs ?? 400) - (this.now() - this.lastEndedAt);
        if (wait > 0) await this.sleep(wait);
        if (this.paused) break;
        const entry = this.pending.shift();
        if (entry === undefined) break;
        if (this.now() - entry.enqueuedAt > (this.options.staleAfterMs ?? 120_000)) {
          this.finish(entry, 'stale');
          continue;
        }
        this.current = entry;
        const outcome = await this.speak(entry);
        this.current = null;
        this.lastEndedAt = this.now();
        if (outcome !== 'retry') this.finish(entry, outcome);
      }
    } finally {
      this.running = false;
      this.current = null;
      const waiters = this.idleWaiters;
      this.idleWaiters = [];
      for (const resolve of waiters) resolve();
    }
  }

  private async speak(entry: QueueEntry<C>): Promise<Outcome | 'retry'> {
    const repeats = this.repeats;
    while (entry.done < repeats) {
      if (entry.done > 0) await this.sleep(this.options.repeatGapMs ?? 700);
      const request: PlayRequest<C> = { call: entry.call, repetition: entry.done, repeats };
      try {
        await this.options.play(request);
      } catch (error) {
        const decision = this.options.onPlayError?.(error, request) ?? 'drop';
        if (decision === 'retry') {
          this.pending.unshift(entry);
          this.paused = true;
          return 'retry';
        }
        return 'failed';
      }
      entry.done += 1;
    }
    return 'spoken';
  }
}
