// The embedded store: config.json and sessions.json (lowdb, durable writes), one append-only
// journal per site-day under sites/<siteId>/days/<day>.jsonl, and a monthly audit journal.
// The cost of a write depends on one site-day, never on years of history. Opening it takes the
// data directory's lock first and checks the disk takes writes; everything it creates is 0600/0700.
import { access, mkdir, readdir, readFile, rename } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import type { QueueEvent } from '../../shared/domain/events.js';
import { type ConfigData, configDataSchema, emptyConfigData } from './config-data.js';
import { type DataDirLock, lockDataDir } from './data-dir-lock.js';
import { CorruptDataError, DataDirError } from './errors.js';
import { JsonDocument } from './json-document.js';
import { JournalWriter } from './journal.js';
import { diskJournalFs, type JournalFs } from './journal-fs.js';
import { encodeJournalLine } from './journal-line.js';
import { readJournal } from './journal-reader.js';
import { DIR_MODE, restrictDataDir } from './permissions.js';
import type { AuditEntry, SessionRecord, Store } from './store.js';

export interface FileStoreOptions {
  /** The disk seam (tests inject failures through it). */
  fs?: JournalFs;
}

const sessionsSchema = z.array(
  z.strictObject({ tokenHash: z.string(), userId: z.string(), createdAt: z.number(), expiresAt: z.number() }),
);

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const SAFE_ID = /^[A-Za-z0-9][A-Za-z0-9_.-]*$/;

function assertSafeId(id: string): void {
  if (!SAFE_ID.test(id) || id.includes('..'))
    throw new Error(`unsafe id in a data path: ${JSON.stringify(id)}`);
}

export class FileStore implements Store {
  readonly kind = 'file';
  private readonly writers = new Map<string, JournalWriter>();
  private readonly openingWriters = new Map<string, Promise<JournalWriter>>();

  private constructor(
    readonly dataDir: string,
    private readonly configDoc: JsonDocument<ConfigData>,
    private readonly sessionsDoc: JsonDocument<SessionRecord[]>,
    private readonly lock: DataDirLock,
    private readonly fs: JournalFs,
    /** What start-up set aside or repaired, for the log. */
    readonly warnings: readonly string[],
  ) {}

  /**
   * Locks the data directory (DataDirError when another process holds it or it refuses writes),
   * then opens it. A damaged config.json stops start-up (CorruptDataError); a damaged
   * sessions.json is set aside, since sessions are disposable.
   */
  static async open(dataDir: string, options: FileStoreOptions = {}): Promise<FileStore> {
    const fs = options.fs ?? diskJournalFs;
    await mkdir(dataDir, { recursive: true, mode: DIR_MODE });
    const lock = await lockDataDir(dataDir);
    try {
      await assertWritable(dataDir, fs);
      await restrictDataDir(dataDir);
      await mkdir(join(dataDir, 'sites'), { recursive: true, mode: DIR_MODE });
      await mkdir(join(dataDir, 'audit'), { recursive: true, mode: DIR_MODE });
      const configDoc = await JsonDocument.open(
        join(dataDir, 'config.json'),
        configDataSchema,
        emptyConfigData(),
      );
      const warnings: string[] = [];
      const sessionsDoc = await openSessions(join(dataDir, 'sessions.json'), warnings);
      return new FileStore(dataDir, configDoc, sessionsDoc, lock, fs, warnings);
    } catch (error) {
      await lock.release();
      throw error;
    }
  }

  get config(): ConfigData {
    return this.configDoc.data;
  }

  updateConfig<R>(change: (data: ConfigData) => R): Promise<R> {
    return this.configDoc.update(change);
  }

  get sessions(): readonly SessionRecord[] {
    return this.sessionsDoc.data;
  }

  updateSessions<R>(change: (sessions: SessionRecord[]) => R): Promise<R> {
    return this.sessionsDoc.update(change);
  }

  private dayDir(siteId: string): string {
    assertSafeId(siteId);
    return join(this.dataDir, 'sites', siteId, 'days');
  }

  dayLocation(siteId: string, day: string): string {
    return this.dayPath(siteId, day);
  }

  dayPath(siteId: string, day: string): string {
    if (!DAY.test(day)) throw new Error(`bad day ${day}`);
    return join(this.dayDir(siteId), `${day}.jsonl`);
  }

