// Who may point a kiosk at which printer: managers a network printer (tcp://host:port) or none;
// device and file paths on the server only administrators.
import { authorize } from '../auth/permissions.js';
import type { Principal } from '../auth/principal.js';
import { parsePrinterTarget } from '../printing/printer-target.js';
import { refuse, ServiceError } from '../services/service-error.js';

/** Checks a printer target for this principal; returns the value to store (null = the default). */
export function allowedPrinterTarget(
  principal: Principal,
  printer: string | null | undefined,
): string | null {
  const value = printer === '' || printer === undefined ? null : printer;
  if (value === null) return null;
  let kind: string;
  try {
    kind = parsePrinterTarget(value).kind;
  } catch (error) {
    throw new ServiceError(400, 'invalid_input', (error as Error).message);
  }
  if (kind === 'file') refuse(authorize(principal, 'printer:file-target'));
  return value;
}
