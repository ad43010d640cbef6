// One transaction on a pooled connection for the PostgreSQL stores (configuration, sessions,
// bookings, integrations): what `work` returns is handed back only once COMMIT has succeeded. A
// failure of the database is a StoreWriteError naming where (the hub answers 503 and the caller may
// retry); damage found inside (CorruptDataError) and a refusal of the caller's own change
// (refusable) pass through untouched.
import type pg from 'pg';
import { CorruptDataError, StoreWriteError } from '../errors.js';

/** What a caller's change function threw, carried through the transaction untouched. */
class Refused {
  constructor(readonly reason: unknown) {}
}

/** Runs a caller's change inside work(): whatever it throws is rethrown as is, after ROLLBACK. */
export function refusable<R>(change: () => R): R {
  try {
    return change();
  } catch (error) {
    throw new Refused(error);
  }
}

export async function inTransaction<R>(
  pool: pg.Pool,
  where: string,
  work: (client: pg.PoolClient) => Promise<R>,
): Promise<R> {
  let client: pg.PoolClient;
  try {
    client = await pool.connect();
  } catch (error) {
    throw StoreWriteError.of(where, error);
  }
  let broken: Error | undefined;
  try {
    await client.query('BEGIN');
    const result = await work(client);
    await client.query('COMMIT');
    return result;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    if (error instanceof Refused) throw error.reason;
    if (error instanceof CorruptDataError) throw error;
    // The connection may be what failed: it is not given back to the pool.
    broken = error instanceof Error ? error : new Error(String(error));
    throw StoreWriteError.of(where, error);
  } finally {
    client.release(broken);
  }
}
