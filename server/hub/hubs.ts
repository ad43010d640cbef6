// All site hubs of this server, one per configured site.
import type { SiteConfig } from '../../shared/domain/model.js';
import type { SiteSettings } from '../../shared/protocol/config-schemas.js';
import type { Store } from '../store/store.js';
import {
  type Clock,
  type HubIds,
  type HubListener,
  type HubOptions,
  randomIds,
  SiteHub,
} from './site-hub.js';

export class Hubs {
  private readonly hubs = new Map<string, SiteHub>();
  private readonly listeners = new Set<HubListener>();
  /** Which sites this process may write (a cluster node: those it holds the lease of). */
  private writes: (siteId: string) => boolean = () => true;

  constructor(
    private readonly store: Store,
    private readonly clock: Clock,
    private readonly ids: HubIds = randomIds,
    private readonly options: HubOptions = {},
  ) {}

  /** Loads every configured site, or only those `writes` accepts (a cluster node's leased sites). */
  async loadAll(writes: (siteId: string) => boolean = () => true): Promise<void> {
    this.writes = writes;
    for (const record of this.store.config.sites)
      if (writes(record.config.site.id)) await this.add(record.config, record.settings);
  }

  /** Reconfigures the site's hub, or loads it — only if this process may write the site. */
  async add(config: SiteConfig, settings: SiteSettings): Promise<SiteHub | null> {
    const existing = this.hubs.get(config.site.id);
    if (existing) {
      existing.reconfigure(config, settings);
      return existing;
    }
    if (!this.writes(config.site.id)) return null;
    const hub = await SiteHub.load(config, settings, this.store, this.clock, this.ids, this.options);
    for (const l of this.listeners) hub.subscribe(l);
    this.hubs.set(config.site.id, hub);
    return hub;
  }

  /** Stops writing a site (a cluster node hands it over): forgets its hub, then drains it. */
  async remove(siteId: string): Promise<void> {
    const hub = this.hubs.get(siteId);
    if (!hub) return;
    this.hubs.delete(siteId);
    await hub.close();
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
