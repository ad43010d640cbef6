// Each site's integrations behind one port (IntegrationStore): settings and webhook subscriptions
// (with secrets) as one document per site, and each subscription's delivery cursor. The embedded
// implementation keeps them in the data directory, written durably (temp file, fsync, rename):
//   integrations/<siteId>/integrations.json   settings and webhook subscriptions (with secrets)
//   integrations/<siteId>/cursors/<id>.json   the last delivered position of one subscription
// Without a data directory everything stays in memory. PostgreSQL: server/store/pg/pg-integration-store.ts.
import { mkdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import {
  createWebhookBody,
  defaultIntegrationSettings,
  type IntegrationSettings,
  integrationSettingsSchema,
  WEBHOOK_EVENT_TYPES,
} from '../../shared/protocol/integration-schemas.js';
import { writeFileDurably } from '../store/durable-file.js';
import { CorruptDataError } from '../store/errors.js';

const webhookRecordSchema = z.strictObject({
  id: z.string().regex(/^wh_[A-Za-z0-9_-]{8,40}$/),
  url: z.string().max(2000),
  events: z.array(z.enum(WEBHOOK_EVENT_TYPES)),
  secret: createWebhookBody.shape.secret,
  paused: z.boolean(),
  createdAt: z.number(),
});
export type WebhookRecord = z.infer<typeof webhookRecordSchema>;

export const siteIntegrationsSchema = z.strictObject({
  version: z.literal(1),
  settings: integrationSettingsSchema,
  webhooks: z.array(webhookRecordSchema),
});
export type SiteIntegrationData = z.infer<typeof siteIntegrationsSchema>;

export const emptySiteIntegrations = (): SiteIntegrationData => ({
  version: 1,
  settings: defaultIntegrationSettings(),
  webhooks: [],
});

export const cursorSchema = z.strictObject({
  day: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  seq: z.number().int().min(0),
  /** Outbound events already delivered at seq (several may come from one journal event). */
  index: z.number().int().min(-1),
});
export type Cursor = z.infer<typeof cursorSchema>;

export interface IntegrationStore {
  /** The site's settings and subscriptions (the defaults when it has none). */
  load(siteId: string): Promise<SiteIntegrationData>;
  /** The settings known in memory (after load), or the defaults. */
  settingsNow(siteId: string): IntegrationSettings;
  /** Changes a site's document; resolves once the change is durable. */
  update<R>(siteId: string, change: (data: SiteIntegrationData) => R): Promise<R>;
  /** The cursor a worker starts from (null: none yet). On PostgreSQL the calling process becomes
   * the one allowed to write it, so a worker is started only where the site is written. */
  readCursor(siteId: string, webhookId: string): Promise<Cursor | null>;
  /** Saves a cursor durably: a delivery is counted only once this resolves. */
  writeCursor(siteId: string, webhookId: string, cursor: Cursor): Promise<void>;
  dropCursor(siteId: string, webhookId: string): Promise<void>;
  close(): Promise<void>;
}

const SAFE = /^[A-Za-z0-9][A-Za-z0-9_.-]*$/;

/** JSON text as a value; text that is not JSON becomes undefined (which no schema accepts). */
function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

export class FileIntegrationStore implements IntegrationStore {
  private readonly sites = new Map<string, SiteIntegrationData>();
  private readonly cursors = new Map<string, Cursor>();
  private chain: Promise<unknown> = Promise.resolve();

  /** dir null keeps everything in memory. */
  constructor(private readonly dir: string | null) {}

  private siteDir(siteId: string): string | null {
    if (!SAFE.test(siteId)) throw new Error(`unsafe site id ${JSON.stringify(siteId)}`);
    return this.dir ? join(this.dir, siteId) : null;
  }

  async load(siteId: string): Promise<SiteIntegrationData> {
    const known = this.sites.get(siteId);
    if (known) return known;
    const dir = this.siteDir(siteId);
    let data = emptySiteIntegrations();
    if (dir) {
      const raw = await readFile(join(dir, 'integrations.json'), 'utf8').catch(
        (error: NodeJS.ErrnoException) => {
          if (error.code === 'ENOENT') return null;
          throw error;
        },
      );
      if (raw !== null) {
        const parsed = siteIntegrationsSchema.safeParse(parseJson(raw));
        if (!parsed.success)
          throw new CorruptDataError(join(dir, 'integrations.json'), 'not an integrations file');
        data = parsed.data;
      }
    }
    this.sites.set(siteId, data);
    return data;
  }

  /** The settings known in memory (after load), or the defaults. */
  settingsNow(siteId: string): IntegrationSettings {
    return this.sites.get(siteId)?.settings ?? defaultIntegrationSettings();
  }

  /** Changes a site's file; resolves once the change is on disk. */
  update<R>(siteId: string, change: (data: SiteIntegrationData) => R): Promise<R> {
    const step = this.chain.then(async () => {
      const current = await this.load(siteId);
      const next = structuredClone(current);
      const result = change(next);
      const dir = this.siteDir(siteId);
      if (dir) {
        await mkdir(dir, { recursive: true, mode: 0o700 });
        await writeFileDurably(join(dir, 'integrations.json'), `${JSON.stringify(next, null, 1)}\n`);
      }
      this.sites.set(siteId, next);
      return result;
    });
    this.chain = step.catch(() => undefined);
    return step;
  }

  private cursorPath(siteId: string, webhookId: string): string | null {
    const dir = this.siteDir(siteId);
    return dir ? join(dir, 'cursors', `${webhookId}.json`) : null;
  }

  async readCursor(siteId: string, webhookId: string): Promise<Cursor | null> {
    const key = `${siteId}/${webhookId}`;
    const known = this.cursors.get(key);
    if (known) return known;
    const path = this.cursorPath(siteId, webhookId);
    if (!path) return null;
    const raw = await readFile(path, 'utf8').catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return null;
      throw error;
    });
    if (raw === null) return null;
    const parsed = cursorSchema.safeParse(parseJson(raw));
    if (!parsed.success) throw new CorruptDataError(path, 'not a webhook cursor');
    this.cursors.set(key, parsed.data);
    return parsed.data;
  }

  /** Saves a cursor durably (fsync'ed): a delivery is counted only once this resolves. */
  async writeCursor(siteId: string, webhookId: string, cursor: Cursor): Promise<void> {
    const path = this.cursorPath(siteId, webhookId);
    if (path) {
      await mkdir(join(path, '..'), { recursive: true, mode: 0o700 });
      await writeFileDurably(path, JSON.stringify(cursor));
    }
    this.cursors.set(`${siteId}/${webhookId}`, { ...cursor });
  }

  async dropCursor(siteId: string, webhookId: string): Promise<void> {
    this.cursors.delete(`${siteId}/${webhookId}`);
    const path = this.cursorPath(siteId, webhookId);
    if (path) await rm(path, { force: true });
  }

  async close(): Promise<void> {
    await this.chain;
  }
}
