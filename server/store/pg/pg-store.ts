// The PostgreSQL store (LUOT_DATABASE_URL): the same port as the embedded files, for a province
// that hosts centres on several hub nodes. The configuration document and the sessions are kept in
// memory like the file store's, read from the database at start and again whenever another node
// changes them (LISTEN/NOTIFY); a change is made under a row lock on the freshest copy, so two nodes
// never overwrite each other's changes. Journals are rows (see day-writer.ts); a command is
// acknowledged only once its transaction has committed.
import pg from 'pg';
import { z } from 'zod';
import type { QueueEvent } from '../../../shared/domain/events.js';
import { type ConfigData, configDataSchema, emptyConfigData } from '../config-data.js';
import { CorruptDataError, StoreWriteError } from '../errors.js';
import { parseJournal } from '../journal-reader.js';
import type { AuditEntry, SessionRecord, Store } from '../store.js';
import { PgDayWriter } from './day-writer.js';
import { migrate } from './migrate.js';
import { DatabaseError, errorCode, redactUrl } from './pg-errors.js';
import { PgListener } from './pg-listener.js';
import { inTransaction, refusable } from './pg-transaction.js';

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const CHANNEL_CONFIG = 'luot_config';
const CHANNEL_SESSIONS = 'luot_sessions';
const SESSIONS_LOCK = 7_770_002;

const sessionRow = z.object({
  token_hash: z.string(),
  user_id: z.string(),
  created_at: z.coerce.number(),
  expires_at: z.coerce.number(),
});

export interface PgStoreOptions {
  /** Connections in the pool (default 10). */
  poolSize?: number;
}

export class PgStore implements Store {
  readonly kind = 'postgresql';
  private configData: ConfigData = emptyConfigData();
  private configVersion = 0;
  private readonly configListeners = new Set<() => void>();
  private sessionList: SessionRecord[] = [];
  private configChain: Promise<unknown> = Promise.resolve();
  private sessionsChain: Promise<unknown> = Promise.resolve();
  private readonly writers = new Map<string, PgDayWriter>();
  private listener: PgListener | null = null;
  private closed = false;
  /** Where this store lives, for messages (no password). */
  readonly location: string;

  private constructor(
    readonly pool: pg.Pool,
    private readonly url: string,
  ) {
    this.location = redactUrl(url);
  }

  /** Connects, migrates the schema and loads the configuration (DatabaseError when it cannot). */
  static async open(url: string, options: PgStoreOptions = {}): Promise<PgStore> {
    const pool = new pg.Pool({ connectionString: url, max: options.poolSize ?? 10 });
    // An idle client that loses its connection must not crash the process.
    pool.on('error', () => undefined);
    const store = new PgStore(pool, url);
    try {
      await migrate(pool);
      await pool.query(
        `INSERT INTO luot_config (id, data, version) VALUES (1, $1, 1) ON CONFLICT (id) DO NOTHING`,
        [JSON.stringify(emptyConfigData())],
      );
      await store.reloadConfig();
      await store.reloadSessions();
      await store.listen();
    } catch (error) {
      await pool.end().catch(() => undefined);
      if (error instanceof CorruptDataError) throw error;
      if (error instanceof Error && 'code' in error && error.code === 'schema_too_new') throw error;
      throw new DatabaseError(
        `Lượt cannot use the database ${store.location} (${errorCode(error)}: ${(error as Error).message}). Check that PostgreSQL runs, the URL and the user's rights, then start again.`,
      );
    }
    return store;
  }

  private async listen(): Promise<void> {
    this.listener = await PgListener.open({
      connection: { connectionString: this.url },
      channels: [CHANNEL_CONFIG, CHANNEL_SESSIONS],
      notified: (message) => {
        if (message.channel === CHANNEL_CONFIG && Number(message.payload) > this.configVersion)
          this.configChain = this.configChain.then(() => this.reloadConfig()).catch(() => undefined);
        if (message.channel === CHANNEL_SESSIONS)
          this.sessionsChain = this.sessionsChain.then(() => this.reloadSessions()).catch(() => undefined);
      },
      resumed: async () => {
        await this.reloadConfig();
        await this.reloadSessions();
      },
    });
  }