  async readDay(siteId: string, day: string, options: { repair?: boolean } = {}): Promise<QueueEvent[]> {
    const path = this.dayPath(siteId, day);
    // Bytes past what the day's writer knows to be durable were never acknowledged.
    const limit = this.writers.get(path)?.durableSize;
    const content = await readJournal(path, { repair: options.repair ?? false, limit });
    return content?.events ?? [];
  }

  async recoverDay(siteId: string, day: string): Promise<QueueEvent[]> {
    const path = this.dayPath(siteId, day);
    const writer = this.writers.get(path);
    if (writer) await writer.recover();
    else await this.fs.probe(this.dataDir);
    return this.readDay(siteId, day);
  }

  async appendEvents(siteId: string, day: string, events: readonly QueueEvent[]): Promise<void> {
    if (events.length === 0) return;
    const path = this.dayPath(siteId, day);
    const lines = events.map(encodeJournalLine).join('');
    const writer = this.writers.get(path);
    if (writer) return writer.append(lines);
    // The first appends of a day (or of a process) wait for the same opening, in call order:
    // two appends racing through mkdir must never reach the file in swapped order.
    let opening = this.openingWriters.get(path);
    if (!opening) {
      opening = (async () => {
        await mkdir(this.dayDir(siteId), { recursive: true, mode: DIR_MODE });
        const existed = await access(path).then(
          () => true,
          () => false,
        );
        return new JournalWriter(path, existed, this.fs);
      })();
      this.openingWriters.set(path, opening);
    }
    const opened = await opening;
    if (!this.writers.has(path)) this.writers.set(path, opened);
    this.openingWriters.delete(path);
    await opened.append(lines);
  }

  async listDays(siteId: string): Promise<string[]> {
    try {
      const names = await readdir(this.dayDir(siteId));
      return names
        .filter((n) => n.endsWith('.jsonl'))
        .map((n) => n.slice(0, -6))
        .filter((d) => DAY.test(d))
        .sort();
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
      throw error;
    }
  }

  async releaseDay(siteId: string, day: string): Promise<void> {
    const path = this.dayPath(siteId, day);
    const writer = this.writers.get(path);
    this.writers.delete(path);
    await writer?.close();
  }

  private auditPath(month: string): string {
    if (!/^\d{4}-\d{2}$/.test(month)) throw new Error(`bad month ${month}`);
    return join(this.dataDir, 'audit', `${month}.jsonl`);
  }

  async appendAudit(entry: AuditEntry): Promise<void> {
    const month = new Date(entry.at).toISOString().slice(0, 7);
    const path = this.auditPath(month);
    let writer = this.writers.get(path);
    if (!writer) {
      writer = new JournalWriter(path, false, this.fs);
      this.writers.set(path, writer);
    }
    await writer.append(`${JSON.stringify(entry)}\n`);
  }

  async readAudit(month: string): Promise<AuditEntry[]> {
    try {
      const raw = await readFile(this.auditPath(month), 'utf8');
      return raw
        .split('\n')
        .filter((l) => l.trim() !== '')
        .flatMap((l) => {
          try {
            return [JSON.parse(l) as AuditEntry];
          } catch {
            return [];
          }
        });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
      throw error;
    }
  }

  async close(): Promise<void> {
    const writers = [...this.writers.values()];
    this.writers.clear();
    await Promise.all(writers.map((w) => w.close()));
    await this.lock.release();
  }
}

async function assertWritable(dataDir: string, fs: JournalFs): Promise<void> {
  try {
    await fs.probe(dataDir);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'EUNKNOWN';
    throw new DataDirError(
      `The data directory ${dataDir} does not accept writes (${code}). Lượt needs to write there to keep every ticket; fix the directory's permissions, mount or free space, then start again.`,
    );
  }
}

async function openSessions(path: string, warnings: string[]): Promise<JsonDocument<SessionRecord[]>> {
  try {
    return await JsonDocument.open(path, sessionsSchema, []);
  } catch (error) {
    if (!(error instanceof CorruptDataError)) throw error;
    const aside = `${path}.${Date.now()}.damaged`;
    await rename(path, aside);
    warnings.push(`${error.problem} in ${path}: set aside as ${aside}; everyone signs in again.`);
    return JsonDocument.open(path, sessionsSchema, []);
  }
}
