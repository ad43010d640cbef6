// import-to-pg, the parts kept beside the journal: each site's bookings (appointments.jsonl) and
// integrations (settings, webhook subscriptions with their secrets, delivery cursors). Safe to
// re-run: bookings already in the database must be the start of the file's (then only what is
// missing is added); a site's integrations are added when the database has none and left alone
// when it holds the same; a cursor already in the database is kept (the province may have
// delivered since). Anything else in the database is refused and named, never overwritten.
import { access, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { FileBookingStore } from '../../appointments/booking-store.js';
import { FileIntegrationStore } from '../../integrations/integration-store.js';
import type { FileStore } from '../file-store.js';
import { PgBookingStore } from './pg-booking-store.js';
import { PgIntegrationStore } from './pg-integration-store.js';
import type { PgStore } from './pg-store.js';

export interface SiteDataReport {
  /** Sites with bookings, and booking events added. */
  bookingSites: number;
  bookingEventsAdded: number;
  /** Sites with integrations, those added, and delivery cursors added. */
  integrationSites: number;
  integrationsAdded: number;
  cursorsAdded: number;
  /** What was refused because the database holds something else. */
  conflicts: string[];
}

/** JSON with every object's keys sorted: the same value gives the same text (jsonb reorders keys). */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : 1)))
      : v,
  );
}

const exists = (path: string) =>
  access(path).then(
    () => true,
    () => false,
  );

/** The names of a directory's subdirectories; none when the directory is missing. */
export async function subdirectories(dir: string): Promise<string[]> {
  try {
    return (await readdir(dir, { withFileTypes: true })).filter((e) => e.isDirectory()).map((e) => e.name);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
}

export function emptySiteDataReport(): SiteDataReport {
  return {
    bookingSites: 0,
    bookingEventsAdded: 0,
    integrationSites: 0,
    integrationsAdded: 0,
    cursorsAdded: 0,
    conflicts: [],
  };
}

/** Adds the given sites' bookings and integrations to the target, counted into `report`. */
export async function importSiteData(
  source: FileStore,
  target: PgStore,
  siteIds: readonly string[],
  report: SiteDataReport = emptySiteDataReport(),
): Promise<SiteDataReport> {
  const fileBookings = new FileBookingStore(source.dataDir);
  const pgBookings = new PgBookingStore(target.pool, target.location);
  try {
    for (const siteId of siteIds) {
      const file = await fileBookings.load(siteId);
      if (file.length === 0) continue;
      report.bookingSites += 1;
      const db = await pgBookings.load(siteId);
      if (db.length > file.length || db.some((e, i) => canonical(e) !== canonical(file[i]))) {
        report.conflicts.push(
          `${siteId} bookings: the database holds ${db.length} booking event(s) that differ from the file`,
        );
        continue;
      }
      const missing = file.slice(db.length);
      await pgBookings.append(siteId, missing);
      report.bookingEventsAdded += missing.length;
    }
  } finally {
    await pgBookings.close();
    await fileBookings.close();
  }

  const dir = join(source.dataDir, 'integrations');
  const files = new FileIntegrationStore(dir);
  const pgIntegrations = await PgIntegrationStore.open(target);
  try {
    const ids = [...new Set([...siteIds, ...(await subdirectories(dir))])].sort();
    for (const siteId of ids) {
      if (!(await exists(join(dir, siteId, 'integrations.json')))) continue;
      report.integrationSites += 1;
      const data = await files.load(siteId);
      const stored = await pgIntegrations.stored(siteId);
      if (stored && canonical(stored) !== canonical(data)) {
        report.conflicts.push(
          `${siteId} integrations: the database holds other settings or webhooks than the file`,
        );
        continue;
      }
      if (!stored && (await pgIntegrations.insertIfAbsent(siteId, data))) report.integrationsAdded += 1;
      for (const webhook of data.webhooks) {
        const cursor = await files.readCursor(siteId, webhook.id);
        if (cursor && (await pgIntegrations.insertCursorIfAbsent(siteId, webhook.id, cursor)))
          report.cursorsAdded += 1;
      }
    }
  } finally {
    await pgIntegrations.close();
    await files.close();
  }
  return report;
}
