// The one place that reads the environment, opens the data directory and binds the port.
// Order matters: the port is checked free, then the data directory is locked (one process per
// directory) and checked writable, and only then read.
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { resolve } from 'node:path';
import { createApp } from './app.js';
import type { Cluster } from './cluster/index.js';
import { FeedPusher } from './feed/feed-pusher.js';
import { firstStart } from './bootstrap.js';
import { firstStartNotice, writeCredentialsFile } from './first-start-credentials.js';
import { ConfigError, readEnv } from './config.js';
import { QueueClock } from './hub/queue-clock.js';
import { createLogger } from './logger.js';
import { describePublicAddress } from './public-address.js';
import { createSlipPrinter } from './printing/slip-printer.js';
import { PROJECT_ROOT } from './project-root.js';
import { CorruptDataError, DataDirError } from './store/errors.js';
import { FileStore } from './store/file-store.js';
import { DatabaseError } from './store/pg/pg-errors.js';
import type { Store } from './store/store.js';
import { testWallClock } from './test-wall-clock.js';

class PortInUseError extends Error {}

/** Fails with a clear message when another program already listens on the port. */
async function assertPortFree(port: number, host: string): Promise<void> {
  if (port === 0) return;
  const probe = createServer();
  try {
    await new Promise<void>((ok, fail) => {
      probe.once('error', fail);
      probe.listen(port, host, () => ok());
    });
  } catch (error) {
    throw portError(port, host, error);
  }
  await new Promise<void>((ok) => probe.close(() => ok()));
}

function portError(port: number, host: string, error: unknown): Error {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'EADDRINUSE' || code === 'EACCES') {
    return new PortInUseError(
      `Lượt cannot start: port ${port} on ${host} is ${code === 'EADDRINUSE' ? 'already in use (is Lượt already running?)' : 'not allowed for this user'}. Set PORT to another port. No data was opened.`,
    );
  }
  return error instanceof Error ? error : new Error(String(error));
}

