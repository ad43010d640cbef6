// Errors raised by the printing module. `code` doubles as the i18n key on the kiosk and admin screens.

export type PrintErrorCode =
  | 'invalid_printer_target'
  | 'invalid_slip_input'
  | 'slip_render_failed'
  | 'printer_disabled'
  | 'printer_offline'
  | 'printer_paper_out'
  | 'printer_cover_open'
  | 'printer_write_failed'
  | 'print_retries_exhausted'
  | 'print_job_expired'
  | 'print_job_not_found'
  | 'print_service_closed';

export class PrintError extends Error {
  readonly code: PrintErrorCode;

  constructor(code: PrintErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'PrintError';
    this.code = code;
  }
}

/** The `{ code, message }` shape sent to callers and clients. */
export interface PrintErrorInfo {
  code: PrintErrorCode;
  message: string;
}

export function toErrorInfo(error: unknown, fallback: PrintErrorCode): PrintErrorInfo {
  if (error instanceof PrintError) return { code: error.code, message: error.message };
  const message = error instanceof Error ? error.message : String(error);
  return { code: fallback, message };
}
