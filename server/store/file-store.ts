// The embedded store: config.json and sessions.json (lowdb, durable writes), one append-only
// journal per site-day under sites/<siteId>/days/<day>.jsonl, and a monthly audit journal.
// The cost of a write depends on one site-day, never on years of history.
import { access, mkdir, readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import type { QueueEvent } from '../../shared/domain/events.js';
import { type ConfigData, configDataSchema, emptyConfigData } from './config-data.js';
import { JsonDocument } from './json-document.js';
import { readJournal } from './journal-reader.js';
import { JournalWriter } from './journal.js';
import type { AuditEntry, SessionRecord, Store } from './store.js';

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
  private readonly writers = new Map<string, JournalWriter>();

  private constructor(
    readonly dataDir: string,
    private readonly configDoc: JsonDocument<ConfigData>,
    private readonly sessionsDoc: JsonDocument<SessionRecord[]>,
  ) {}

  static async open(dataDir: string): Promise<FileStore> {
    await mkdir(join(dataDir, 'sites'), { recursive: true });
    await mkdir(join(dataDir, 'audit'), { recursive: true });
    const configDoc = await JsonDocument.open(
      join(dataDir, 'config.json'),
      configDataSchema,
      emptyConfigData(),
    );
    const sessionsDoc = await JsonDocument.open(join(dataDir, 'sessions.json'), sessionsSchema, []);
    return new FileStore(dataDir, configDoc, sessionsDoc);
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
    const content = await readJournal(this.dayPath(siteId, day), options.repair ?? false);
    return content?.events ?? [];
  }

  async appendEvents(siteId: string, day: string, events: readonly QueueEvent[]): Promise<void> {
    if (events.length === 0) return;
    const path = this.dayPath(siteId, day);
    let writer = this.writers.get(path);
    if (!writer) {
      await mkdir(this.dayDir(siteId), { recursive: true });
      const existed = await access(path).then(
        () => true,
        () => false,
      );
      writer = this.writers.get(path) ?? new JournalWriter(path, existed);
      this.writers.set(path, writer);
    }
    await writer.append(events.map((e) => `${JSON.stringify(e)}\n`).join(''));
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
      writer = new JournalWriter(path, false);
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
  }
}
