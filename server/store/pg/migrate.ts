// Versioned schema migrations: plain SQL files `NNN_name.sql` in ./migrations, applied in order,
// each in its own transaction with its row in luot_migrations. Nodes starting together wait on
// one advisory lock, so a migration runs once. A database newer than this code is refused.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Pool } from 'pg';

const DIR = join(import.meta.dirname, 'migrations');
const FILE = /^(\d{3})_([a-z0-9_]+)\.sql$/;
/** Advisory lock key for migrations (any constant not used by site leases). */
const MIGRATION_LOCK = 7_770_001;

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

export function migrations(): Migration[] {
  return readdirSync(DIR)
    .map((file) => ({ file, match: FILE.exec(file) }))
    .filter((f) => f.match !== null)
    .map(({ file, match }) => ({
      version: Number(match?.[1]),
      name: match?.[2] ?? file,
      sql: readFileSync(join(DIR, file), 'utf8'),
    }))
    .sort((a, b) => a.version - b.version);
}

export class SchemaTooNewError extends Error {
  readonly code = 'schema_too_new';
}

/** Applies the migrations not yet applied; returns the versions it applied. */
export async function migrate(pool: Pool): Promise<number[]> {
  const client = await pool.connect();
  try {
    await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
    await client.query(
      `CREATE TABLE IF NOT EXISTS luot_migrations (
         version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())`,
    );
    const done = new Set(
      (await client.query<{ version: number }>('SELECT version FROM luot_migrations')).rows.map(
        (r) => r.version,
      ),
    );
    const known = migrations();
    const newest = Math.max(0, ...known.map((m) => m.version));
    const unknown = [...done].filter((v) => v > newest);
    if (unknown.length > 0) {
      throw new SchemaTooNewError(
        `The database has schema version ${Math.max(...unknown)}, newer than this Lượt (${newest}). Run the newer Lượt, or restore a backup made for this version.`,
      );
    }
    const applied: number[] = [];
    for (const m of known) {
      if (done.has(m.version)) continue;
      await client.query('BEGIN');
      try {
        await client.query(m.sql);
        await client.query('INSERT INTO luot_migrations (version, name) VALUES ($1, $2)', [
          m.version,
          m.name,
        ]);
        await client.query('COMMIT');
      } catch (error) {
        await client.query('ROLLBACK');
        throw error;
      }
      applied.push(m.version);
    }
    return applied;
  } finally {
    await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => undefined);
    client.release();
  }
}
