// Whether a store is a province's PostgreSQL store, without loading the pg driver: a ward's hub
// (the embedded store) never loads it, which keeps its start short.
import type { Store } from '../store.js';
import type { PgStore } from './pg-store.js';

export function isPgStore(store: Store): store is PgStore {
  return store.kind === 'postgresql';
}
