// One queue per printer: jobs go out in order, one at a time. A job that cannot print now (printer
// off, out of paper, cover open) stays at the head and is retried with backoff, so a printer that
// is back soon still gets it, and the jobs behind it keep their order. Bounded: a job fails after
// maxAttempts, or when it is older than maxJobAgeMs (a slip nobody waits for any more).

import { type PrintErrorInfo, PrintError, toErrorInfo } from './errors.js';
import type { PrinterState } from './printer-status.js';
import type { PrinterTarget } from './printer-target.js';
import type { SendOutcome } from './printer-transport.js';
import type { SlipInput } from './slip-model.js';

export type PrintJobState = 'queued' | 'printing' | 'printed' | 'failed';

export interface PrintJob {
  id: string;
  target: PrinterTarget;
  input: SlipInput;
  bytes: Buffer;
  state: PrintJobState;
  attempts: number;
  createdAt: number;
  updatedAt: number;
  printedAt?: number;
  error?: PrintErrorInfo;
  /** Set on an explicit reprint: the job it copies. */
  reprintOf?: string;
}

export interface RetryPolicy {
  maxAttempts: number;
  /** Wait after the n-th failed attempt (the last value repeats). */
  delaysMs: readonly number[];
  maxJobAgeMs: number;
}

/** 5 tries over about 30 s (with connect timeouts); a slip older than 2 minutes is dropped. */
export const DEFAULT_RETRY: RetryPolicy = {
  maxAttempts: 5,
  delaysMs: [1000, 2000, 5000, 10_000],
  maxJobAgeMs: 120_000,
};

export interface QueueDeps {
  send(job: PrintJob): Promise<SendOutcome>;
  policy: RetryPolicy;
  now(): number;
  /** After every change of a job's state, attempts or error. */
  onJobUpdate(job: PrintJob): void;
  /** The printer state seen by an attempt. */
  onPrinterState(state: PrinterState, at: number): void;
  onWarning(job: PrintJob, message: string): void;
}

export class PrinterQueue {
  private readonly pending: PrintJob[] = [];
  private running: Promise<void> | undefined;
  private retryTimer: NodeJS.Timeout | undefined;
  private closed = false;

  constructor(private readonly deps: QueueDeps) {}

  /** Jobs waiting or printing. */
  get size(): number {
    return this.pending.length;
  }

  /** An attempt is on the wire right now. */
  get busy(): boolean {
    return this.running !== undefined;
  }

  enqueue(job: PrintJob): void {
    if (this.closed) {
      this.settle(job, 'failed', new PrintError('print_service_closed', 'print service is closed'));
      return;
    }
    this.pending.push(job);
    this.kick();
  }

  /** The printer looks ready again: retry the head job now instead of at the end of its backoff. */
  wake(): void {
    if (this.retryTimer === undefined) return;
    clearTimeout(this.retryTimer);
    this.retryTimer = undefined;
    this.kick();
  }

  async close(): Promise<void> {
    this.closed = true;
    clearTimeout(this.retryTimer);
    this.retryTimer = undefined;
    await this.running;
    for (const job of this.pending.splice(0)) {
      this.settle(
        job,
        'failed',
        new PrintError('print_service_closed', 'print service closed before the job printed'),
      );
    }
  }

  private kick(): void {
    if (this.closed || this.running !== undefined || this.retryTimer !== undefined) return;
    this.running = this.drain().finally(() => {
      this.running = undefined;
    });
  }

  private settle(job: PrintJob, state: PrintJobState, error?: PrintError): void {
    job.state = state;
    job.updatedAt = this.deps.now();
    if (state === 'printed') {
      job.printedAt = job.updatedAt;
      delete job.error;
    } else if (error !== undefined) {
      job.error = toErrorInfo(error, 'printer_write_failed');
    }
    this.deps.onJobUpdate(job);
  }

  private async drain(): Promise<void> {
    const { policy, now } = this.deps;
    while (!this.closed && this.pending.length > 0) {
      const job = this.pending[0];
      if (now() - job.createdAt > policy.maxJobAgeMs) {
        this.pending.shift();
        const last = job.error === undefined ? '' : ` (last error: ${job.error.message})`;
        this.settle(job, 'failed', new PrintError('print_job_expired', `slip not printed in time${last}`));
        continue;
      }
      job.attempts += 1;
      this.settle(job, 'printing');
      const outcome = await this.deps.send(job);
      this.deps.onPrinterState(outcome.state, now());
      if (outcome.ok) {
        this.pending.shift();
        if (outcome.warning !== undefined) this.deps.onWarning(job, outcome.warning);
        this.settle(job, 'printed');
        continue;
      }
      if (job.attempts >= policy.maxAttempts) {
        this.pending.shift();
        const error = new PrintError(
          outcome.error.code,
          `gave up after ${job.attempts} attempts: ${outcome.error.message}`,
        );
        this.settle(job, 'failed', error);
        continue;
      }
      this.settle(job, 'queued', outcome.error);
      const delays = policy.delaysMs;
      const delay = delays.length === 0 ? 0 : delays[Math.min(job.attempts - 1, delays.length - 1)];
      this.retryTimer = setTimeout(() => {
        this.retryTimer = undefined;
        this.kick();
      }, delay);
      this.retryTimer.unref();
      return;
    }
  }
}
