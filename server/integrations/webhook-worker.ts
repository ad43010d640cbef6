// Delivers one subscription's events, one at a time, in (day, seq, index) order. An attempt that
// fails is retried with exponential backoff (and jitter) until it succeeds, the subscription is
// paused or deleted: a later event never overtakes an earlier one. The cursor moves (fsync'ed)
// only after the receiver answered 2xx, so a kill -9 at any moment re-sends at most the event in
// flight, with the same X-Luot-Delivery id: receivers deduplicate by it.
import type { DeliveryView } from '../../shared/protocol/integration-schemas.js';
import type { Logger } from '../services/ports.js';
import { DeliveryLog } from './delivery-log.js';
import { postJson } from './http-post.js';
import type { Cursor, IntegrationStore, WebhookRecord } from './integration-store.js';
import type { OutboundEvent } from './outbound-events.js';
import { signBody } from './signer.js';
import { after, type FeedPosition, type SiteFeed } from './site-feed.js';
import type { UrlPolicy } from './url-policy.js';

export interface DeliveryTiming {
  retryBaseMs: number;
  retryMaxMs: number;
  timeoutMs: number;
  /** How long an idle worker waits before looking again (it is also woken by news). */
  idleMs: number;
}

export const DEFAULT_TIMING: DeliveryTiming = {
  retryBaseMs: 1000,
  retryMaxMs: 5 * 60_000,
  timeoutMs: 10_000,
  idleMs: 30_000,
};

export function backoffMs(attempt: number, timing: DeliveryTiming, random = Math.random): number {
  const base = Math.min(timing.retryMaxMs, timing.retryBaseMs * 2 ** Math.min(attempt - 1, 30));
  return Math.round(base * (0.75 + random() * 0.5));
}

export class WebhookWorker {
  readonly log = new DeliveryLog();
  private stopped = false;
  private cursor: Cursor;
  /** Scanned without finding an event of this subscription's types (not persisted). */
  private scanned: FeedPosition;
  private running: Promise<void> = Promise.resolve();
  /** How many times the cursor was moved from outside (a replay): a loop that sees it change drops what it found. */
  private moves = 0;
  private interrupt: (() => void) | null = null;

  constructor(
    readonly siteId: string,
    public record: WebhookRecord,
    cursor: Cursor,
    private readonly feed: SiteFeed,
    private readonly store: IntegrationStore,
    private readonly policy: UrlPolicy,
    private readonly timing: DeliveryTiming,
    private readonly logger: Logger,
    private readonly userAgent: string,
  ) {
    this.cursor = { ...cursor };
    this.scanned = { ...cursor };
  }

  get position(): Cursor {
    return { ...this.cursor };
  }

  start(): void {
    this.running = this.loop().catch((error: unknown) => {
      this.logger.error({ webhook: this.record.id, err: String(error) }, 'webhook worker stopped');
    });
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.poke();
    await this.running;
  }

  /** Ends any wait now (stop, pause, resume, replay). */
  poke(): void {
    this.interrupt?.();
  }

  /** Waits ms, or less when poked, or (with news) when the feed publishes. */
  private nap(ms: number, news: boolean): Promise<void> {
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        cancel();
        this.interrupt = null;
        resolve();
      };
      const timer = setTimeout(done, ms);
      const cancel = news ? this.feed.onNews(done) : () => undefined;
      this.interrupt = done;
    });
  }

  /** Moves the cursor (replay); the loop picks it up at its next step. */
  async moveTo(cursor: Cursor): Promise<void> {
    this.cursor = { ...cursor };
    this.scanned = { ...cursor };
    this.moves += 1;
    await this.store.writeCursor(this.siteId, this.record.id, this.cursor);
    this.poke();
  }

  private accepts = (e: OutboundEvent) => this.record.events.includes(e.type);

  private async loop(): Promise<void> {
    await this.feed.ready();
    while (!this.stopped) {
      if (this.record.paused) {
        await this.nap(this.timing.idleMs, false);
        continue;
      }
      // A move (replay) during any await below makes what was found stale: start over from it.
      const moves = this.moves;
      const from = after(this.scanned, this.cursor) ? this.scanned : this.cursor;
      const next = await this.feed.nextAfter(from, this.accepts);
      if (this.moves !== moves) continue;
      if (next === null) {
        const head = this.feed.head;
        if (after(head, this.scanned)) this.scanned = head;
        await this.nap(this.timing.idleMs, true);
        continue;
      }
      if ('skipTo' in next) {
        this.scanned = next.skipTo;
        continue;
      }
      const delivered = await this.deliver(next, moves);
      if (!delivered || this.moves !== moves || this.stopped) continue;
      this.cursor = { day: next.day, seq: next.seq, index: next.index };
      this.scanned = { ...this.cursor };
      await this.store.writeCursor(this.siteId, this.record.id, this.cursor);
    }
  }

  /** Tries until the receiver takes it; false when stopped, paused or moved meanwhile. */
  private async deliver(event: OutboundEvent, moves: number): Promise<boolean> {
    const body = JSON.stringify({
      id: event.id,
      type: event.type,
      siteId: event.siteId,
      seq: event.seq,
      at: event.at,
      data: event.data,
    });
    const deliveryId = `${this.record.id}:${event.day}:${event.seq}:${event.index}`;
    for (let attempt = 1; ; attempt++) {
      if (this.stopped || this.record.paused || this.moves !== moves) return false;
      const started = Date.now();
      let status: number | null = null;
      let error: string | null = null;
      try {
        const res = await postJson(
          this.policy,
          this.record.url,
          body,
          {
            'user-agent': this.userAgent,
            'x-luot-event': event.type,
            'x-luot-delivery': deliveryId,
            'x-luot-signature': signBody(this.record.secret, body),
          },
          this.timing.timeoutMs,
        );
        status = res.status;
        if (status < 200 || status >= 300)
          error = `HTTP ${status}${res.body ? `: ${res.body.slice(0, 200)}` : ''}`;
      } catch (e) {
        error = e instanceof Error ? e.message : String(e);
      }
      const entry: DeliveryView = {
        deliveryId,
        eventId: event.id,
        type: event.type,
        day: event.day,
        seq: event.seq,
        attempt,
        status: error === null ? 'delivered' : 'failed',
        httpStatus: status,
        error,
        at: started,
        durationMs: Date.now() - started,
      };
      this.log.add(entry);
      if (error === null) return true;
      this.logger.warn(
        { webhook: this.record.id, deliveryId, attempt, err: error },
        'webhook delivery failed',
      );
      await this.nap(backoffMs(attempt, this.timing), false);
    }
  }
}
