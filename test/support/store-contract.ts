// The plumbing of the store contract tests (the same tests against the embedded files and
// PostgreSQL): what a test opens is closed after it, last opened first; a subject's own clean-up
// (its temp dir or database) runs once all of that is closed.
import { afterEach } from 'vitest';
import { PgStore } from '../../server/store/pg/pg-store.js';

type Close = () => Promise<void>;

export function storeContractCleanup() {
  const closers: Close[] = [];
  afterEach(async () => {
    for (const close of closers.splice(0).reverse()) await close().catch(() => undefined);
  });
  return {
    /** Runs after the test, once everything it opened is closed (e.g. dropping its database). */
    cleanUpLast(cleanup: Close): void {
      closers.unshift(cleanup);
    },
    /** A fresh subject, cleaned up after the test. */
    async subjectOf<S extends { cleanup: Close }>(make: () => Promise<S>): Promise<S> {
      const subject = await make();
      closers.unshift(() => subject.cleanup());
      return subject;
    },
    /** A store on its own PostgreSQL pool, both closed after the test. */
    async onPg<T extends { close: Close }>(url: string, open: (pg: PgStore) => T | Promise<T>): Promise<T> {
      const pg = await PgStore.open(url, { poolSize: 4 });
      const store = await open(pg);
      closers.push(async () => {
        await store.close();
        await pg.close();
      });
      return store;
    },
  };
}
