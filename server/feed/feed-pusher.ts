// A centre on its own embedded hub feeds the province (LUOT_PROVINCE_URL + LUOT_PROVINCE_KEY). It
// runs beside the hub on a timer and never in a command's path, so a cut line never slows the hall.
// Each round, for every site and its recent days, it asks the province where it stands (once, then
// remembers what was acknowledged) and sends the journal lines past that, at least once; the
// province keeps each seq once, so a resend after a timeout changes nothing. After hours offline the
// next round simply sends everything the province lacks.
import type { Logger } from '../services/ports.js';
import { encodeJournalLine } from '../store/journal-line.js';
import type { Store } from '../store/store.js';
import { FEED_BATCH, FEED_KEY_HEADER, type FeedCursor } from './feed-protocol.js';

export interface FeedPusherOptions {
  provinceUrl: string;
  key: string;
  store: Store;
  /** The sites this hub writes. */
  siteIds: () => string[];
  logger: Logger;
  intervalMs?: number;
  /** How many recent days of each site are kept in step (default 7). */
  days?: number;
}

/** Body bytes per request, under the province's 64 kB JSON limit. */
const MAX_BATCH_BYTES = 48_000;

export class FeedPusher {
  private readonly acked = new Map<string, number>();
  private timer: NodeJS.Timeout | null = null;
  private round: Promise<void> | null = null;
  private failing = false;

  constructor(private readonly options: FeedPusherOptions) {}

  start(): void {
    this.timer = setInterval(() => void this.pushNow(), this.options.intervalMs ?? 10_000);
    this.timer.unref();
    void this.pushNow();
  }

  /** One round (a round already running is joined). Never throws. */
  pushNow(): Promise<void> {
    this.round ??= this.pushAll()
      .then(() => {
        if (this.failing) this.options.logger.info({}, 'province feed: in step again');
        this.failing = false;
      })
      .catch((error: unknown) => {
        if (!this.failing)
          this.options.logger.warn(
            { err: error instanceof Error ? error.message : String(error) },
            'province feed: cannot reach the province; the hall is not affected, sending resumes by itself',
          );
        this.failing = true;
      })
      .finally(() => {
        this.round = null;
      });
    return this.round;
  }

  private async pushAll(): Promise<void> {
    for (const siteId of this.options.siteIds()) {
      const days = (await this.options.store.listDays(siteId)).slice(-(this.options.days ?? 7));
      for (const day of days) await this.pushDay(siteId, day);
    }
  }

  private async pushDay(siteId: string, day: string): Promise<void> {
    const events = await this.options.store.readDay(siteId, day);
    const key = `${siteId}/${day}`;
    let held = this.acked.get(key);
    if (held === undefined) held = await this.cursor(siteId, day);
    while (held < events.length) {
      const lines: string[] = [];
      let bytes = 0;
      for (const event of events.slice(held, held + FEED_BATCH)) {
        const line = encodeJournalLine(event).slice(0, -1);
        if (lines.length > 0 && bytes + line.length > MAX_BATCH_BYTES) break;
        lines.push(line);
        bytes += Buffer.byteLength(line) + 3;
      }
      held = await this.send(siteId, day, lines);
      this.acked.set(key, held);
    }
    this.acked.set(key, held);
  }

  private async request(path: string, init: RequestInit = {}): Promise<FeedCursor> {
    const res = await fetch(new URL(path, this.options.provinceUrl), {
      ...init,
      headers: { [FEED_KEY_HEADER]: this.options.key, 'content-type': 'application/json' },
      signal: AbortSignal.timeout(15_000),
    });
    const body = (await res.json().catch(() => null)) as
      | (FeedCursor & { error?: { code: string; details?: FeedCursor } })
      | null;
    // A gap (the province lost or never had the earlier lines): start again from where it stands.
    if (res.status === 409 && body?.error?.code === 'feed_gap' && body.error.details)
      return { seq: body.error.details.seq };
    if (!res.ok || typeof body?.seq !== 'number')
      throw new Error(`province answered ${res.status} ${body?.error?.code ?? ''}`.trim());
    return { seq: body.seq };
  }

  private async cursor(siteId: string, day: string): Promise<number> {
    const q = new URLSearchParams({ siteId, day });
    return (await this.request(`/api/province/feed/cursor?${q}`)).seq;
  }

  private async send(siteId: string, day: string, lines: string[]): Promise<number> {
    return (
      await this.request('/api/province/feed', {
        method: 'POST',
        body: JSON.stringify({ siteId, day, lines }),
      })
    ).seq;
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    await this.round;
  }
}
