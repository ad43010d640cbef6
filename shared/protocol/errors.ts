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
  'payload_too_large',
  'account_disabled',
  'device_revoked',
  'conflict',
  'site_unavailable',
  'rating_window_closed',
  'internal',
] as const;

export type ApiErrorCode = (typeof API_ERROR_CODES)[number] | DomainErrorCode;
export const ALL_ERROR_CODES: readonly ApiErrorCode[] = [...API_ERROR_CODES, ...DOMAIN_ERROR_CODES];

export interface ApiError {
  code: ApiErrorCode;
  message: string;
  details?: unknown;
}

export type Result<T> = { ok: true; data: T } | { ok: false; error: ApiError };
