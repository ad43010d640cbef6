// Phone numbers citizens gave for messages about their ticket: in memory only, per site and day,
// forgotten when the day closes (or the ticket's day is over) and never written to a log or a file.
import type { Locale } from '../../../shared/domain/model.js';

export interface PhoneEntry {
  phone: string;
  locale: Locale;
}

export class PhoneBook {
  /** siteId → day → ticketId → entry. */
  private readonly sites = new Map<string, { day: string; tickets: Map<string, PhoneEntry> }>();

  set(siteId: string, day: string, ticketId: string, entry: PhoneEntry): void {
    let site = this.sites.get(siteId);
    if (!site || site.day !== day) {
      site = { day, tickets: new Map() };
      this.sites.set(siteId, site);
    }
    site.tickets.set(ticketId, entry);
  }

  get(siteId: string, day: string, ticketId: string): PhoneEntry | null {
    const site = this.sites.get(siteId);
    return site && site.day === day ? (site.tickets.get(ticketId) ?? null) : null;
  }

  delete(siteId: string, ticketId: string): boolean {
    return this.sites.get(siteId)?.tickets.delete(ticketId) ?? false;
  }

  /** Forgets every number of the site's closed day. */
  purge(siteId: string): void {
    this.sites.delete(siteId);
  }

  count(siteId: string): number {
    return this.sites.get(siteId)?.tickets.size ?? 0;
  }
}
