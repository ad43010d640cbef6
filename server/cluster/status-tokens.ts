// Which site and ticket a status token names, for a node that does not write the ticket's site: the
// token is in the site's journal (the ticket:issued line, indexed by migration 006). Likewise the
// site of a booking's manage token (its booking:created event, indexed by migration 007). Answers are
// kept for a while (a token never moves to another site or ticket); unknown tokens are not kept,
// since the ticket may be issued a moment later.
import type pg from 'pg';
import { isToken } from '../services/status-token.js';

const KEPT = 20_000;

// The same expression and predicate as the index of 006_status_tokens.sql, so the index is used.
const FIND = `
  SELECT site_id, line FROM luot_events
  WHERE line LIKE '{"type":"ticket:issued",%'
    AND substring(line from '"statusToken":"([A-Za-z0-9_-]{16,64})"') = $1
  ORDER BY day DESC LIMIT 1`;

// The same expression and predicate as the index of 007_booking_tokens.sql.
const FIND_BOOKING = `
  SELECT site_id FROM luot_booking_events
  WHERE event LIKE '{"type":"booking:created",%'
    AND substring(event from '"manageToken":"([A-Za-z0-9_-]{16,64})"') = $1
  LIMIT 1`;

export interface TokenTicket {
  siteId: string;
  ticketId: string;
}

export class StatusTokens {
  private readonly known = new Map<string, TokenTicket>();
  private readonly tokens = new Map<string, string>();
  private readonly bookings = new Map<string, string>();

  constructor(private readonly pool: pg.Pool) {}

  /** What prepare() or find() learnt already (null: not known here). */
  cached(token: string): TokenTicket | null {
    return this.known.get(token) ?? null;
  }

  async find(token: string): Promise<TokenTicket | null> {
    if (!isToken(token)) return null;
    const cached = this.known.get(token);
    if (cached) return cached;
    const { rows } = await this.pool.query<{ site_id: string; line: string }>(FIND, [token]);
    const row = rows[0];
    if (!row) return null;
    const ticketId = (JSON.parse(row.line) as { ticket?: { id?: unknown } }).ticket?.id;
    if (typeof ticketId !== 'string') return null;
    const found = { siteId: row.site_id, ticketId };
    const oldest = this.known.size >= KEPT ? this.known.entries().next().value : undefined;
    if (oldest) {
      this.known.delete(oldest[0]);
      this.tokens.delete(oldest[1].ticketId);
    }
    this.known.set(token, found);
    this.tokens.set(ticketId, token);
    return found;
  }

  /** The site a booking's manage token belongs to (kept like status tokens; null: unknown). */
  async bookingSite(token: string): Promise<string | null> {
    if (!isToken(token)) return null;
    const cached = this.bookings.get(token);
    if (cached) return cached;
    const { rows } = await this.pool.query<{ site_id: string }>(FIND_BOOKING, [token]);
    const siteId = rows[0]?.site_id ?? null;
    if (siteId === null) return null;
    if (this.bookings.size >= KEPT) this.bookings.delete(this.bookings.keys().next().value as string);
    this.bookings.set(token, siteId);
    return siteId;
  }

  /** The token of a ticket learnt here (a phone socket's ticket id back to its token). */
  tokenOf(ticketId: string): string | null {
    return this.tokens.get(ticketId) ?? null;
  }
}
