// The environment, read and validated once (only main.ts calls this). Bad values stop start-up
// with a message naming each bad variable.
import { z } from 'zod';
import { parseTrustProxy, type TrustProxy } from './http/limits/trust-proxy.js';

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
  /** How long a forward jump of the wall clock must hold before the queue follows it (ms). */
  LUOT_CLOCK_CONFIRM_MS: z.coerce.number().int().min(1000).max(86_400_000).default(600_000),
  /** Tests only: a file holding {"offsetMs": n} added to the wall clock (refused in production). */
  LUOT_TEST_WALL_CLOCK_FILE: z.string().min(1).optional(),
  NODE_ENV: z.string().optional(),
  /** A province's hub nodes keep everything in this PostgreSQL database (default: embedded files). */
  LUOT_DATABASE_URL: z.url({ protocol: /^postgres(ql)?$/ }).optional(),
  /** This node's own address as the other nodes reach it (cluster forwarding), e.g. http://10.0.0.5:3000. */
  LUOT_NODE_URL: z.url({ protocol: /^https?$/ }).optional(),
  /** Secret shared by the nodes of one cluster: a forwarded request carries it. */
  LUOT_CLUSTER_KEY: z.string().min(16, 'at least 16 characters').optional(),
  /** A centre that feeds the province: the provincial hub's address and the key it issued. */
  LUOT_PROVINCE_URL: z.url({ protocol: /^https?$/ }).optional(),
  LUOT_PROVINCE_KEY: z.string().min(16).max(200).optional(),
  /** How often a feeding centre sends what the province lacks (ms). */
  LUOT_FEED_INTERVAL_MS: z.coerce.number().int().min(200).max(3_600_000).default(10_000),
  /** Webhooks and message gateways may point at loopback and private (LAN) addresses. */
  LUOT_WEBHOOK_ALLOW_PRIVATE: z.enum(['true', 'false']).default('false'),
  /** Proxies allowed to name the client's address: hop count or addresses (off by default). */
  LUOT_TRUST_PROXY: z
    .string()
    .optional()
    .transform((value, ctx): TrustProxy => {
      const parsed = parseTrustProxy(value);
      if (typeof parsed === 'object' && !Array.isArray(parsed)) {
        ctx.addIssue({ code: 'custom', message: parsed.error });
        return z.NEVER;
      }
      return parsed;
    }),
  /** Host names answered besides IP addresses, localhost, the machine's name and LUOT_PUBLIC_URL's. */
  LUOT_ALLOWED_HOSTS: z
    .string()
    .optional()
    .transform((value) =>
      (value ?? '')
        .split(',')
        .map((h) => h.trim())
        .filter((h) => h !== ''),
    )
    .refine((hosts) => hosts.every((h) => h === '*' || /^[A-Za-z0-9.-]{1,253}(:\d{1,5})?$/.test(h)), {
      message: 'expected host names separated by commas (or *)',
    }),
  LUOT_MAX_CONNECTIONS: z.coerce.number().int().min(10).max(1_000_000).default(2000),
  LUOT_MAX_CONNECTIONS_PER_IP: z.coerce.number().int().min(1).max(1_000_000).default(256),
  LUOT_HEADERS_TIMEOUT_MS: z.coerce.number().int().min(1000).max(120_000).default(10_000),
  LUOT_REQUEST_TIMEOUT_MS: z.coerce.number().int().min(1000).max(600_000).default(30_000),
  /** API requests per minute per caller (device, account, ticket, else address). */
  LUOT_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(10).max(1_000_000).default(600),
  LUOT_KIOSK_ISSUES_PER_MINUTE: z.coerce.number().int().min(1).max(10_000).default(20),
  LUOT_KIOSK_ISSUES_PER_HOUR: z.coerce.number().int().min(1).max(100_000).default(300),
});

export type Env = z.infer<typeof envSchema>;

export class ConfigError extends Error {}

export function readEnv(env: NodeJS.ProcessEnv): Env {
  const result = envSchema.safeParse(env);
  if (!result.success) {
    const lines = result.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Lượt cannot start: bad environment variable(s)\n${lines.join('\n')}`);
  }
  if (result.data.LUOT_HEADERS_TIMEOUT_MS > result.data.LUOT_REQUEST_TIMEOUT_MS) {
    throw new ConfigError(
      'Lượt cannot start: bad environment variable(s)\n  LUOT_HEADERS_TIMEOUT_MS: must not exceed LUOT_REQUEST_TIMEOUT_MS',
    );
  }
  if (result.data.LUOT_TEST_WALL_CLOCK_FILE && result.data.NODE_ENV !== 'test') {
    throw new ConfigError(
      'Lượt cannot start: LUOT_TEST_WALL_CLOCK_FILE moves the clock for tests and is refused unless NODE_ENV=test.',
    );
  }
  if (Boolean(result.data.LUOT_PROVINCE_URL) !== Boolean(result.data.LUOT_PROVINCE_KEY)) {
    throw new ConfigError(
      'Lượt cannot start: feeding the province needs both LUOT_PROVINCE_URL and LUOT_PROVINCE_KEY.',
    );
  }
  if (result.data.LUOT_NODE_URL && !result.data.LUOT_DATABASE_URL) {
    throw new ConfigError(
      'Lượt cannot start: LUOT_NODE_URL makes a cluster node and needs LUOT_DATABASE_URL.',
    );
  }
  if (result.data.LUOT_NODE_URL && !result.data.LUOT_CLUSTER_KEY) {
    throw new ConfigError(
      'Lượt cannot start: a cluster node (LUOT_NODE_URL) needs LUOT_CLUSTER_KEY, the secret the nodes share.',
    );
  }
  return result.data;
}
