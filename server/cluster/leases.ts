// Site leases in PostgreSQL: session advisory locks held on one dedicated connection. A lock dies
// with its holder's connection (a node killed, a cable cut), so a site is never held by a dead node
// for longer than PostgreSQL takes to see the connection gone. The node's own "alive" lock lets
// every node count the live nodes.
import pg from 'pg';

/** Advisory lock classes (first key of the two-key form). */
export const SITE_LOCK_CLASS = 7_770_100;
export const NODE_LOCK_CLASS = 7_770_200;

const LOCK_KEY = `((hashtext($1)::bigint + 4294967296) % 4294967296)::oid`;
const HELD = `
  SELECT 1 FROM pg_locks l
  WHERE l.locktype = 'advisory' AND l.granted AND l.objsubid = 2
    AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database())`;

export class Leases {
  private constructor(
    private readonly client: pg.Client,
    readonly pid: number,
  ) {}

  /** Connects the lease connection; onLost runs once if it dies (every lease is then gone). */
  static async open(url: string, onLost: (error: Error) => void): Promise<Leases> {
    const client = new pg.Client({ connectionString: url, keepAlive: true });
    let lost = false;
    const lose = (error: Error) => {
      if (lost) return;
      lost = true;
      onLost(error);
    };
    client.on('error', lose);
    client.on('end', () => lose(new Error('lease connection closed')));
    await client.connect();
    const { rows } = await client.query<{ pid: number }>('SELECT pg_backend_pid() AS pid');
    return new Leases(client, rows[0]?.pid ?? 0);
  }

  async holdNode(nodeId: string): Promise<void> {
    await this.client.query('SELECT pg_advisory_lock($2, hashtext($1))', [nodeId, NODE_LOCK_CLASS]);
  }

  /** Takes a site's lease if nobody holds it, and says where this node is reached. */
  async tryTake(siteId: string, nodeId: string, nodeUrl: string): Promise<boolean> {
    const { rows } = await this.client.query<{ ok: boolean }>(
      'SELECT pg_try_advisory_lock($2, hashtext($1)) AS ok',
      [siteId, SITE_LOCK_CLASS],
    );
    if (!rows[0]?.ok) return false;
    await this.client.query(
      `INSERT INTO luot_site_owners (site_id, node_id, node_url, pid) VALUES ($1, $2, $3, $4)
       ON CONFLICT (site_id) DO UPDATE SET node_id = $2, node_url = $3, pid = $4, since = now()`,
      [siteId, nodeId, nodeUrl, this.pid],
    );
    return true;
  }

  /** Gives a site's lease up (after its hub is drained); another node may take it at once. */
  async release(siteId: string): Promise<void> {
    await this.client.query('SELECT pg_advisory_unlock($2, hashtext($1))', [siteId, SITE_LOCK_CLASS]);
  }

  async close(): Promise<void> {
    this.client.removeAllListeners('end');
    this.client.removeAllListeners('error');
    this.client.on('error', () => undefined);
    await this.client.end().catch(() => undefined);
  }
}

/** Where a site's live writer is reached (null when no live node holds it). */
export async function liveOwner(
  pool: pg.Pool,
  siteId: string,
): Promise<{ nodeId: string; url: string } | null> {
  const { rows } = await pool.query<{ node_id: string; node_url: string }>(
    `SELECT o.node_id, o.node_url FROM luot_site_owners o
     WHERE o.site_id = $1 AND EXISTS (${HELD} AND l.classid = $2::bigint::oid AND l.objid = ${LOCK_KEY} AND l.pid = o.pid)`,
    [siteId, SITE_LOCK_CLASS],
  );
  const row = rows[0];
  return row ? { nodeId: row.node_id, url: row.node_url } : null;
}

/** The sites some live node writes now, by site (one query for a whole scan of the province). */
export async function liveOwners(pool: pg.Pool): Promise<Set<string>> {
  const { rows } = await pool.query<{ site_id: string }>(
    `SELECT o.site_id FROM luot_site_owners o
     WHERE EXISTS (${HELD} AND l.classid = $1::bigint::oid AND l.pid = o.pid
       AND l.objid = ${LOCK_KEY.replace('$1', 'o.site_id')})`,
    [SITE_LOCK_CLASS],
  );
  return new Set(rows.map((r) => r.site_id));
}

/** How many nodes are alive (hold their node lock). */
export async function liveNodes(pool: pg.Pool): Promise<number> {
  const { rows } = await pool.query<{ n: string }>(
    `SELECT count(*) AS n FROM (${HELD} AND l.classid = $1::bigint::oid) AS held`,
    [NODE_LOCK_CLASS],
  );
  return Number(rows[0]?.n ?? 0);
}

/** How many sites each live node writes (nodes writing none are absent). */
export async function leasesPerNode(pool: pg.Pool): Promise<Map<string, number>> {
  const { rows } = await pool.query<{ node_id: string; n: string }>(
    `SELECT o.node_id, count(*) AS n FROM luot_site_owners o
     WHERE EXISTS (${HELD} AND l.classid = $1::bigint::oid AND l.pid = o.pid
       AND l.objid = ${LOCK_KEY.replace('$1', 'o.site_id')})
     GROUP BY o.node_id`,
    [SITE_LOCK_CLASS],
  );
  return new Map(rows.map((r) => [r.node_id, Number(r.n)]));
}
