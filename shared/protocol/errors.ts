// Error codes of the API. Each code doubles as the i18n key the apps translate.
import { DOMAIN_ERROR_CODES, type DomainErrorCode } from '../domain/errors.js';

export const API_ERROR_CODES = [
  'invalid_input',
  'invalid_credentials',
  'unauthorized',
  'token_expired',
  'forbidden',
  'origin_not_allowed',
  'not_found',
  'rate_limited',
  'sign_in_throttled',
  'host_not_allowed',
  'issue_limited',
  'payload_too_large',
  'account_disabled',
  'device_revoked',
  'conflict',
  'site_unavailable',
  'rating_window_closed',
  'password_rejected',
  'pairing_code_invalid',
  'internal',
  // Appointments and remote tickets
  'appointments_closed',
  'procedure_not_bookable',
  'closed_day',
  'slot_unavailable',
  'slot_full',
  'phone_limit',
  'phone_invalid',
  'booking_cancelled',
  'already_checked_in',
  'outside_window',
  // Integrations
  'url_not_allowed',
  // Province: centres that feed their journal
  'feed_key_invalid',
  'feed_gap',
  'feed_conflict',
  'feed_invalid',
  // Reports over a set of centres
  'centres_forbidden',
  'centres_unknown',
  'centres_too_many',
  'period_invalid',
  'period_too_long',
] as const;

export type ApiErrorCode = (typeof API_ERROR_CODES)[number] | DomainErrorCode;
export const ALL_ERROR_CODES: readonly ApiErrorCode[] = [...API_ERROR_CODES, ...DOMAIN_ERROR_CODES];

export interface ApiError {
  code: ApiErrorCode;
  message: string;
  details?: unknown;
}

export type Result<T> = { ok: true; data: T } | { ok: false; error: ApiError };
