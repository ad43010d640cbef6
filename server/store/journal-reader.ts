// Reading a site-day journal back, checking every line. A last line without its newline is the
// trace of a write cut short by a crash: it was never acknowledged, so it is set aside (kept in a
// .torn file) and the journal is truncated to its last whole line. Anything else is damage — a
// line that is not valid UTF-8, not JSON, fails its checksum, or whose seq is not exactly one more
// than the line before (a line deleted, duplicated or moved) — and start-up stops naming the file
// and line. Lines written before checksums existed load as long as they come first.
import { readFile, truncate, writeFile } from 'node:fs/promises';
import type { QueueEvent } from '../../shared/domain/events.js';
import { CorruptDataError } from './errors.js';
import { decodeJournalLine } from './journal-line.js';
import { FILE_MODE } from './permissions.js';

export interface JournalContent {
  events: QueueEvent[];
  /** True when a torn last line was set aside. */
  repaired: boolean;
}

export interface ReadJournalOptions {
  /** Set aside and cut off a torn last line (only the journal's single writer, at start-up). */
  repair?: boolean;
  /** Read only this many bytes (what the writer knows to be durable). */
  limit?: number;
}

/** Reads and checks a journal; null when the file does not exist. */
export async function readJournal(
  path: string,
  options: ReadJournalOptions = {},
): Promise<JournalContent | null> {
  let raw: Buffer;
  try {
    raw = await readFile(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
  if (options.limit !== undefined && raw.length > options.limit) raw = raw.subarray(0, options.limit);
  let repaired = false;
  let body = raw;
  const lastNewline = raw.lastIndexOf(0x0a);
  if (lastNewline !== raw.length - 1) {
    const keep = lastNewline + 1;
    if (options.repair) {
      await writeFile(`${path}.${Date.now()}.torn`, raw.subarray(keep), { mode: FILE_MODE });
      await truncate(path, keep);
      repaired = true;
    }
    body = raw.subarray(0, keep);
  }
  return { events: parseJournal(path, body), repaired };
}

/** Parses whole lines, checking each line and the seq chain (from firstSeq, 1 for a whole day). */
export function parseJournal(path: string, body: Buffer, options: { firstSeq?: number } = {}): QueueEvent[] {
  const firstSeq = options.firstSeq ?? 1;
  const events: QueueEvent[] = [];
  let start = 0;
  let lineNumber = 0;
  let sawChecked = false;
  while (start < body.length) {
    let end = body.indexOf(0x0a, start);
    if (end < 0) end = body.length;
    lineNumber += 1;
    const bytes = body.subarray(start, end);
    start = end + 1;
    if (bytes.length === 0) continue;
    const line = decodeJournalLine(bytes);
    if (!line.ok) throw new CorruptDataError(path, `line ${lineNumber} ${line.problem}`);
    if (!line.checked && sawChecked)
      throw new CorruptDataError(path, `line ${lineNumber} has lost its checksum`);
    sawChecked ||= line.checked;
    const expected = events.length + firstSeq;
    if (line.event.seq !== expected) {
      throw new CorruptDataError(
        path,
        `line ${lineNumber} has seq ${line.event.seq} where ${expected} was expected (a line is missing, repeated or out of order)`,
      );
    }
    events.push(line.event);
  }
  return events;
}
