// The shape of every token a citizen's link carries (a ticket's status token, a booking's manage
// token): checked before any lookup, and a malformed one reads as an unknown ticket or booking.
import { notFound } from './service-error.js';

/** The token's characters and length, for patterns that embed it (paths, SQL). */
export const TOKEN_CHARS = '[A-Za-z0-9_-]{16,64}';
const TOKEN = new RegExp(`^${TOKEN_CHARS}$`);

export function isToken(value: unknown): value is string {
  return typeof value === 'string' && TOKEN.test(value);
}

/** A token from outside, or 404 naming what it was meant to find. */
export function tokenParam(value: unknown, what: string): string {
  if (!isToken(value)) throw notFound(what);
  return value;
}

export function statusToken(value: unknown): string {
  return tokenParam(value, 'số thứ tự');
}