  private parseConfig(data: unknown): ConfigData {
    const result = configDataSchema.safeParse(data);
    if (!result.success) {
      const first = result.error.issues
        .slice(0, 3)
        .map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`)
        .join('; ');
      throw new CorruptDataError(`${this.location} table luot_config`, `unexpected content at ${first}`);
    }
    return result.data;
  }

  private async reloadConfig(): Promise<void> {
    const { rows } = await this.pool.query<{ data: unknown; version: string }>(
      'SELECT data, version FROM luot_config WHERE id = 1',
    );
    const row = rows[0];
    if (!row) return;
    const version = Number(row.version);
    if (version <= this.configVersion) return;
    this.configData = this.parseConfig(row.data);
    this.configVersion = version;
    for (const listener of this.configListeners) listener();
  }

  /** Runs after a configuration changed by another process (a node, a tool) has been loaded. */
  onConfigChanged(listener: () => void): void {
    this.configListeners.add(listener);
  }

  private async reloadSessions(): Promise<void> {
    const { rows } = await this.pool.query('SELECT * FROM luot_sessions ORDER BY created_at, token_hash');
    this.sessionList = rows.map((r) => {
      const s = sessionRow.parse(r);
      return { tokenHash: s.token_hash, userId: s.user_id, createdAt: s.created_at, expiresAt: s.expires_at };
    });
  }

  get config(): ConfigData {
    return this.configData;
  }

  updateConfig<R>(change: (data: ConfigData) => R): Promise<R> {
    const run = this.configChain.then(() =>
      this.transaction('luot_config', async (client) => {
        const { rows } = await client.query<{ data: unknown; version: string }>(
          'SELECT data, version FROM luot_config WHERE id = 1 FOR UPDATE',
        );
        const data = this.parseConfig(rows[0]?.data ?? emptyConfigData());
        const version = Number(rows[0]?.version ?? 0) + 1;
        const result = refusable(() => change(data));
        await client.query('UPDATE luot_config SET data = $1, version = $2 WHERE id = 1', [
          JSON.stringify(data),
          version,
        ]);
        await client.query('SELECT pg_notify($1, $2)', [CHANNEL_CONFIG, String(version)]);
        return { result, commit: () => this.setConfig(data, version) };
      }),
    );
    this.configChain = run.catch(() => undefined);
    return run;
  }

  private setConfig(data: ConfigData, version: number): void {
    if (version <= this.configVersion) return;
    this.configData = data;
    this.configVersion = version;
  }

  get sessions(): readonly SessionRecord[] {
    return this.sessionList;
  }

  updateSessions<R>(change: (sessions: SessionRecord[]) => R): Promise<R> {
    const run = this.sessionsChain.then(() =>
      this.transaction('luot_sessions', async (client) => {
        await client.query('SELECT pg_advisory_xact_lock($1)', [SESSIONS_LOCK]);
        const { rows } = await client.query('SELECT * FROM luot_sessions');
        const before = new Map<string, SessionRecord>();
        for (const r of rows) {
          const s = sessionRow.parse(r);
          before.set(s.token_hash, {
            tokenHash: s.token_hash,
            userId: s.user_id,
            createdAt: s.created_at,
            expiresAt: s.expires_at,
          });
        }
        const sessions = [...before.values()].sort((a, b) => a.createdAt - b.createdAt);
        const result = refusable(() => change(sessions));
        const after = new Map(sessions.map((s) => [s.tokenHash, s]));
        const gone = [...before.keys()].filter((k) => !after.has(k));
        if (gone.length > 0)
          await client.query('DELETE FROM luot_sessions WHERE token_hash = ANY($1)', [gone]);
        for (const s of sessions) {
          const old = before.get(s.tokenHash);
          if (
            old &&
            old.userId === s.userId &&
            old.createdAt === s.createdAt &&
            old.expiresAt === s.expiresAt
          )
            continue;
          await client.query(
            `INSERT INTO luot_sessions (token_hash, user_id, created_at, expires_at) VALUES ($1, $2, $3, $4)
             ON CONFLICT (token_hash) DO UPDATE SET user_id = $2, created_at = $3, expires_at = $4`,
            [s.tokenHash, s.userId, s.createdAt, s.expiresAt],
          );
        }
        await client.query('SELECT pg_notify($1, $2)', [CHANNEL_SESSIONS, '']);
        return {
          result,
          commit: () => {
            this.sessionList = sessions;
          },
        };
      }),
    );
    this.sessionsChain = run.catch(() => undefined);
    return run;
  }

  /** Runs work in a transaction; its commit callback runs only once COMMIT has succeeded. */
  private async transaction<R>(
    table: string,
    work: (client: pg.PoolClient) => Promise<{ result: R; commit: () => void }>,
  ): Promise<R> {
    const { result, commit } = await inTransaction(this.pool, `${this.location} table ${table}`, work);
    commit();
    return result;
  }

  dayLocation(siteId: string, day: string): string {
    return `${this.location} site ${siteId} day ${day}`;
  }

  private writer(siteId: string, day: string): PgDayWriter {
    if (!DAY.test(day)) throw new Error(`bad day ${day}`);
    const key = `${siteId}\u0000${day}`;
    let writer = this.writers.get(key);
    if (!writer) {
      writer = new PgDayWriter(this.pool, siteId, day, this.dayLocation(siteId, day));
      this.writers.set(key, writer);
    }
    return writer;
  }

  async readDay(siteId: string, day: string): Promise<QueueEvent[]> {
    if (!DAY.test(day)) throw new Error(`bad day ${day}`);
    const { rows } = await this.pool.query<{ line: string }>(
      'SELECT line FROM luot_events WHERE site_id = $1 AND day = $2 ORDER BY seq',
      [siteId, day],
    );
    // The same checks as a journal file: UTF-8, checksum, seq exactly +1 from 1.
    return parseJournal(
      this.dayLocation(siteId, day),
      Buffer.from(rows.map((r) => `${r.line}\n`).join(''), 'utf8'),
    );
  }

  appendEvents(siteId: string, day: string, events: readonly QueueEvent[]): Promise<void> {
    if (events.length === 0) return Promise.resolve();
    return this.writer(siteId, day).append(events);
  }

  async recoverDay(siteId: string, day: string): Promise<QueueEvent[]> {
    await this.writer(siteId, day).recover();
    return this.readDay(siteId, day);
  }

  async listDays(siteId: string): Promise<string[]> {
    const { rows } = await this.pool.query<{ day: string }>(
      'SELECT DISTINCT day FROM luot_events WHERE site_id = $1 ORDER BY day',
      [siteId],
    );
    return rows.map((r) => r.day);
  }

  async releaseDay(siteId: string, day: string): Promise<void> {
    const key = `${siteId}\u0000${day}`;
    const writer = this.writers.get(key);
    this.writers.delete(key);
    await writer?.close();
  }

  async appendAudit(entry: AuditEntry): Promise<void> {
    const month = new Date(entry.at).toISOString().slice(0, 7);
    try {
      await this.pool.query('INSERT INTO luot_audit (month, entry) VALUES ($1, $2)', [
        month,
        JSON.stringify(entry),
      ]);
    } catch (error) {
      throw StoreWriteError.of(`${this.location} table luot_audit`, error);
    }
  }

  async readAudit(month: string): Promise<AuditEntry[]> {
    if (!/^\d{4}-\d{2}$/.test(month)) throw new Error(`bad month ${month}`);
    const { rows } = await this.pool.query<{ entry: AuditEntry }>(
      'SELECT entry FROM luot_audit WHERE month = $1 ORDER BY id',
      [month],
    );
    return rows.map((r) => r.entry);
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.listener?.close();
    await Promise.all([...this.writers.values()].map((w) => w.close()));
    this.writers.clear();
    await this.pool.end();
  }
}
