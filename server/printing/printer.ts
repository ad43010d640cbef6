// The print service the hub uses: print a slip for a ticket, reprint it, watch printer status.
// A printer problem never throws into the caller: the ticket is issued already, the kiosk shows it
// on screen with its QR, and the slip follows when the printer is back (or the kiosk offers a reprint).

import { randomUUID } from 'node:crypto';
import { PrintError, toErrorInfo } from './errors.js';
import { DEFAULT_RETRY, type PrintJob, PrinterQueue, type RetryPolicy } from './printer-queue.js';
import { blocksPrinting, type PrinterState, type PrinterStatus } from './printer-status.js';
import { type PrinterTarget, parsePrinterTarget } from './printer-target.js';
import { checkTarget, DEFAULT_TIMEOUTS, sendToTarget, type TransportTimeouts } from './printer-transport.js';
import type {
  PrinterStatusChange,
  PrintJobInfo,
  PrintLogger,
  PrintOptions,
  PrintResult,
  PrintService,
  PrintServiceOptions,
  PrintStatus,
  PrintTargetRef,
} from './printer-types.js';
import type { SlipInput } from './slip-model.js';
import { SlipEncoder } from './slip-encoder.js';

export type {
  PrinterStatusChange,
  PrintJobInfo,
  PrintLogger,
  PrintOptions,
  PrintResult,
  PrintService,
  PrintServiceOptions,
  PrintStatus,
  PrintTargetRef,
} from './printer-types.js';

const DEFAULT_ACK_MS = 1500;
const DEFAULT_POLL_MS = 30_000;
const DEFAULT_KEEP_JOBS = 500;

function publicJob(job: PrintJob): PrintJobInfo {
  const info: PrintJobInfo = {
    jobId: job.id,
    target: job.target.key,
    state: job.state,
    attempts: job.attempts,
    createdAt: job.createdAt,
  };
  if (job.printedAt !== undefined) info.printedAt = job.printedAt;
  if (job.error !== undefined) info.error = job.error;
  if (job.reprintOf !== undefined) info.reprintOf = job.reprintOf;
  return info;
}

function resultOf(job: PrintJob): PrintResult {
  const status: PrintStatus =
    job.state === 'printed' ? 'printed' : job.state === 'failed' ? 'failed' : 'queued';
  return job.error === undefined || status === 'printed'
    ? { jobId: job.id, status }
    : { jobId: job.id, status, error: job.error };
}

/** What print() answers when the target is no printer at all: no job exists for it. */
function notConfigured(jobId: string): PrintResult {
  return {
    jobId,
    status: 'failed',
    error: { code: 'printer_disabled', message: 'no printer is configured' },
  };
}

function emit<T>(listeners: Set<(value: T) => void>, value: T, logger: PrintLogger): void {
  for (const listener of listeners) {
    try {
      listener(value);
    } catch (error) {
      logger.error({ err: error }, 'print service listener threw');
    }
  }
}

