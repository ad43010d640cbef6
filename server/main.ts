// The one place that reads the environment, opens the data directory and binds the port.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { createApp } from './app.js';
import { firstStart, firstStartLines } from './bootstrap.js';
import { ConfigError, readEnv } from './config.js';
import { createLogger } from './logger.js';
import { createSlipPrinter } from './printing/slip-printer.js';
import { CorruptDataError } from './store/errors.js';
import { FileStore } from './store/file-store.js';

async function main(): Promise<void> {
  const env = readEnv(process.env);
  const logger = createLogger(env.LUOT_LOG_LEVEL);
  const dataDir = resolve(env.LUOT_DATA_DIR);
  const store = await FileStore.open(dataDir);
  const clock = () => Date.now();
  const report = await firstStart(store, {
    adminPassword: env.LUOT_ADMIN_PASSWORD,
    demo: env.LUOT_DEMO === 'true',
    clock,
  });
  const version = (
    JSON.parse(readFileSync(resolve(import.meta.dirname, '..', 'package.json'), 'utf8')) as {
      version: string;
    }
  ).version;
  const printer = createSlipPrinter({ defaultTarget: env.LUOT_PRINTER, logger });
  const luot = await createApp({
    store,
    printer,
    clock,
    logger,
    options: { publicUrl: env.LUOT_PUBLIC_URL, secureCookies: env.LUOT_SECURE_COOKIES === 'true', version },
  });
  const url = await luot.listen(env.PORT, env.HOST);
  const base = env.LUOT_PUBLIC_URL?.replace(/\/$/, '') ?? url;
  logger.info(
    { url: base, dataDir, printer: env.LUOT_PRINTER, sites: luot.hubs.all().length },
    'Lượt is running',
  );
  if (report) for (const line of firstStartLines(report, base)) process.stdout.write(`${line}\n`);
  else process.stdout.write(`\nLượt: ${base}/kiosk/  ${base}/display/  ${base}/counter/  ${base}/admin/\n\n`);

  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'stopping');
    void luot.close().then(() => process.exit(0));
    setTimeout(() => process.exit(0), 5000).unref();
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError || error instanceof CorruptDataError) {
    process.stderr.write(`${error.message}\n`);
  } else {
    process.stderr.write(
      `Lượt failed to start: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
  }
  process.exit(1);
});
