// The integrations of a server: per site, a feed of outbound events (from the durable journal),
// one delivery worker per webhook subscription, and the citizen notifier. Built by createApp,
// reached by the routes; commands never wait for any of it.
import { randomBytes } from 'node:crypto';
import type { Locale } from '../../shared/domain/model.js';
import { dossierLink } from '../../shared/domain/dossier-code.js';
import type {
  DeliveryView,
  GatewayConfig,
  IntegrationSettings,
  WebhookEventType,
  WebhookView,
} from '../../shared/protocol/integration-schemas.js';
import type { Hubs } from '../hub/hubs.js';
import type { SiteHub } from '../hub/site-hub.js';
import type { Logger } from '../services/ports.js';
import { notFound, ServiceError } from '../services/service-error.js';
import type { Store } from '../store/store.js';
import {
  type Cursor,
  FileIntegrationStore,
  type IntegrationStore,
  type WebhookRecord,
} from './integration-store.js';
import type { NotificationAdapter } from './notifications/adapter.js';
import { HttpGatewayAdapter } from './notifications/http-gateway.js';
import { Notifier } from './notifications/notifier.js';
import { PhoneBook } from './notifications/phone-book.js';
import { SiteFeed } from './site-feed.js';
import { UrlNotAllowed, UrlPolicy } from './url-policy.js';
import { DEFAULT_TIMING, type DeliveryTiming, WebhookWorker } from './webhook-worker.js';

export interface IntegrationOptions {
  /** Where the integration files live (null = memory only), unless another store is given. */
  dir: string | null;
  /** Another store than the files (PostgreSQL). */
  store?: IntegrationStore;
  allowPrivate: boolean;
  timing?: Partial<DeliveryTiming>;
  userAgent: string;
  /** The hub's own port(s) and host names: never a webhook target. */
  selfPorts: () => readonly number[];
  selfHosts: () => readonly string[];
  statusUrl: (token: string) => string;
  /** Replaces the HTTP gateway adapter (a centre's own adapter). */
  adapterFor?: (gateway: GatewayConfig) => NotificationAdapter;
}

/** How a stored gateway header is shown back. */
export const MASK = '••••';

/** Past the last outbound event of a seq: "everything at this seq is done". */
const ALL_OF_SEQ = 1_000_000;

interface SiteIntegrations {
  feed: SiteFeed;
  workers: Map<string, WebhookWorker>;
  notifier: Notifier;
  unfollow: () => void;
}

export class Integrations {
  readonly files: IntegrationStore;
  readonly policy: UrlPolicy;
  readonly phones = new PhoneBook();
  private readonly sites = new Map<string, SiteIntegrations>();
  private readonly timing: DeliveryTiming;
  private closed = false;

  constructor(
    private readonly hubs: Hubs,
    private readonly store: Store,
    private readonly options: IntegrationOptions,
    private readonly logger: Logger,
  ) {
    this.files = options.store ?? new FileIntegrationStore(options.dir);
    this.policy = new UrlPolicy({
      allowPrivate: options.allowPrivate,
      selfPorts: options.selfPorts,
      selfHosts: options.selfHosts,
    });
    this.timing = { ...DEFAULT_TIMING, ...options.timing };
  }

  /** Loads every site's integrations and starts the feeds that have someone to deliver to. */
  async start(): Promise<void> {
    this.hubs.subscribe({
      events: (hub, events) => this.sites.get(hub.siteId)?.feed.push(events),
      reset: (hub) => {
        this.phones.purge(hub.siteId);
        this.sites.get(hub.siteId)?.feed.reset();
      },
    });
    for (const hub of this.hubs.all()) await this.adopt(hub.siteId);
  }

  /** Starts a site's feed and workers if it has someone to deliver to (at start, or when a
   * cluster node takes the site over). */
  async adopt(siteId: string): Promise<void> {
    const data = await this.files.load(siteId);
    if (data.webhooks.length > 0 || data.settings.gateway) await this.site(siteId);
  }

  /** Stops a site's feed and workers (a cluster node handing the site over to another). */
  async release(siteId: string): Promise<void> {
    const site = this.sites.get(siteId);
    if (!site) return;
    this.sites.delete(siteId);
    site.unfollow();
    await Promise.all([...site.workers.values()].map((w) => w.stop()));
  }

