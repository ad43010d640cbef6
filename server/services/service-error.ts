// An error a client is meant to see: HTTP status, a stable code (the i18n key) and a message.
import type { DomainError, DomainErrorCode } from '../../shared/domain/errors.js';
import type { ApiError, ApiErrorCode } from '../../shared/protocol/errors.js';
import type { Denial } from '../auth/permissions.js';
import { StoreWriteError } from '../store/errors.js';

export class ServiceError extends Error {
  constructor(
    readonly status: number,
    readonly code: ApiErrorCode,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'ServiceError';
  }

  toJSON(): ApiError {
    return this.details === undefined
      ? { code: this.code, message: this.message }
      : { code: this.code, message: this.message, details: this.details };
  }
}

const LOCKED: ReadonlySet<DomainErrorCode> = new Set([
  'outside_opening_hours',
  'holiday',
  'series_daily_cap_reached',
  'series_exhausted',
]);
const NOT_FOUND: ReadonlySet<DomainErrorCode> = new Set([
  'unknown_procedure',
  'unknown_series',
  'unknown_counter',
  'unknown_ticket',
  'unknown_priority',
]);

export function fromDomainError(
  error: DomainError | { code: 'site_unavailable'; message: string },
): ServiceError {
  if (error.code === 'site_unavailable') return new ServiceError(503, error.code, error.message);
  const details = 'details' in error ? error.details : undefined;
  const status =
    error.code === 'dossier_code_invalid'
      ? 400
      : LOCKED.has(error.code)
        ? 423
        : NOT_FOUND.has(error.code)
          ? 404
          : 409;
  return new ServiceError(status, error.code, error.message, details);
}

export const notFound = (what: string) => new ServiceError(404, 'not_found', `Không tìm thấy ${what}.`);

/**
 * The error a client sees for a thrown error, or null for an unexpected one (a 500): a disk that
 * refuses writes answers 503 site_unavailable wherever it happens (sign-in, configuration, queue).
 */
export function knownError(error: unknown): ServiceError | null {
  if (error instanceof ServiceError) return error;
  if (error instanceof StoreWriteError) {
    return new ServiceError(503, 'site_unavailable', 'Không ghi được dữ liệu; thử lại sau ít phút.');
  }
  return null;
}

/** Throws a rule's refusal (server/auth/permissions.ts) as the error the client sees. */
export function refuse(denial: Denial | null): void {
  if (denial) throw new ServiceError(denial.status, denial.code, denial.message);
}
