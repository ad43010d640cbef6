// Printer state from ESC/POS status bytes. We ask three things in one write:
//   DLE EOT 2 (10 04 02) offline cause   bit 2 cover open, bit 5 stopped by paper end, bit 6 error
//   DLE EOT 4 (10 04 04) roll sensor     bits 2-3 near end, bits 5-6 paper end
//   GS r 1    (1D 72 01) paper sensor    bits 0-1 near end, bits 2-3 paper end
// DLE EOT answers are real-time (even while offline) and always have bits 1 and 4 set; GS r answers
// have bits 4 and 7 clear, so the two kinds can be told apart whatever arrives.

import { access, constants, stat } from 'node:fs/promises';
import { dirname } from 'node:path';

export type PrinterState = 'ok' | 'paper_out' | 'paper_near_end' | 'cover_open' | 'offline' | 'unknown';

export interface PrinterStatus {
  state: PrinterState;
  /** Epoch ms of the check. */
  checkedAt: number;
}

export const DLE_EOT_OFFLINE_CAUSE = Buffer.from([0x10, 0x04, 0x02]);
export const DLE_EOT_PAPER = Buffer.from([0x10, 0x04, 0x04]);
export const GS_R_PAPER = Buffer.from([0x1d, 0x72, 0x01]);
export const STATUS_QUERY = Buffer.concat([DLE_EOT_OFFLINE_CAUSE, DLE_EOT_PAPER, GS_R_PAPER]);
/** Bytes a full answer to STATUS_QUERY has. */
export const STATUS_REPLY_LENGTH = 3;

const isRealTimeReply = (b: number): boolean => (b & 0x93) === 0x12;
const isGsRReply = (b: number): boolean => (b & 0x90) === 0x00;

/** States in which sending a job would not print it now. */
export function blocksPrinting(state: PrinterState): boolean {
  return state === 'paper_out' || state === 'cover_open' || state === 'offline';
}

/** Reads the answer to STATUS_QUERY; 'unknown' when nothing recognisable came back. */
export function parseStatusReply(reply: Uint8Array): PrinterState {
  const realTime = Array.from(reply).filter(isRealTimeReply);
  const gsR = Array.from(reply).filter((b) => !isRealTimeReply(b) && isGsRReply(b));
  if (realTime.length === 0 && gsR.length === 0) return 'unknown';
  const offlineCause = realTime.length >= 1 ? realTime[0] : 0;
  const rollSensor = realTime.length >= 2 ? realTime[1] : 0;
  const paperSensor = gsR.length >= 1 ? gsR[0] : 0;
  if ((offlineCause & 0x04) !== 0) return 'cover_open';
  if ((offlineCause & 0x20) !== 0 || (rollSensor & 0x60) !== 0 || (paperSensor & 0x0c) !== 0)
    return 'paper_out';
  if ((offlineCause & 0x40) !== 0) return 'offline';
  if ((rollSensor & 0x0c) !== 0 || (paperSensor & 0x03) !== 0) return 'paper_near_end';
  return 'ok';
}

/** A device or file target is 'ok' when we may write to it, 'offline' otherwise. */
export async function checkFileStatus(path: string): Promise<PrinterState> {
  try {
    await access(path, constants.W_OK);
    return 'ok';
  } catch (error) {
    const missing = error instanceof Error && 'code' in error && error.code === 'ENOENT';
    // A device that is not there is unplugged; a plain file may be created in a writable folder.
    if (!missing || path.startsWith('/dev/')) return 'offline';
  }
  try {
    const folder = dirname(path);
    if (!(await stat(folder)).isDirectory()) return 'offline';
    await access(folder, constants.W_OK);
    return 'ok';
  } catch {
    return 'offline';
  }
}
