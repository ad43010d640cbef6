// npm run import-to-pg -- [data directory]: copies an embedded data directory (configuration,
// journals, audit, bookings, integrations) into the PostgreSQL database named by LUOT_DATABASE_URL.
// Stop the ward's hub first (the data directory is locked while it runs). Safe to re-run; prints
// what it added and anything it refused.
import { resolve } from 'node:path';
import { CorruptDataError, DataDirError } from '../server/store/errors.js';
import { FileStore } from '../server/store/file-store.js';
import { importDataDir } from '../server/store/pg/import-data-dir.js';
import { DatabaseError } from '../server/store/pg/pg-errors.js';
import { PgStore } from '../server/store/pg/pg-store.js';

async function main(): Promise<number> {
  const url = process.env.LUOT_DATABASE_URL;
  if (!url || !/^postgres(ql)?:\/\//.test(url)) {
    process.stderr.write('Set LUOT_DATABASE_URL to the database, e.g. postgres://luot@db.example/luot\n');
    return 2;
  }
  const dataDir = resolve(process.argv[2] ?? process.env.LUOT_DATA_DIR ?? './data');
  const source = await FileStore.open(dataDir);
  try {
    const target = await PgStore.open(url, { poolSize: 2 });
    try {
      const r = await importDataDir(source, target);
      process.stdout.write(
        `Imported ${dataDir} into ${target.location}: ${r.sites} site(s), ${r.days} day(s) (${r.daysUnchanged} already there), ${r.eventsAdded} event(s) added, ${r.auditAdded} audit entr(ies) added, ${r.sessions} session(s); bookings of ${r.bookingSites} site(s), ${r.bookingEventsAdded} booking event(s) added; integrations of ${r.integrationSites} site(s), ${r.integrationsAdded} added, ${r.cursorsAdded} delivery cursor(s) added.\n`,
      );
      for (const c of r.conflicts) process.stderr.write(`Refused: ${c}\n`);
      return r.conflicts.length > 0 ? 1 : 0;
    } finally {
      await target.close();
    }
  } finally {
    await source.close();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    const known =
      error instanceof CorruptDataError || error instanceof DataDirError || error instanceof DatabaseError;
    process.stderr.write(`${known ? (error as Error).message : String((error as Error)?.stack ?? error)}\n`);
    process.exit(1);
  },
);