  private hub(siteId: string): SiteHub {
    const hub = this.hubs.get(siteId);
    if (!hub) throw notFound('trung tâm');
    return hub;
  }

  /** The site's feed and workers, started on first need. */
  private async site(siteId: string): Promise<SiteIntegrations> {
    const known = this.sites.get(siteId);
    if (known) return known;
    const hub = this.hub(siteId);
    const data = await this.files.load(siteId);
    const feed = new SiteFeed(
      hub,
      this.store,
      () => ({ turnNearAhead: this.files.settingsNow(siteId).turnNearAhead }),
      (error) => this.logger.error({ siteId, err: String(error) }, 'integration feed failed'),
    );
    const notifier = new Notifier({
      hub,
      phones: this.phones,
      gateway: () => this.files.settingsNow(siteId).gateway,
      adapterFor:
        this.options.adapterFor ?? ((g) => new HttpGatewayAdapter(g, this.policy, this.timing.timeoutMs)),
      statusUrl: this.options.statusUrl,
      dossierLink: (code) => dossierLink(this.files.settingsNow(siteId).dossierLinkTemplate, code),
      logger: this.logger,
      retryMs: this.timing.retryBaseMs,
    });
    const site: SiteIntegrations = {
      feed,
      workers: new Map(),
      notifier,
      unfollow: feed.follow((events) => notifier.onEvents(events)),
    };
    this.sites.set(siteId, site);
    for (const record of data.webhooks) {
      const cursor = (await this.files.readCursor(siteId, record.id)) ?? (await this.startCursor(hub, feed));
      this.startWorker(siteId, site, record, cursor);
    }
    return site;
  }

  private startWorker(siteId: string, site: SiteIntegrations, record: WebhookRecord, cursor: Cursor): void {
    const worker = new WebhookWorker(
      siteId,
      record,
      cursor,
      site.feed,
      this.files,
      this.policy,
      this.timing,
      this.logger,
      this.options.userAgent,
    );
    site.workers.set(record.id, worker);
    worker.start();
  }

  /** "From now": everything already durable counts as done. */
  private async startCursor(hub: SiteHub, feed: SiteFeed): Promise<Cursor> {
    await hub.settled();
    await feed.ready();
    return { day: hub.state.day, seq: hub.state.seq, index: ALL_OF_SEQ };
  }

  private async checkUrl(url: string): Promise<void> {
    try {
      await this.policy.check(url);
    } catch (error) {
      if (error instanceof UrlNotAllowed)
        throw new ServiceError(400, 'url_not_allowed', `Không được gửi tới địa chỉ này: ${error.message}.`);
      throw error;
    }
  }

  async createWebhook(
    siteId: string,
    body: { url: string; events: WebhookEventType[]; secret: string },
    now: number,
  ): Promise<string> {
    const hub = this.hub(siteId);
    await this.checkUrl(body.url);
    const record: WebhookRecord = {
      id: `wh_${randomBytes(12).toString('base64url')}`,
      url: body.url,
      events: [...body.events],
      secret: body.secret,
      paused: false,
      createdAt: now,
    };
    const site = await this.site(siteId);
    const cursor = await this.startCursor(hub, site.feed);
    await this.files.writeCursor(siteId, record.id, cursor);
    await this.files.update(siteId, (d) => {
      d.webhooks.push(record);
    });
    this.startWorker(siteId, site, record, cursor);
    return record.id;
  }

  private async worker(siteId: string, id: string): Promise<WebhookWorker> {
    this.hub(siteId);
    const worker = (await this.site(siteId)).workers.get(id);
    if (!worker) throw notFound('webhook');
    return worker;
  }

  private view(worker: WebhookWorker): WebhookView {
    const { record } = worker;
    const { day, seq } = worker.position;
    return {
      id: record.id,
      url: record.url,
      events: record.events,
      paused: record.paused,
      createdAt: record.createdAt,
      cursor: { day, seq },
      lastError: worker.log.lastError,
      lastDeliveredAt: worker.log.lastDeliveredAt,
    };
  }

