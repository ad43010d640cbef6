// The storage port. The hub and the engine only see this interface, so a server database can
// replace the embedded files without touching either.
import type { QueueEvent } from '../../shared/domain/events.js';
import type { ConfigData } from './config-data.js';

export interface AuditEntry {
  at: number;
  actor: string;
  action: string;
  siteId: string | null;
  target?: string;
  details?: Record<string, unknown>;
}

export interface SessionRecord {
  tokenHash: string;
  userId: string;
  createdAt: number;
  expiresAt: number;
}

export interface Store {
  /** Which store this is: the embedded files of one ward, or a province's PostgreSQL. */
  readonly kind: 'file' | 'postgresql';
  /** The configuration document, kept in memory. */
  readonly config: ConfigData;
  /** Changes the configuration; resolves once the change is on disk. */
  updateConfig<R>(change: (data: ConfigData) => R): Promise<R>;

  readonly sessions: readonly SessionRecord[];
  updateSessions<R>(change: (sessions: SessionRecord[]) => R): Promise<R>;

  /** Where a site-day lives, for messages (a file path for the embedded store). */
  dayLocation(siteId: string, day: string): string;
  /**
   * Events of one site-day, in order (empty for a day with none). A torn last line (a write cut
   * short by a crash) is never returned; with repair — only for the day's writer at start-up —
   * it is also set aside and cut off the journal so appends continue on a whole line.
   */
  readDay(siteId: string, day: string, options?: { repair?: boolean }): Promise<QueueEvent[]>;
  /**
   * Appends events (each carrying its seq) to a site-day; resolves once they are durable. Rejects
   * with StoreWriteError when the disk refuses: the day then refuses appends until recoverDay.
   */
  appendEvents(siteId: string, day: string, events: readonly QueueEvent[]): Promise<void>;
  /**
   * After a failed append: puts the site-day back to exactly what was durable, checks that
   * writes succeed again and returns the durable events. Throws while the disk still refuses.
   */
  recoverDay(siteId: string, day: string): Promise<QueueEvent[]>;
  /** Days with a journal for the site, oldest first. */
  listDays(siteId: string): Promise<string[]>;
  /** Releases a day's writer once the day is closed. */
  releaseDay(siteId: string, day: string): Promise<void>;

  appendAudit(entry: AuditEntry): Promise<void>;
  readAudit(month: string): Promise<AuditEntry[]>;

  close(): Promise<void>;
}
