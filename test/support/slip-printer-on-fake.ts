// The hub's slip printer aimed at a fake ESC/POS printer (test/support/fake-printer.ts), with one
// attempt per job: a slip the printer could not take fails at once and waits for a reprint.
import { afterAll } from 'vitest';
import { silentLogger } from '../../server/logger.js';
import { createSlipPrinter, type SlipPrinterWithStatus } from '../../server/printing/slip-printer.js';
import { FakePrinter } from './fake-printer.js';
import type { TestServerOptions } from './test-server.js';

export function slipPrinterOn(fake: FakePrinter): SlipPrinterWithStatus {
  return createSlipPrinter({
    defaultTarget: fake.target,
    logger: silentLogger,
    statusPollMs: 0,
    retry: { maxAttempts: 1 },
  });
}

/**
 * A fake printer for one test file, closed after its tests. Call it before the hub's set-up
 * (useHubAndBrowser(printer.hubOptions)) so that it closes after the hub: hubOptions starts it.
 */
export function useFakePrinter(): { readonly fake: FakePrinter; hubOptions(): Promise<TestServerOptions> } {
  let fake: FakePrinter | undefined;
  afterAll(async () => {
    await fake?.close();
  });
  return {
    get fake() {
      if (!fake) throw new Error('the fake printer starts with the hub');
      return fake;
    },
    async hubOptions() {
      fake = await FakePrinter.start();
      return { printer: slipPrinterOn(fake) };
    },
  };
}
