// Integrations in PostgreSQL (a hub on LUOT_DATABASE_URL): the same port as the embedded files
// (server/integrations/integration-store.ts), tables of migration 005. Each site's document is kept
// in memory once loaded (the notifier reads its settings synchronously) and reloaded whenever any
// process changes it (LISTEN/NOTIFY luot_integrations); a change is made under the row's lock on
// the freshest copy, so two nodes never overwrite each other's change. Cursors are read from the
// database when a worker starts, which claims them for this process (see the migration): a cursor
// write by a process that is no longer the holder is refused with ECONFLICT and its worker stops.
// A cursor write that fails for any other reason (the database restarting) is retried until it
// succeeds: the delivery is counted only then, as with the file store's fsync.
import { randomBytes } from 'node:crypto';
import type pg from 'pg';
import type { IntegrationSettings } from '../../../shared/protocol/integration-schemas.js';
import {
  type Cursor,
  cursorSchema,
  emptySiteIntegrations,
  type IntegrationStore,
  type SiteIntegrationData,
  siteIntegrationsSchema,
} from '../../integrations/integration-store.js';
import { CorruptDataError, StoreWriteError } from '../errors.js';
import { SeqConflictError } from './day-writer.js';
import { PgListener } from './pg-listener.js';
import { inTransaction, refusable } from './pg-transaction.js';

const CHANNEL = 'luot_integrations';

interface Known {
  data: SiteIntegrationData;
  version: number;
}

export interface PgIntegrationStoreOptions {
  /** First wait before retrying a failed cursor write (doubles up to 30 s; default 500 ms). */
  retryMs?: number;
}

export class PgIntegrationStore implements IntegrationStore {
  private readonly sites = new Map<string, Known>();
  /** Sites being read for the first time. */
  private readonly loading = new Map<string, Promise<Known>>();
  private chain: Promise<unknown> = Promise.resolve();
  private listener: PgListener | null = null;
  private closed = false;
  private readonly sleepers = new Set<() => void>();
  /** This process as a cursor holder. */
  readonly holder = `${process.pid}-${randomBytes(6).toString('hex')}`;

  private constructor(
    private readonly pool: pg.Pool,
    private readonly location: string,
    private readonly options: PgIntegrationStoreOptions,
  ) {}

  /** On a PgStore's pool (closed with the PgStore), with its own LISTEN connection. */
  static async open(
    on: { pool: pg.Pool; location: string },
    options: PgIntegrationStoreOptions = {},
  ): Promise<PgIntegrationStore> {
    const store = new PgIntegrationStore(on.pool, on.location, options);
    await store.listen();
    return store;
  }

  private async listen(): Promise<void> {
    this.listener = await PgListener.open({
      connection: this.pool.options,
      channels: [CHANNEL],
      notified: (message) => {
        if (message.channel === CHANNEL && message.payload) this.refresh(message.payload);
      },
      resumed: () => {
        for (const siteId of this.sites.keys()) this.refresh(siteId);
      },
    });
  }

  /** Reloads a site kept in memory or being loaded (after another process changed it); the newer
   * version wins whichever read ends last. */
  private refresh(siteId: string): void {
    if (!this.sites.has(siteId) && !this.loading.has(siteId)) return;
    this.chain = this.chain
      .then(async () => this.keep(siteId, await this.read(siteId)))
      .catch(() => undefined);
  }

  private where(table: string, siteId: string): string {
    return `${this.location} table ${table} site ${siteId}`;
  }

  private parse(siteId: string, data: unknown, version: string): Known {
    const parsed = siteIntegrationsSchema.safeParse(data);
    if (!parsed.success) {
      const first = parsed.error.issues[0];
      throw new CorruptDataError(
        this.where('luot_integrations', siteId),
        `unexpected content at ${first?.path.join('.') || '(root)'}: ${first?.message ?? 'invalid'}`,
      );
    }
    return { data: parsed.data, version: Number(version) };
  }

  private async read(siteId: string): Promise<Known> {
    const { rows } = await this.pool.query<{ data: unknown; version: string }>(
      'SELECT data, version FROM luot_integrations WHERE site_id = $1',
      [siteId],
    );
    const row = rows[0];
    return row ? this.parse(siteId, row.data, row.version) : { data: emptySiteIntegrations(), version: 0 };
  }

  private keep(siteId: string, known: Known): void {
    const before = this.sites.get(siteId);
    if (!before || known.version > before.version) this.sites.set(siteId, known);
  }

  async load(siteId: string): Promise<SiteIntegrationData> {
    const known = this.sites.get(siteId);
    if (known) return known.data;
    let reading = this.loading.get(siteId);
    if (!reading) {
      reading = this.read(siteId).finally(() => this.loading.delete(siteId));
      this.loading.set(siteId, reading);
    }
    let read: Known;
    try {
      read = await reading;
    } catch (error) {
      if (error instanceof CorruptDataError) throw error;
      throw StoreWriteError.of(this.where('luot_integrations', siteId), error);
    }
    this.keep(siteId, read);
    return (this.sites.get(siteId) as Known).data;
  }

  settingsNow(siteId: string): IntegrationSettings {
    return this.sites.get(siteId)?.data.settings ?? emptySiteIntegrations().settings;
  }

