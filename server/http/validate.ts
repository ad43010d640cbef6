// Parsing request input with the shared zod schemas. Bad input becomes 400 invalid_input.
import type { z } from 'zod';
import { ServiceError } from '../services/service-error.js';

export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.infer<S> {
  const result = schema.safeParse(input ?? {});
  if (!result.success) {
    const issues = result.error.issues
      .slice(0, 5)
      .map((i) => ({ path: i.path.map(String).join('.'), message: i.message }));
    throw new ServiceError(400, 'invalid_input', 'Dữ liệu không hợp lệ.', { issues });
  }
  return result.data;
}

const PARAM = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/;

/** Route parameters are ids: anything else is a 404, not an error page. */
export function param(value: string | string[] | undefined, what: string): string {
  if (typeof value !== 'string' || !PARAM.test(value)) {
    throw new ServiceError(404, 'not_found', `Không tìm thấy ${what}.`);
  }
  return value;
}