async function main(): Promise<void> {
  // How long each part of the start took (ms since the process began), in the "running" line.
  const started: Record<string, number> = { modules: Math.round(performance.now()) };
  const env = readEnv(process.env);
  const logger = createLogger(env.LUOT_LOG_LEVEL);
  await assertPortFree(env.PORT, env.HOST);
  const dataDir = resolve(env.LUOT_DATA_DIR);
  let store: Store;
  let cluster: Cluster | null = null;
  if (env.LUOT_DATABASE_URL) {
    // The pg driver and the cluster load only here: a ward's hub starts without them.
    const [{ PgStore }, { startCluster }] = await Promise.all([
      import('./store/pg/pg-store.js'),
      import('./cluster/index.js'),
    ]);
    const pgStore = await PgStore.open(env.LUOT_DATABASE_URL);
    logger.info({ database: pgStore.location }, 'storage: PostgreSQL');
    if (env.LUOT_TRUST_PROXY === false) {
      logger.warn(
        { maxConnectionsPerIp: env.LUOT_MAX_CONNECTIONS_PER_IP },
        'LUOT_TRUST_PROXY is not set: behind a load balancer every screen reaches this node from the ' +
          "balancer's address and shares its per-address connection cap; name the balancer in " +
          'LUOT_TRUST_PROXY (docs/OPERATIONS.md, "Load balancer")',
      );
    }
    store = pgStore;
    // Every node on the database writes only the sites it holds the lease of. A node that loses
    // its lease connection stops at once: another node is taking its sites over.
    cluster = await startCluster(
      pgStore,
      {
        databaseUrl: env.LUOT_DATABASE_URL,
        nodeUrl: env.LUOT_NODE_URL ?? `http://127.0.0.1:${env.PORT}`,
        key: env.LUOT_CLUSTER_KEY,
      },
      logger,
      (error) => {
        logger.error({ err: error.message }, 'lost the database lease connection: stopping this node');
        process.exit(3);
      },
    );
  } else {
    const fileStore = await FileStore.open(dataDir);
    for (const warning of fileStore.warnings) logger.warn({ dataDir }, warning);
    store = fileStore;
  }
  started.store = Math.round(performance.now());
  const queueClock = new QueueClock({
    wall: env.LUOT_TEST_WALL_CLOCK_FILE ? testWallClock(env.LUOT_TEST_WALL_CLOCK_FILE) : Date.now,
    confirmMs: env.LUOT_CLOCK_CONFIRM_MS,
    onJump: (jump) =>
      logger.warn(
        { offsetMs: jump.offsetMs },
        jump.offsetMs > 0
          ? 'the wall clock jumped ahead of the queue: it is followed only if it holds'
          : 'the wall clock is behind the queue: the queue keeps its own time until it catches up',
      ),
  });
  queueClock.watch();
  const clock = Object.assign(() => queueClock.now(), { observe: (at: number) => queueClock.observe(at) });
  const report = await firstStart(store, {
    adminPassword: env.LUOT_ADMIN_PASSWORD,
    demo: env.LUOT_DEMO === 'true',
    clock,
  });
  const version = (
    JSON.parse(readFileSync(resolve(PROJECT_ROOT, 'package.json'), 'utf8')) as {
      version: string;
    }
  ).version;
  const printer = createSlipPrinter({ defaultTarget: env.LUOT_PRINTER, logger });
  const luot = await createApp({
    store,
    printer,
    clock,
    clockStatus: () => queueClock.status(),
    logger,
    cluster: cluster?.app,
    options: {
      publicUrl: env.LUOT_PUBLIC_URL,
      secureCookies: env.LUOT_SECURE_COOKIES === 'true',
      version,
      integrations: { allowPrivate: env.LUOT_WEBHOOK_ALLOW_PRIVATE === 'true' },
      rateLimits: { public: env.LUOT_RATE_LIMIT_PER_MINUTE },
      network: {
        trustProxy: env.LUOT_TRUST_PROXY,
        allowedHosts: env.LUOT_ALLOWED_HOSTS,
        connections: {
          maxConnections: env.LUOT_MAX_CONNECTIONS,
          maxConnectionsPerIp: env.LUOT_MAX_CONNECTIONS_PER_IP,
          headersTimeoutMs: env.LUOT_HEADERS_TIMEOUT_MS,
          requestTimeoutMs: env.LUOT_REQUEST_TIMEOUT_MS,
        },
      },
      issueLimits: { perMinute: env.LUOT_KIOSK_ISSUES_PER_MINUTE, perHour: env.LUOT_KIOSK_ISSUES_PER_HOUR },
    },
  });
  started.app = Math.round(performance.now());
  cluster?.watch(luot);
  const feed =
    env.LUOT_PROVINCE_URL && env.LUOT_PROVINCE_KEY
      ? new FeedPusher({
          provinceUrl: env.LUOT_PROVINCE_URL,
          key: env.LUOT_PROVINCE_KEY,
          store,
          siteIds: () => luot.hubs.all().map((h) => h.siteId),
          logger,
          intervalMs: env.LUOT_FEED_INTERVAL_MS,
        })
      : null;
  feed?.start();
  const url = await luot.listen(env.PORT, env.HOST).catch((error: unknown) => {
    throw portError(env.PORT, env.HOST, error);
  });
  started.listening = Math.round(performance.now());
  const publicAddress = luot.publicAddress();
  const base = publicAddress.url;
  logger.info(
    {
      url,
      publicUrl: base,
      publicUrlSource: publicAddress.source,
      dataDir: env.LUOT_DATABASE_URL ? null : dataDir,
      printer: env.LUOT_PRINTER,
      sites: luot.hubs.all().length,
      startedMs: started,
    },
    'Lượt is running',
  );
  process.stdout.write(`\n${describePublicAddress(publicAddress)}\n`);
  if (report) {
    const path = await writeCredentialsFile(dataDir, report, base);
    for (const line of firstStartNotice(report, base, path, process.stdout.isTTY === true)) {
      process.stdout.write(`${line}\n`);
    }
  } else
    process.stdout.write(`\nLượt: ${base}/kiosk/  ${base}/display/  ${base}/counter/  ${base}/admin/\n\n`);

  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'stopping');
    void Promise.all([feed?.stop(), cluster?.close()])
      .then(() => luot.close())
      .then(() => process.exit(0));
    setTimeout(() => process.exit(0), 5000).unref();
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
}

main().catch((error: unknown) => {
  if (
    error instanceof ConfigError ||
    error instanceof CorruptDataError ||
    error instanceof DataDirError ||
    error instanceof DatabaseError ||
    error instanceof PortInUseError
  ) {
    process.stderr.write(`${error.message}\n`);
  } else {
    process.stderr.write(
      `Lượt failed to start: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
  }
  process.exit(1);
});
