// The recent delivery attempts of one webhook subscription, newest first, bounded (the journal
// and the cursor are the durable truth; this log is for the manager who asks "what happened").
import type { DeliveryView } from '../../shared/protocol/integration-schemas.js';

export const DELIVERY_LOG_SIZE = 200;

export class DeliveryLog {
  private readonly entries: DeliveryView[] = [];
  lastError: string | null = null;
  lastDeliveredAt: number | null = null;

  add(entry: DeliveryView): void {
    this.entries.unshift(entry);
    if (this.entries.length > DELIVERY_LOG_SIZE) this.entries.length = DELIVERY_LOG_SIZE;
    if (entry.status === 'delivered') {
      this.lastError = null;
      this.lastDeliveredAt = entry.at;
    } else {
      this.lastError = entry.error;
    }
  }

  list(limit = DELIVERY_LOG_SIZE): DeliveryView[] {
    return this.entries.slice(0, limit);
  }
}
