// Makes this process a hub node of a cluster on PostgreSQL: leases, forwarding and the
// Socket.IO adapter, ready to hand to createApp; then watch() takes over free sites.
import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import { createAdapter } from '@socket.io/postgres-adapter';
import type { AppCluster, LuotApp } from '../app.js';
import type { Logger } from '../services/ports.js';
import type { PgStore } from '../store/pg/pg-store.js';
import { ClusterNode } from './cluster-node.js';
import { followConfig } from './config-follower.js';
import { forwardToOwner } from './forward.js';
import { shareFollows } from './phone-follows.js';
import { ClusterRemoteSockets } from './remote-sockets.js';
import { SiteServedSignal } from './site-served.js';
import { StatusTokens } from './status-tokens.js';

export interface ClusterSettings {
  databaseUrl: string;
  /** Where the other nodes reach this one (LUOT_NODE_URL). */
  nodeUrl: string;
  /** LUOT_CLUSTER_KEY (a single node without one gets a random key). */
  key?: string;
  scanIntervalMs?: number;
}

export interface Cluster {
  node: ClusterNode;
  app: AppCluster;
  /** Starts taking over free sites into the app's hubs. */
  watch(luot: LuotApp): void;
  close(): Promise<void>;
}

export async function startCluster(
  store: PgStore,
  settings: ClusterSettings,
  logger: Logger,
  onLost: (error: Error) => void,
): Promise<Cluster> {
  const node = await ClusterNode.start({
    pool: store.pool,
    databaseUrl: settings.databaseUrl,
    store,
    nodeId: `${hostname()}-${process.pid}-${randomBytes(3).toString('hex')}`,
    nodeUrl: settings.nodeUrl,
    key: settings.key ?? randomBytes(24).toString('hex'),
    onLost,
    scanIntervalMs: settings.scanIntervalMs,
    onScanError: (error) =>
      logger.error({ err: error instanceof Error ? error.message : String(error) }, 'lease scan failed'),
  });
  logger.info({ nodeId: node.nodeId, sites: node.ownedSites() }, 'cluster node started');
  const tokens = new StatusTokens(store.pool);
  const served = new SiteServedSignal();
  let stopFollows: () => void = () => undefined;
  return {
    node,
    app: {
      writes: (siteId) => node.owns(siteId),
      forward: (isLocal) => forwardToOwner(node, tokens, isLocal),
      ioAdapter: createAdapter(store.pool),
      remote: new ClusterRemoteSockets(node, tokens, served),
    },
    watch(luot) {
      followConfig(store, luot, logger);
      stopFollows = shareFollows(luot.realtime.io, node.nodeId);
      served.listen(luot.realtime.io, (siteId) => node.forgetOwner(siteId));
      node.watch(
        async (site) => {
          await luot.hubs.add(site.config, site.settings);
          // Its webhook workers and notifier run on the writer only: they start here, with the lease.
          await luot.integrations.adopt(site.config.site.id).catch((error: unknown) => {
            logger.error(
              { siteId: site.config.site.id, err: String(error) },
              'webhooks of a site not started',
            );
          });
          logger.warn({ nodeId: node.nodeId, siteId: site.config.site.id }, 'took over a site');
          served.announce(site.config.site.id);
        },
        async (siteId) => {
          await luot.integrations.release(siteId);
          await luot.hubs.remove(siteId);
          logger.info({ nodeId: node.nodeId, siteId }, 'handed a site over');
        },
      );
    },
    close: () => {
      stopFollows();
      return node.close();
    },
  };
}
