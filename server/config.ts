// The environment, read and validated once (only main.ts calls this). Bad values stop start-up
// with a message naming each bad variable.
import { z } from 'zod';

const printerTarget = z
  .string()
  .trim()
  .refine(
    (v) => v === 'none' || /^tcp:\/\/[A-Za-z0-9.-]+(:\d{1,5})?$/.test(v) || /^(\/|\.\/|[A-Za-z]:\\)/.test(v),
    'expected tcp://host:port, a device or file path, or none',
  );

export const envSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('0.0.0.0'),
  LUOT_DATA_DIR: z.string().min(1).default('./data'),
  LUOT_ADMIN_PASSWORD: z.string().min(8, 'at least 8 characters').optional(),
  LUOT_PRINTER: printerTarget.default('none'),
  LUOT_PUBLIC_URL: z.url({ protocol: /^https?$/ }).optional(),
  LUOT_LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  LUOT_SECURE_COOKIES: z.enum(['true', 'false']).default('false'),
  LUOT_DEMO: z.enum(['true', 'false']).default('true'),
});

export type Env = z.infer<typeof envSchema>;

export class ConfigError extends Error {}

export function readEnv(env: NodeJS.ProcessEnv): Env {
  const result = envSchema.safeParse(env);
  if (!result.success) {
    const lines = result.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Lượt cannot start: bad environment variable(s)\n${lines.join('\n')}`);
  }
  return result.data;
}
