// Parsing outside input with the shared zod schemas. Bad input becomes 400 invalid_input with the
// first few problems, whatever transport brought it.
import type { z } from 'zod';
import { ServiceError } from './service-error.js';

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
