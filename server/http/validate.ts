// Parsing request input with the shared zod schemas. Bad input becomes 400 invalid_input.
import { ServiceError } from '../services/service-error.js';

export { parseInput } from '../services/parse-input.js';

const PARAM = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/;

/** Route parameters are ids: anything else is a 404, not an error page. */
export function param(value: string | string[] | undefined, what: string): string {
  if (typeof value !== 'string' || !PARAM.test(value)) {
    throw new ServiceError(404, 'not_found', `Không tìm thấy ${what}.`);
  }
  return value;
}