  async listWebhooks(siteId: string): Promise<WebhookView[]> {
    this.hub(siteId);
    const data = await this.files.load(siteId);
    if (data.webhooks.length === 0) return [];
    const site = await this.site(siteId);
    return [...site.workers.values()].map((w) => this.view(w));
  }

  async getWebhook(siteId: string, id: string): Promise<WebhookView> {
    return this.view(await this.worker(siteId, id));
  }

  async setPaused(siteId: string, id: string, paused: boolean): Promise<WebhookView> {
    const worker = await this.worker(siteId, id);
    await this.files.update(siteId, (d) => {
      const r = d.webhooks.find((w) => w.id === id);
      if (r) r.paused = paused;
    });
    worker.record = { ...worker.record, paused };
    worker.poke();
    return this.view(worker);
  }

  /** Delivers again from a seq of a day (default today), in order. */
  async replay(siteId: string, id: string, fromSeq: number, day?: string): Promise<WebhookView> {
    const worker = await this.worker(siteId, id);
    const target = day ?? this.hub(siteId).state.day;
    if (target > this.hub(siteId).state.day)
      throw new ServiceError(400, 'invalid_input', 'Không thể phát lại từ một ngày chưa tới.');
    await worker.moveTo({ day: target, seq: fromSeq - 1, index: ALL_OF_SEQ });
    return this.view(worker);
  }

  async deleteWebhook(siteId: string, id: string): Promise<void> {
    const worker = await this.worker(siteId, id);
    const site = await this.site(siteId);
    site.workers.delete(id);
    await worker.stop();
    await this.files.update(siteId, (d) => {
      d.webhooks = d.webhooks.filter((w) => w.id !== id);
    });
    await this.files.dropCursor(siteId, id);
  }

  async deliveries(siteId: string, id: string, limit?: number): Promise<DeliveryView[]> {
    return (await this.worker(siteId, id)).log.list(limit);
  }

  async settings(siteId: string): Promise<IntegrationSettings> {
    this.hub(siteId);
    return (await this.files.load(siteId)).settings;
  }

  async updateSettings(siteId: string, settings: IntegrationSettings): Promise<IntegrationSettings> {
    this.hub(siteId);
    if (settings.gateway) await this.checkUrl(settings.gateway.url);
    await this.files.update(siteId, (d) => {
      // A header shown masked and sent back unchanged keeps its stored value.
      const before = d.settings.gateway?.headers ?? {};
      if (settings.gateway) {
        for (const [name, value] of Object.entries(settings.gateway.headers)) {
          if (value === MASK && before[name] !== undefined) settings.gateway.headers[name] = before[name];
        }
      }
      d.settings = settings;
    });
    if (settings.gateway) await this.site(siteId);
    return settings;
  }

  /** The provincial lookup link of a code, from the site's template (null without one). */
  dossierLinkOf(siteId: string, code: string): string | null {
    return dossierLink(this.files.settingsNow(siteId).dossierLinkTemplate, code);
  }

  /** Whether the site can send messages (the status page offers the form only then). */
  canNotify(siteId: string): boolean {
    return this.files.settingsNow(siteId).gateway !== null;
  }

  rememberPhone(hub: SiteHub, ticketId: string, phone: string, locale: Locale): void {
    if (!this.canNotify(hub.siteId))
      throw new ServiceError(409, 'conflict', 'Trung tâm chưa bật tin nhắn cho công dân.');
    this.phones.set(hub.siteId, hub.state.day, ticketId, { phone, locale });
  }

  forgetPhone(siteId: string, ticketId: string): void {
    this.phones.delete(siteId, ticketId);
  }

  /** Messages sent so far by a site's notifier (tests, monitoring). */
  notifierStats(siteId: string): { sent: number; failed: number; dropped: number } | null {
    return this.sites.get(siteId)?.notifier.stats ?? null;
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    const stopping = [...this.sites.values()].flatMap((site) => {
      site.unfollow();
      return [...site.workers.values()].map((w) => w.stop());
    });
    // Closing the store ends any write it is retrying, so no worker waits on it forever.
    await this.files.close();
    await Promise.all(stopping);
  }
}
