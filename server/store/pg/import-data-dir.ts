// Moving a ward up: copies an embedded data directory (config, sessions, every site-day journal,
// the audit, each site's bookings and integrations) into a PostgreSQL store. Safe to re-run: a day
// already in the database must be the start of the file's day (then only what is missing is added),
// sessions are upserted, an audit month gets only the entries past those already there; bookings
// and integrations follow the same rule (import-site-data.ts). A day whose database copy differs
// from the file is refused, never overwritten. The configuration (sites, users, devices) goes in
// last: a running cluster takes a new site over only once everything of it is there.
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { FileStore } from '../file-store.js';
import { encodeJournalLine } from '../journal-line.js';
import {
  emptySiteDataReport,
  importSiteData,
  type SiteDataReport,
  subdirectories,
} from './import-site-data.js';
import type { PgStore } from './pg-store.js';

/** Conflicts name the days, bookings or integrations refused because the database holds something else. */
export interface ImportReport extends SiteDataReport {
  sites: number;
  days: number;
  eventsAdded: number;
  daysUnchanged: number;
  auditAdded: number;
  sessions: number;
}

async function siteIds(source: FileStore): Promise<string[]> {
  const ids = new Set(source.config.sites.map((s) => s.config.site.id));
  for (const name of await subdirectories(join(source.dataDir, 'sites'))) ids.add(name);
  return [...ids].sort();
}

async function auditMonths(source: FileStore): Promise<string[]> {
  try {
    return (await readdir(join(source.dataDir, 'audit')))
      .filter((n) => /^\d{4}-\d{2}\.jsonl$/.test(n))
      .map((n) => n.slice(0, 7))
      .sort();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
}

export async function importDataDir(source: FileStore, target: PgStore): Promise<ImportReport> {
  const report: ImportReport = {
    sites: 0,
    days: 0,
    eventsAdded: 0,
    daysUnchanged: 0,
    auditAdded: 0,
    sessions: 0,
    ...emptySiteDataReport(),
  };
  const sessions = [...source.sessions];
  await target.updateSessions((list) => {
    const known = new Set(list.map((s) => s.tokenHash));
    list.push(...sessions.filter((s) => !known.has(s.tokenHash)));
  });
  report.sessions = sessions.length;

  const sites = await siteIds(source);
  for (const siteId of sites) {
    report.sites += 1;
    for (const day of await source.listDays(siteId)) {
      report.days += 1;
      const file = await source.readDay(siteId, day);
      const db = await target.readDay(siteId, day);
      const same = db.every(
        (e, i) => file[i] !== undefined && encodeJournalLine(e) === encodeJournalLine(file[i]),
      );
      if (!same || db.length > file.length) {
        report.conflicts.push(
          `${siteId} ${day}: the database holds ${db.length} events that differ from the file`,
        );
        continue;
      }
      const missing = file.slice(db.length);
      if (missing.length === 0) report.daysUnchanged += 1;
      else await target.appendEvents(siteId, day, missing);
      await target.releaseDay(siteId, day);
      report.eventsAdded += missing.length;
    }
  }

  for (const month of await auditMonths(source)) {
    const file = await source.readAudit(month);
    const db = await target.readAudit(month);
    for (const entry of file.slice(db.length)) await target.appendAudit(entry);
    report.auditAdded += Math.max(0, file.length - db.length);
  }

  await importSiteData(source, target, sites, report);

  const config = structuredClone(source.config);
  await target.updateConfig((data) => {
    // The file's records win; records only in the database (other centres) stay.
    const merge = <T>(into: T[], from: T[], id: (t: T) => string) => {
      const ids = new Set(from.map(id));
      into.splice(0, into.length, ...into.filter((t) => !ids.has(id(t))), ...from);
    };
    merge(data.sites, config.sites, (s) => s.config.site.id);
    merge(data.users, config.users, (u) => u.id);
    merge(data.devices, config.devices, (d) => d.id);
  });
  return report;
}
