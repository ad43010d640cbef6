// Reading a site-day journal back. A last line without its newline is the trace of a write cut
// short by a crash: it was never acknowledged, so it is set aside (kept in a .torn file) and
// the journal is truncated to its last whole line. Anything else that does not parse is damage:
// start-up stops and names the file and line.
import { readFile, truncate, writeFile } from 'node:fs/promises';
import { z } from 'zod';
import { QUEUE_EVENT_TYPES, type QueueEvent } from '../../shared/domain/events.js';
import { CorruptDataError } from './errors.js';

const eventEnvelope = z.looseObject({
  type: z.enum(QUEUE_EVENT_TYPES),
  at: z.number(),
  seq: z.number().int().optional(),
});

export interface JournalContent {
  events: QueueEvent[];
  /** True when a torn last line was set aside. */
  repaired: boolean;
}

/**
 * Reads a journal. With repair (only the journal's single writer may ask, at start-up) a torn
 * last line is set aside and truncated; without it, it is simply not returned.
 */
export async function readJournal(path: string, repair = false): Promise<JournalContent | null> {
  let raw: Buffer;
  try {
    raw = await readFile(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
  let repaired = false;
  let body = raw;
  const lastNewline = raw.lastIndexOf(0x0a);
  if (lastNewline !== raw.length - 1) {
    const keep = lastNewline + 1;
    if (repair) {
      await writeFile(`${path}.${Date.now()}.torn`, raw.subarray(keep));
      await truncate(path, keep);
      repaired = true;
    }
    body = raw.subarray(0, keep);
  }
  const events: QueueEvent[] = [];
  const lines = body.toString('utf8').split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (line === '') continue;
    let parsed: unknown;
    try {
      parsed = JSON.parse(line);
    } catch {
      throw new CorruptDataError(path, `line ${i + 1} is not valid JSON`);
    }
    const checked = eventEnvelope.safeParse(parsed);
    if (!checked.success) throw new CorruptDataError(path, `line ${i + 1} is not a queue event`);
    events.push(parsed as QueueEvent);
  }
  return { events, repaired };
}
