// One hub node of a cluster sharing a PostgreSQL database. It writes only the sites whose lease it
// holds; every second it takes free sites — its fair share (sites ÷ live nodes) at once, and any
// site that stays free for a second round whatever its share, so a dead node's sites are taken
// over within about two seconds. A node holding more than its share while another holds less
// (a node joined) hands sites over, a few per round: it stops taking commands for the site
// (answered 503 site_unavailable, Retry-After, which clients retry), lets the commands already
// accepted finish and commit, forgets the hub and releases the lease; the node below its share
// takes the site on its next round and replays the journal. Requests for a site written elsewhere
// are forwarded (forward.ts).
import type pg from 'pg';
import type { SiteRecord } from '../store/config-data.js';
import type { Store } from '../store/store.js';
import { Leases, leasesPerNode, liveNodes, liveOwner, liveOwners } from './leases.js';

/** Sites handed over per round at most (each is a short pause for its hall). */
const HANDOVERS_PER_ROUND = 4;
/** Between "no more commands" and draining the hub: requests already past the router reach it. */
const HANDOVER_GRACE_MS = 200;
/** A site handed over is not taken back by the same node this soon (no ping-pong). */
const RETAKE_AFTER_MS = 5_000;

export interface ClusterNodeOptions {
  pool: pg.Pool;
  databaseUrl: string;
  store: Store;
  nodeId: string;
  /** Where the other nodes reach this one. */
  nodeUrl: string;
  /** The cluster's shared secret (forwarded requests carry it). */
  key: string;
  /** Called once the lease connection is lost: the node must stop writing (main.ts exits). */
  onLost: (error: Error) => void;
  scanIntervalMs?: number;
  /** A round of the lease scan failed (the next round tries again). */
  onScanError?: (error: unknown) => void;
}

export class ClusterNode {
  private readonly owned = new Set<string>();
  private readonly seenFree = new Set<string>();
  private readonly leavingSites = new Set<string>();
  private readonly handedOver = new Map<string, number>();
  private release: (siteId: string) => Promise<void> = async () => undefined;
  private timer: NodeJS.Timeout | null = null;
  private scanning: Promise<void> | null = null;
  private takeOver: (site: SiteRecord) => Promise<void> = async () => undefined;
  private readonly owners = new Map<string, { url: string | null; at: number }>();

  private constructor(
    readonly options: ClusterNodeOptions,
    private readonly leases: Leases,
  ) {}

  static async start(options: ClusterNodeOptions): Promise<ClusterNode> {
    const leases = await Leases.open(options.databaseUrl, options.onLost);
    await leases.holdNode(options.nodeId);
    const node = new ClusterNode(options, leases);
    await node.scan();
    return node;
  }

  get nodeId(): string {
    return this.options.nodeId;
  }

  /** Whether this node writes the site now (false from the moment a hand-over starts). */
  owns(siteId: string): boolean {
    return this.owned.has(siteId) && !this.leavingSites.has(siteId);
  }

  /** A site being handed over by this node: requests for it are answered "moving". */
  leaving(siteId: string): boolean {
    return this.leavingSites.has(siteId);
  }

  ownedSites(): string[] {
    return [...this.owned].sort();
  }

  /**
   * Starts taking over free sites; each one taken is loaded by `load` (replayed from the journal),
   * each one handed over is drained and forgotten by `unload` before its lease is released.
   */
  watch(load: (site: SiteRecord) => Promise<void>, unload: (siteId: string) => Promise<void>): void {
    this.takeOver = load;
    this.release = unload;
    this.timer = setInterval(() => {
      this.scanning ??= this.scan()
        .catch((error: unknown) => this.options.onScanError?.(error))
        .finally(() => {
          this.scanning = null;
        });
    }, this.options.scanIntervalMs ?? 1000);
    this.timer.unref();
  }

  private async scan(): Promise<void> {
    const sites = this.options.store.config.sites;
    const free: SiteRecord[] = [];
    // One query per scan, not one per site: a province's nodes scan every second.
    const held = await liveOwners(this.options.pool);
    for (const site of sites) {
      const id = site.config.site.id;
      if (this.owned.has(id)) continue;
      if (held.has(id)) this.seenFree.delete(id);
      else free.push(site);
    }
    const nodes = Math.max(1, await liveNodes(this.options.pool));
    const share = Math.ceil(sites.length / nodes);
    const now = Date.now();
    const taken: SiteRecord[] = [];
    for (const site of free) {
      const id = site.config.site.id;
      const orphan = this.seenFree.has(id);
      this.seenFree.add(id);
      if (!orphan && this.owned.size >= share) continue;
      // Not even as an orphan: the node below its share takes it; if that one died, another does.
      if (now - (this.handedOver.get(id) ?? 0) < RETAKE_AFTER_MS) continue;
      if (!(await this.leases.tryTake(id, this.options.nodeId, this.options.nodeUrl))) continue;
      this.seenFree.delete(id);
      this.owned.add(id);
      this.owners.delete(id);
      taken.push(site);
    }
    // The leases first, then every taken site replayed at once (a dead node's many sites come
    // back together, not one after another); until its hub is loaded a site answers "moving".
    await Promise.all(taken.map((site) => this.load(site)));
    if (this.owned.size > share) await this.rebalance(nodes, share);
  }

  /** Loads a site just taken; one that cannot be loaded is let go for another node to try. */
  private async load(site: SiteRecord): Promise<void> {
    try {
      await this.takeOver(site);
    } catch (error) {
      const id = site.config.site.id;
      await this.leases.release(id);
      this.owned.delete(id);
      this.options.onScanError?.(error);
    }
  }

  /** Hands over sites above this node's share, as many as the nodes below theirs can take. */
  private async rebalance(nodes: number, share: number): Promise<void> {
    const counts = await leasesPerNode(this.options.pool);
    const others = [...counts].filter(([id]) => id !== this.options.nodeId).map(([, n]) => n);
    const idle = Math.max(0, nodes - 1 - others.length);
    const room = idle * share + others.reduce((sum, n) => sum + Math.max(0, share - n), 0);
    const count = Math.min(this.owned.size - share, room, HANDOVERS_PER_ROUND);
    if (count <= 0) return;
    const sites = this.ownedSites().slice(-count);
    await Promise.all(sites.map((id) => this.handOver(id)));
  }

  /** No more commands, drain and commit what was accepted, forget the hub, release the lease. */
  private async handOver(siteId: string): Promise<void> {
    this.leavingSites.add(siteId);
    try {
      await new Promise((r) => setTimeout(r, HANDOVER_GRACE_MS));
      await this.release(siteId);
    } finally {
      await this.leases.release(siteId);
      this.owned.delete(siteId);
      this.owners.delete(siteId);
      this.handedOver.set(siteId, Date.now());
      this.leavingSites.delete(siteId);
    }
  }

  /** Forgets where a site was written (it has just been taken, here or elsewhere). */
  forgetOwner(siteId: string): void {
    this.owners.delete(siteId);
  }

  /** The node that writes a site now (cached for a short while); null when none does. */
  async ownerUrl(siteId: string): Promise<string | null> {
    const cached = this.owners.get(siteId);
    const now = Date.now();
    if (cached && now - cached.at < 500) return cached.url;
    const owner = await liveOwner(this.options.pool, siteId);
    const url = owner && owner.nodeId !== this.options.nodeId ? owner.url : null;
    this.owners.set(siteId, { url, at: now });
    return url;
  }

  async close(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    await this.scanning;
    await this.leases.close();
  }
}
