// A site's configuration changed by another node or a tool reaches its writer here: PgStore loads
// the new configuration on NOTIFY, and every hub this node writes whose site record differs is
// reconfigured and its followers told, as after a change made on this node. A site this node does
// not write is not loaded (Hubs.add refuses without the lease); a new site is taken by the lease
// scan.
import type { LuotApp } from '../app.js';
import type { Logger } from '../services/ports.js';
import type { PgStore } from '../store/pg/pg-store.js';

export function followConfig(store: PgStore, luot: LuotApp, logger: Logger): void {
  store.onConfigChanged(() => {
    void (async () => {
      for (const record of store.config.sites) {
        const hub = luot.hubs.get(record.config.site.id);
        if (!hub) continue;
        const before = JSON.stringify([hub.config, hub.settings]);
        if (before === JSON.stringify([record.config, record.settings])) continue;
        await luot.hubs.add(record.config, record.settings);
        luot.siteChanged(hub.siteId);
      }
    })().catch((error: unknown) => {
      logger.error(
        { err: error instanceof Error ? error.message : String(error) },
        'reconfiguring a hub failed',
      );
    });
  });
}