export function createPrintService(options: PrintServiceOptions): PrintService {
  const { logger } = options;
  const now = options.now ?? Date.now;
  const defaultTarget = parsePrinterTarget(options.defaultTarget);
  const policy: RetryPolicy = { ...DEFAULT_RETRY, ...options.retry };
  const timeouts: TransportTimeouts = { ...DEFAULT_TIMEOUTS, ...options.timeouts };
  const ackTimeoutMs = options.ackTimeoutMs ?? DEFAULT_ACK_MS;
  const keepJobs = options.keepJobs ?? DEFAULT_KEEP_JOBS;

  const jobs = new Map<string, PrintJob>();
  const encoder = new SlipEncoder();
  const queues = new Map<string, PrinterQueue>();
  const targets = new Map<string, PrinterTarget>();
  const printerIds = new Map<string, Set<string>>();
  const statuses = new Map<string, PrinterStatus>();
  const statusListeners = new Set<(change: PrinterStatusChange) => void>();
  const jobListeners = new Set<(job: PrintJobInfo) => void>();
  const ackWaiters = new Map<string, () => void>();
  let closed = false;

  const remember = (target: PrinterTarget, printerId?: string): void => {
    if (target.kind === 'none') return;
    targets.set(target.key, target);
    if (printerId !== undefined) {
      const ids = printerIds.get(target.key) ?? new Set<string>();
      ids.add(printerId);
      printerIds.set(target.key, ids);
    }
  };
  remember(defaultTarget);

  /** Throws PrintError `invalid_printer_target`. */
  const resolve = (ref: PrintTargetRef): PrinterTarget => {
    if (ref === undefined || ref === '') return defaultTarget;
    if (typeof ref === 'string') return parsePrinterTarget(ref);
    const configured = options.resolveTarget?.(ref.printerId);
    const target = configured === undefined ? defaultTarget : parsePrinterTarget(configured);
    remember(target, ref.printerId);
    return target;
  };

  const recordStatus = (key: string, state: PrinterState, checkedAt: number): PrinterStatus => {
    const previous = statuses.get(key);
    const status: PrinterStatus = { state, checkedAt };
    statuses.set(key, status);
    if (previous?.state !== state) {
      const change: PrinterStatusChange = {
        target: key,
        printerIds: [...(printerIds.get(key) ?? [])],
        state,
        checkedAt,
      };
      if (previous !== undefined) change.previous = previous.state;
      logger.info({ target: key, state, previous: previous?.state }, 'printer status changed');
      emit(statusListeners, change, logger);
    }
    if (!blocksPrinting(state)) queues.get(key)?.wake();
    return status;
  };

  const prune = (): void => {
    let finished = 0;
    for (const job of jobs.values()) if (job.state === 'printed' || job.state === 'failed') finished += 1;
    for (const [id, job] of jobs) {
      if (finished <= keepJobs) break;
      if (job.state === 'printed' || job.state === 'failed') {
        jobs.delete(id);
        finished -= 1;
      }
    }
  };

  const onJobUpdate = (job: PrintJob): void => {
    if (job.state !== 'printing') {
      ackWaiters.get(job.id)?.();
      ackWaiters.delete(job.id);
    }
    if (job.state === 'printed') logger.info({ jobId: job.id, target: job.target.key }, 'slip printed');
    if (job.state === 'failed')
      logger.warn({ jobId: job.id, target: job.target.key, err: job.error }, 'slip failed');
    emit(jobListeners, publicJob(job), logger);
    if (job.state === 'printed' || job.state === 'failed') {
      // About 60 KB a slip: a reprint renders again from the kept input (same picture) instead.
      job.bytes = Buffer.alloc(0);
      prune();
    }
  };

  const queueFor = (target: PrinterTarget): PrinterQueue => {
    let queue = queues.get(target.key);
    if (queue === undefined) {
      queue = new PrinterQueue({
        policy,
        now,
        send: (job) => sendToTarget(job.target, job.bytes, timeouts),
        onJobUpdate,
        onPrinterState: (state, at) => recordStatus(target.key, state, at),
        onWarning: (job, message) => logger.warn({ jobId: job.id, target: target.key }, message),
      });
      queues.set(target.key, queue);
    }
    return queue;
  };

  const failedJob = (id: string, target: PrinterTarget, input: SlipInput, error: PrintError): PrintJob => {
    const at = now();
    const job: PrintJob = {
      id,
      target,
      input,
      bytes: Buffer.alloc(0),
      state: 'failed',
      attempts: 0,
      createdAt: at,
      updatedAt: at,
      error: toErrorInfo(error, 'slip_render_failed'),
    };
    jobs.set(id, job);
    onJobUpdate(job);
    return job;
  };

  /** Enqueues and waits for the first attempt, at most ackTimeoutMs. */
  const submit = async (job: PrintJob): Promise<PrintResult> => {
    const attempted = new Promise<void>((done) => ackWaiters.set(job.id, done));
    const timer = setTimeout(() => ackWaiters.get(job.id)?.(), ackTimeoutMs);
    queueFor(job.target).enqueue(job);
    await attempted;
    clearTimeout(timer);
    ackWaiters.delete(job.id);
    return resultOf(job);
  };

  const createJob = async (
    id: string,
    target: PrinterTarget,
    input: SlipInput,
    bytes: Buffer | undefined,
    reprintOf?: string,
  ): Promise<PrintResult> => {
    // No printer: nothing to queue, keep or log, and no error object built for every ticket.
    if (target.kind === 'none' && !closed) return notConfigured(id);
    // Reserve the id before any await so a duplicate call cannot start a second job.
    const at = now();
    const job: PrintJob = {
      id,
      target,
      input,
      bytes: Buffer.alloc(0),
      state: 'queued',
      attempts: 0,
      createdAt: at,
      updatedAt: at,
    };
    if (reprintOf !== undefined) job.reprintOf = reprintOf;
    jobs.set(id, job);
    if (closed)
      return resultOf(
        failedJob(id, target, input, new PrintError('print_service_closed', 'print service is closed')),
      );
    try {
      job.bytes = bytes ?? (await encoder.encode(input, options.encode));
    } catch (error) {
      logger.error({ jobId: id, err: error }, 'cannot render slip');
      return resultOf(
        failedJob(
          id,
          target,
          input,
          error instanceof PrintError ? error : new PrintError('slip_render_failed', String(error)),
        ),
      );
    }
    return submit(job);
  };

  const print = async (
    ref: PrintTargetRef,
    input: SlipInput,
    printOptions: PrintOptions = {},
  ): Promise<PrintResult> => {
    const id = printOptions.jobId ?? randomUUID();
    const existing = jobs.get(id);
    if (existing !== undefined) return resultOf(existing);
    let target: PrinterTarget;
    try {
      target = resolve(ref);
    } catch (error) {
      const info = toErrorInfo(error, 'invalid_printer_target');
      logger.warn({ jobId: id, err: info }, 'slip not printed: bad printer target');
      return { jobId: id, status: 'failed', error: info };
    }
    remember(target);
    return createJob(id, target, input, undefined);
  };

  const reprint = async (jobId: string): Promise<PrintResult> => {
    const original = jobs.get(jobId);
    if (original === undefined) {
      return {
        jobId,
        status: 'failed',
        error: { code: 'print_job_not_found', message: `no print job ${jobId}` },
      };
    }
    const bytes = original.bytes.length > 0 ? original.bytes : undefined;
    return createJob(randomUUID(), original.target, original.input, bytes, jobId);
  };

  const status = async (ref?: PrintTargetRef): Promise<PrinterStatus> => {
    const target = resolve(ref);
    if (target.kind === 'none') return { state: 'unknown', checkedAt: now() };
    remember(target);
    const known = statuses.get(target.key);
    // One connection at a time: while a job is on the wire, its own status answer is the news.
    if (known !== undefined && queues.get(target.key)?.busy === true) return known;
    const state = await checkTarget(target, timeouts);
    return recordStatus(target.key, state, now());
  };

  let pollRun: Promise<void> | undefined;
  const pollOnce = async (): Promise<void> => {
    try {
      for (const target of targets.values()) {
        if (closed) return;
        if (queues.get(target.key)?.busy === true) continue;
        const state = await checkTarget(target, timeouts);
        if (!closed) recordStatus(target.key, state, now());
      }
    } catch (error) {
      logger.warn({ err: error }, 'printer status poll failed');
    }
  };
  const poll = (): void => {
    if (pollRun !== undefined || closed) return;
    pollRun = pollOnce().finally(() => {
      pollRun = undefined;
    });
  };
  const pollMs = options.statusPollMs ?? DEFAULT_POLL_MS;
  const pollTimer = pollMs > 0 ? setInterval(poll, pollMs) : undefined;
  pollTimer?.unref();

  return {
    print,
    reprint,
    job: (jobId) => {
      const job = jobs.get(jobId);
      return job === undefined ? undefined : publicJob(job);
    },
    status,
    lastStatus: (ref) => {
      try {
        return statuses.get(resolve(ref).key);
      } catch {
        return undefined;
      }
    },
    onStatusChange: (listener) => {
      statusListeners.add(listener);
      return () => statusListeners.delete(listener);
    },
    onJobChange: (listener) => {
      jobListeners.add(listener);
      return () => jobListeners.delete(listener);
    },
    close: async () => {
      closed = true;
      if (pollTimer !== undefined) clearInterval(pollTimer);
      await pollRun;
      await Promise.all([...queues.values()].map((queue) => queue.close()));
      await encoder.close();
    },
  };
}
