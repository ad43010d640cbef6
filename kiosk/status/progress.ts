// How far along the queue a ticket is, for the phone page's bar: 0 when it was taken, up to 90 %
// while waiting (by people ahead compared with the most ever seen ahead), 100 % once called.
import type { TicketStatus } from '../../shared/domain/model.js';

export function queueProgress(status: TicketStatus, ahead: number, mostAhead: number): number {
  if (status !== 'waiting') return 100;
  const start = Math.max(mostAhead, ahead);
  if (start <= 0) return 90;
  return Math.round(((start - ahead) / start) * 90);
}
