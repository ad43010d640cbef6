// Refusals the engine gives. The code doubles as the i18n key the apps translate.

export const DOMAIN_ERROR_CODES = [
  'outside_opening_hours',
  'holiday',
  'series_daily_cap_reached',
  'series_exhausted',
  'unknown_procedure',
  'procedure_retired',
  'unknown_series',
  'unknown_counter',
  'unknown_ticket',
  'unknown_priority',
  'counter_paused',
  'counter_not_paused',
  'counter_busy',
  'counter_occupied',
  'counter_not_signed_in',
  'counter_has_no_ticket',
  'ticket_not_waiting',
  'ticket_not_called',
  'ticket_not_serving',
  'ticket_not_open',
  'ticket_not_eligible',
  'ticket_not_no_show',
  'reactivate_window_passed',
  'recall_limit_reached',
  'transfer_target_invalid',
  'ticket_not_done',
  'already_rated',
  'rating_invalid',
  'wrong_day',
  'dossier_code_invalid',
  'no_show_needs_recall',
  'visit_too_long',
] as const;

export type DomainErrorCode = (typeof DOMAIN_ERROR_CODES)[number];

export interface DomainError {
  code: DomainErrorCode;
  message: string;
  /** Extra facts for the caller, e.g. the next opening time or the officer holding a counter. */
  details?: Record<string, unknown>;
}

export function domainError(
  code: DomainErrorCode,
  message: string,
  details?: Record<string, unknown>,
): DomainError {
  return details ? { code, message, details } : { code, message };
}
