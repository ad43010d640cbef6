// The print service's public types: what the hub, the adapter and the tests see.

import type { EncodeOptions } from './escpos.js';
import type { PrintErrorInfo } from './errors.js';
import type { PrintJobState, RetryPolicy } from './printer-queue.js';
import type { PrinterState, PrinterStatus } from './printer-status.js';
import type { TransportTimeouts } from './printer-transport.js';
import type { SlipInput } from './slip-model.js';

/** The subset of a pino logger the service uses. */
export interface PrintLogger {
  debug(obj: object, msg?: string): void;
  info(obj: object, msg?: string): void;
  warn(obj: object, msg?: string): void;
  error(obj: object, msg?: string): void;
}

/** A target string (`tcp://…`, a path, `none`), a configured printer id, or undefined for the default. */
export type PrintTargetRef = string | { printerId: string } | undefined;

export interface PrintServiceOptions {
  logger: PrintLogger;
  /** `tcp://host:port`, a device/file path, or `none`. Validated at creation. */
  defaultTarget: string;
  /** Maps a configured printer id to its target; undefined means "use the default". */
  resolveTarget?: (printerId: string) => string | undefined;
  retry?: Partial<RetryPolicy>;
  timeouts?: Partial<TransportTimeouts>;
  /** How long print() waits for the first attempt before answering 'queued'. Default 1500 ms. */
  ackTimeoutMs?: number;
  /** Status polling of known printers; 0 turns it off. Default 30 s. */
  statusPollMs?: number;
  /** Finished jobs kept (their input, not their bytes) for reprint and lookups. Default 500. */
  keepJobs?: number;
  encode?: EncodeOptions;
  now?: () => number;
}

export type PrintStatus = 'printed' | 'queued' | 'failed';

export interface PrintResult {
  jobId: string;
  status: PrintStatus;
  error?: PrintErrorInfo;
}

export interface PrintOptions {
  /** Makes print() idempotent: the same id never prints twice (e.g. the ticket id). */
  jobId?: string;
}

export interface PrintJobInfo {
  jobId: string;
  target: string;
  state: PrintJobState;
  attempts: number;
  createdAt: number;
  printedAt?: number;
  error?: PrintErrorInfo;
  reprintOf?: string;
}

export interface PrinterStatusChange extends PrinterStatus {
  /** Normalised target, e.g. `tcp://10.0.0.5:9100`. */
  target: string;
  /** Configured printer ids seen for this target. */
  printerIds: string[];
  previous?: PrinterState;
}

export interface PrintService {
  print(target: PrintTargetRef, input: SlipInput, options?: PrintOptions): Promise<PrintResult>;
  /** A new job printing the same slip again, only when asked. */
  reprint(jobId: string): Promise<PrintResult>;
  job(jobId: string): PrintJobInfo | undefined;
  /** Asks the printer now (rejects with `invalid_printer_target` for a bad target only). */
  status(target?: PrintTargetRef): Promise<PrinterStatus>;
  /** Last known status, without asking. */
  lastStatus(target?: PrintTargetRef): PrinterStatus | undefined;
  onStatusChange(listener: (change: PrinterStatusChange) => void): () => void;
  onJobChange(listener: (job: PrintJobInfo) => void): () => void;
  /** Stops timers, waits for attempts in flight, fails jobs still waiting. */
  close(): Promise<void>;
}
