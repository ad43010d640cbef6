// When a finished ticket may still be rated: from the citizen's phone within the site's phone
// window (phoneWindowMinutes), at the counter's tablet only while its rating screen is up
// (closeAfterSeconds after the finish, plus a few seconds for the tap in flight). Outside, the
// answer is 409 rating_window_closed — marks given later by staff are not the citizen's.
import type { Ticket } from '../../shared/domain/model.js';
import type { RatingSettings } from '../../shared/protocol/config-schemas.js';
import { ServiceError } from './service-error.js';

/** A tap made as the screen closes still reaches the hub. */
export const COUNTER_RATING_GRACE_MS = 5_000;

export function ratingOpen(
  ticket: Pick<Ticket, 'status' | 'rating' | 'finishedAt'>,
  settings: RatingSettings,
  via: 'phone' | 'counter',
  now: number,
): boolean {
  if (ticket.status !== 'done' || ticket.rating || ticket.finishedAt === null) return false;
  const windowMs =
    via === 'phone'
      ? settings.phoneWindowMinutes * 60_000
      : settings.closeAfterSeconds * 1000 + COUNTER_RATING_GRACE_MS;
  return now - ticket.finishedAt <= windowMs;
}

/**
 * Refuses a rating outside its window. Tickets not done or already rated pass: the engine gives
 * those their own answers (ticket_not_done, already_rated).
 */
export function refuseClosedRating(
  ticket: Ticket | undefined,
  settings: RatingSettings,
  via: 'phone' | 'counter',
  now: number,
): void {
  if (ticket?.status !== 'done' || ticket.rating) return;
  if (!ratingOpen(ticket, settings, via, now)) {
    throw new ServiceError(409, 'rating_window_closed', 'Đã hết thời gian đánh giá cho lượt này.');
  }
}
