// The queue's own time: the wall clock, but never trusted blindly. It never goes backwards (seq
// order and waits stay true), it follows small corrections at once, and a jump of more than a few
// minutes is logged and shown to managers:
//  - forward: followed only once the wall clock has held its new time for `confirmMs` of steady
//    (monotonic) time, so a clock set a day ahead by mistake and corrected a few minutes later
//    never closes the real day; a jump that holds (a machine woken from sleep) is followed then;
//  - backward: the queue keeps its own time (steady clock) until the wall clock catches up;
//  - behind the journal: a machine that boots with its clock in the past (dead CMOS battery)
//    resumes from the last time its journal saw, and follows the next correction at once.
// The rule is written out in docs/DECISIONS.md ("Time the queue can trust").

export interface ClockJump {
  /** Wall clock minus queue time when the jump was seen, ms (positive: wall ahead). */
  offsetMs: number;
  at: number;
}

export interface ClockStatus {
  /** ok, or which way the wall clock disagrees with the queue by more than the tolerance. */
  state: 'ok' | 'wall-ahead' | 'wall-behind';
  /** Wall clock minus queue time, ms. */
  offsetMs: number;
  /** When the queue will follow a forward jump if it holds (wall-ahead only). */
  followsAt: number | null;
}

export interface QueueClockOptions {
  wall?: () => number;
  /** Steady time in ms (performance.now in production). */
  steady?: () => number;
  /** Disagreement under this is a correction, not a jump (default 2 minutes). */
  toleranceMs?: number;
  /** How long a forward jump must hold before the queue follows (default 10 minutes). */
  confirmMs?: number;
  /** Told once for each jump seen. */
  onJump?: (jump: ClockJump) => void;
}

export class QueueClock {
  private readonly wall: () => number;
  private readonly steady: () => number;
  private readonly toleranceMs: number;
  private readonly confirmMs: number;
  private readonly onJump: (jump: ClockJump) => void;
  /** Queue time = anchorTime + rate × (steady() - anchorSteady). */
  private anchorTime: number;
  private anchorSteady: number;
  /** 1, or ½ while the queue lets a wall clock set slightly back catch up (slewing). */
  private rate = 1;
  /** Set when the queue time came from the journal, not the wall clock: follow the next jump. */
  private behindJournal = false;
  private pending: { offsetMs: number; since: number } | null = null;
  private reported: 'ok' | 'wall-ahead' | 'wall-behind' = 'ok';
  private lastOffset = 0;

  constructor(options: QueueClockOptions = {}) {
    this.wall = options.wall ?? Date.now;
    this.steady = options.steady ?? (() => performance.now());
    this.toleranceMs = options.toleranceMs ?? 120_000;
    this.confirmMs = options.confirmMs ?? 600_000;
    this.onJump = options.onJump ?? (() => undefined);
    this.anchorTime = this.wall();
    this.anchorSteady = this.steady();
  }

  /** The queue's time now (ms since the epoch). Never less than any earlier reading. */
  readonly now = (): number => {
    const steadyNow = this.steady();
    const own = this.own(steadyNow);
    const wall = this.wall();
    const offset = wall - own;
    this.lastOffset = offset;
    if (Math.abs(offset) <= this.toleranceMs) {
      this.pending = null;
      this.behindJournal = false;
      this.report('ok', offset, own);
      // Small corrections forward are followed at once; backward ones are caught up at half pace.
      if (offset >= 0) {
        this.anchor(wall, steadyNow, 1);
        return wall;
      }
      if (this.rate === 1) this.anchor(own, steadyNow, 0.5);
      return own;
    }
    if (offset > 0) return this.forwardJump(offset, wall, own, steadyNow);
    this.pending = null;
    if (this.rate !== 1) this.anchor(own, steadyNow, 1);
    this.report('wall-behind', offset, own);
    return own;
  };

  /** Whole milliseconds, like Date.now: readings are stored (a bigint column, the journal). */
  private own(steadyNow: number): number {
    return Math.floor(this.anchorTime + this.rate * (steadyNow - this.anchorSteady));
  }

  /** Reads the wall clock every intervalMs, so a jump is seen (and timed) when it happens. */
  watch(intervalMs = 1000): () => void {
    const timer = setInterval(() => this.now(), intervalMs);
    timer.unref();
    return () => clearInterval(timer);
  }

  /** A time known to have passed (the journal's last event): the queue never goes behind it. */
  observe(at: number): void {
    const steadyNow = this.steady();
    if (at > this.own(steadyNow)) this.anchor(at, steadyNow, 1);
    const wall = this.wall();
    if (wall < at - this.toleranceMs) {
      this.behindJournal = true;
      this.report('wall-behind', wall - at, at);
    }
  }

  status(): ClockStatus {
    const pending = this.reported === 'wall-ahead' ? this.pending : null;
    return {
      state: this.reported,
      offsetMs: Math.round(this.lastOffset),
      followsAt: pending ? this.wall() + (pending.since + this.confirmMs - this.steady()) : null,
    };
  }

  private forwardJump(offset: number, wall: number, own: number, steadyNow: number): number {
    if (this.behindJournal) {
      // The queue's time was only the journal's: the wall clock has just been set right.
      this.behindJournal = false;
      this.anchor(wall, steadyNow, 1);
      this.report('ok', 0, wall);
      return wall;
    }
    if (!this.pending || Math.abs(offset - this.pending.offsetMs) > this.toleranceMs) {
      this.pending = { offsetMs: offset, since: steadyNow };
    }
    if (steadyNow - this.pending.since >= this.confirmMs) {
      this.pending = null;
      this.anchor(wall, steadyNow, 1);
      this.report('ok', 0, wall);
      return wall;
    }
    this.report('wall-ahead', offset, own);
    return own;
  }

  private anchor(time: number, steadyNow: number, rate: number): void {
    this.anchorTime = time;
    this.anchorSteady = steadyNow;
    this.rate = rate;
  }

  private report(state: ClockStatus['state'], offsetMs: number, at: number): void {
    if (state === this.reported) return;
    this.reported = state;
    if (state !== 'ok') this.onJump({ offsetMs: Math.round(offsetMs), at });
  }
}
