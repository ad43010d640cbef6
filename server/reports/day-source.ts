// Where reports read site-day journals from. A reader must never repair a journal: the store's
// readDay truncates a torn last line, which is right at start-up but wrong for a reader racing
// the hub's writer on an open day. With the embedded file store the journal is read directly
// (whole lines only, nothing written); another Store is read through its readDay.
import type { QueueEvent } from '../../shared/domain/events.js';
import { FileStore } from '../store/file-store.js';
import { readJournal } from '../store/journal-reader.js';
import type { Store } from '../store/store.js';

export interface DaySource {
  listDays(siteId: string): Promise<string[]>;
  /** Events of a site-day in order; a torn last line is ignored, never repaired. */
  readDay(siteId: string, day: string): Promise<QueueEvent[]>;
  /** Directory for the per-day report cache, or null to keep it in memory only. */
  readonly cacheDir: string | null;
}

export async function readJournalLines(path: string): Promise<QueueEvent[]> {
  return (await readJournal(path))?.events ?? [];
}

export function daySourceOf(store: Store, cacheDir?: string | null): DaySource {
  if (store instanceof FileStore) {
    return {
      listDays: (siteId) => store.listDays(siteId),
      readDay: (siteId, day) => readJournalLines(store.dayPath(siteId, day)),
      cacheDir: cacheDir === undefined ? `${store.dataDir}/reports-cache` : cacheDir,
    };
  }
  return {
    listDays: (siteId) => store.listDays(siteId),
    readDay: (siteId, day) => store.readDay(siteId, day),
    cacheDir: cacheDir ?? null,
  };
}
