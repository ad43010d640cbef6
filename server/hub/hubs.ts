// All site hubs of this server, one per configured site.
import type { SiteConfig } from '../../shared/domain/model.js';
import type { SiteSettings } from '../../shared/protocol/config-schemas.js';
import type { Store } from '../store/store.js';
import { type Clock, type HubIds, type HubListener, randomIds, SiteHub } from './site-hub.js';

export class Hubs {
  private readonly hubs = new Map<string, SiteHub>();
  private readonly listeners = new Set<HubListener>();

  constructor(
    private readonly store: Store,
    private readonly clock: Clock,
    private readonly ids: HubIds = randomIds,
  ) {}

  async loadAll(): Promise<void> {
    for (const record of this.store.config.sites) await this.add(record.config, record.settings);
  }

  async add(config: SiteConfig, settings: SiteSettings): Promise<SiteHub> {
    const existing = this.hubs.get(config.site.id);
    if (existing) {
      existing.reconfigure(config, settings);
      return existing;
    }
    const hub = await SiteHub.load(config, settings, this.store, this.clock, this.ids);
    for (const l of this.listeners) hub.subscribe(l);
    this.hubs.set(config.site.id, hub);
    return hub;
  }

  get(siteId: string): SiteHub | undefined {
    return this.hubs.get(siteId);
  }

  all(): SiteHub[] {
    return [...this.hubs.values()];
  }

  /** Listens to every hub, present and future. */
  subscribe(listener: HubListener): void {
    this.listeners.add(listener);
    for (const hub of this.hubs.values()) hub.subscribe(listener);
  }

  async close(): Promise<void> {
    await Promise.all(this.all().map((h) => h.close()));
  }
}
