// The kiosk's side of printing: follow a queued slip, ask for a reprint, read its printer's state.
import type { IssuedTicket } from '../shared/protocol/views.js';
import { api } from '../shared/ui/api.js';

export type PrintState = 'printing' | 'printed' | 'failed' | 'skipped';

/** Printer states in which a slip does not come out. */
const PROBLEMS = new Set(['paper_out', 'cover_open', 'offline']);

export function isPrinterProblem(state: string | null | undefined): boolean {
  return state !== null && state !== undefined && PROBLEMS.has(state);
}

export function printStateOf(status: IssuedTicket['print']['status'] | 'printing'): PrintState {
  return status === 'queued' || status === 'printing' ? 'printing' : status;
}

export interface PrintJobStatus {
  jobId: string;
  state: 'queued' | 'printing' | 'printed' | 'failed';
}

export interface PrintOutcomeBody {
  status: IssuedTicket['print']['status'];
  jobId: string | null;
}

export interface OwnPrinter {
  deviceId: string;
  state: string | null;
  checkedAt: number | null;
}

const jobPath = (siteId: string, jobId: string) =>
  `/api/sites/${encodeURIComponent(siteId)}/print-jobs/${encodeURIComponent(jobId)}`;

export function printJob(siteId: string, jobId: string, key: string | null): Promise<PrintJobStatus> {
  return api<PrintJobStatus>(jobPath(siteId, jobId), { key });
}

export function reprint(siteId: string, jobId: string, key: string | null): Promise<PrintOutcomeBody> {
  return api<PrintOutcomeBody>(`${jobPath(siteId, jobId)}/reprint`, { key, body: {}, timeoutMs: 12_000 });
}

export function ownPrinter(siteId: string, key: string | null): Promise<OwnPrinter> {
  return api<OwnPrinter>(`/api/sites/${encodeURIComponent(siteId)}/printers/self`, {
    key,
    timeoutMs: 12_000,
  });
}