  update<R>(siteId: string, change: (data: SiteIntegrationData) => R): Promise<R> {
    const step = this.chain.then(() =>
      inTransaction(this.pool, this.where('luot_integrations', siteId), async (client) => {
        await client.query(
          'INSERT INTO luot_integrations (site_id, data, version) VALUES ($1, $2, 0) ON CONFLICT DO NOTHING',
          [siteId, JSON.stringify(emptySiteIntegrations())],
        );
        const { rows } = await client.query<{ data: unknown; version: string }>(
          'SELECT data, version FROM luot_integrations WHERE site_id = $1 FOR UPDATE',
          [siteId],
        );
        const current = this.parse(siteId, rows[0]?.data, rows[0]?.version ?? '0');
        const result = refusable(() => change(current.data));
        const version = current.version + 1;
        await client.query('UPDATE luot_integrations SET data = $2, version = $3 WHERE site_id = $1', [
          siteId,
          JSON.stringify(current.data),
          version,
        ]);
        await client.query('SELECT pg_notify($1, $2)', [CHANNEL, siteId]);
        return { result, known: { data: current.data, version } };
      }).then(({ result, known }) => {
        this.keep(siteId, known);
        return result;
      }),
    );
    this.chain = step.catch(() => undefined);
    return step;
  }

  /** The cursor a starting worker delivers from; this process becomes its holder. */
  async readCursor(siteId: string, webhookId: string): Promise<Cursor | null> {
    const where = this.where('luot_webhook_cursors', siteId);
    let rows: { day: string; seq: number; idx: number }[];
    try {
      ({ rows } = await this.pool.query(
        `UPDATE luot_webhook_cursors SET holder = $3 WHERE site_id = $1 AND webhook_id = $2
         RETURNING day, seq, idx`,
        [siteId, webhookId, this.holder],
      ));
    } catch (error) {
      throw StoreWriteError.of(where, error);
    }
    const row = rows[0];
    if (!row) return null;
    const parsed = cursorSchema.safeParse({ day: row.day, seq: row.seq, index: row.idx });
    if (!parsed.success)
      throw new CorruptDataError(where, `the cursor of ${webhookId} is not a webhook cursor`);
    return parsed.data;
  }

  async writeCursor(siteId: string, webhookId: string, cursor: Cursor): Promise<void> {
    const where = this.where('luot_webhook_cursors', siteId);
    for (let attempt = 0; ; attempt++) {
      try {
        const { rowCount } = await this.pool.query(
          `INSERT INTO luot_webhook_cursors (site_id, webhook_id, day, seq, idx, holder)
           VALUES ($1, $2, $3, $4, $5, $6)
           ON CONFLICT (site_id, webhook_id) DO UPDATE SET day = $3, seq = $4, idx = $5
           WHERE luot_webhook_cursors.holder = $6`,
          [siteId, webhookId, cursor.day, cursor.seq, cursor.index, this.holder],
        );
        if (rowCount === 1) return;
        throw StoreWriteError.of(
          where,
          new SeqConflictError(`another hub process delivers webhook ${webhookId} now`),
        );
      } catch (error) {
        if (error instanceof StoreWriteError || this.closed) throw StoreWriteError.of(where, error);
        const base = this.options.retryMs ?? 500;
        await this.pause(Math.min(30_000, base * 2 ** Math.min(attempt, 6)));
      }
    }
  }

  /** The site's document as stored, or null without one (import-to-pg). */
  async stored(siteId: string): Promise<SiteIntegrationData | null> {
    const { rows } = await this.pool.query<{ data: unknown; version: string }>(
      'SELECT data, version FROM luot_integrations WHERE site_id = $1',
      [siteId],
    );
    const row = rows[0];
    return row ? this.parse(siteId, row.data, row.version).data : null;
  }

  /** Stores a site's document if it has none (import-to-pg); false when one is there. */
  async insertIfAbsent(siteId: string, data: SiteIntegrationData): Promise<boolean> {
    const checked = this.parse(siteId, data, '1').data;
    const { rowCount } = await this.pool.query(
      `INSERT INTO luot_integrations (site_id, data, version) VALUES ($1, $2, 1) ON CONFLICT DO NOTHING`,
      [siteId, JSON.stringify(checked)],
    );
    if (rowCount === 1) await this.pool.query('SELECT pg_notify($1, $2)', [CHANNEL, siteId]);
    return rowCount === 1;
  }

  /** Stores a cursor if the subscription has none (import-to-pg); false when one is there. */
  async insertCursorIfAbsent(siteId: string, webhookId: string, cursor: Cursor): Promise<boolean> {
    const { rowCount } = await this.pool.query(
      `INSERT INTO luot_webhook_cursors (site_id, webhook_id, day, seq, idx, holder)
       VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT DO NOTHING`,
      [siteId, webhookId, cursor.day, cursor.seq, cursor.index, this.holder],
    );
    return rowCount === 1;
  }

  /** Waits ms, or less when the store closes. */
  private pause(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.sleepers.delete(done);
        resolve();
      };
      const timer = setTimeout(done, ms);
      this.sleepers.add(done);
    });
  }

  async dropCursor(siteId: string, webhookId: string): Promise<void> {
    try {
      await this.pool.query('DELETE FROM luot_webhook_cursors WHERE site_id = $1 AND webhook_id = $2', [
        siteId,
        webhookId,
      ]);
    } catch (error) {
      throw StoreWriteError.of(this.where('luot_webhook_cursors', siteId), error);
    }
  }

  /** Stops listening and retrying; the pool is the PgStore's to close. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.listener?.close();
    for (const wake of [...this.sleepers]) wake();
    await this.chain;
  }
}
