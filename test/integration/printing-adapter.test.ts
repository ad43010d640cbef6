import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createSlipPrinter, type LuotSlipPrinter } from '../../server/printing/slip-printer.js';
import { silentLogger } from '../../server/logger.js';
import type { IssuedSlip } from '../../server/services/ports.js';
import { defaultSiteSettings } from '../../shared/protocol/defaults.js';
import { decodeEscPos } from '../support/escpos-decode.js';
import { sampleTicket, testSiteConfig } from '../support/fixtures.js';

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function setup(defaultTarget: string): Promise<{ printer: LuotSlipPrinter; dir: string }> {
  const dir = await mkdtemp(join(tmpdir(), 'luot-adapter-'));
  const printer = createSlipPrinter({ logger: silentLogger, defaultTarget, statusPollMs: 0 });
  cleanups.push(async () => {
    await printer.close();
    await rm(dir, { recursive: true, force: true });
  });
  return { printer, dir };
}

function issued(kioskPrinter: string | null, ticketId = 't1'): IssuedSlip {
  return {
    config: testSiteConfig(),
    settings: defaultSiteSettings(),
    ticket: sampleTicket({ id: ticketId }),
    ahead: 0,
    statusUrl: 'https://luot.example.gov.vn/s/tok',
    counterNumbers: [1],
    kiosk: {
      id: 'k1',
      siteId: 'site-a',
      kind: 'kiosk',
      name: 'Kiosk cửa chính',
      counterId: null,
      printer: kioskPrinter,
      keyHash: 'x',
      createdAt: 0,
      revokedAt: null,
    },
  };
}

describe('SlipPrinter adapter', () => {
  it("prints on the kiosk's own printer, once per ticket, and reprints on request", async () => {
    const { printer, dir } = await setup('none');
    const path = join(dir, 'kiosk-lp0.bin');
    const first = await printer.printIssued(issued(path));
    expect(first).toEqual({ status: 'printed', jobId: 't1' });
    expect(await printer.printIssued(issued(path))).toEqual({ status: 'printed', jobId: 't1' });
    expect(decodeEscPos(await readFile(path)).cuts).toBe(1);
    const copy = await printer.reprint('t1');
    expect(copy.status).toBe('printed');
    expect(decodeEscPos(await readFile(path)).cuts).toBe(2);
  });

  it('skips printing when neither the kiosk nor the server has a printer', async () => {
    const { printer } = await setup('none');
    expect(await printer.printIssued(issued(null))).toEqual({ status: 'skipped', jobId: null });
    expect(await printer.printIssued(issued('none', 't3'))).toEqual({ status: 'skipped', jobId: null });
  });

  it('uses the default printer for a kiosk without its own', async () => {
    const { printer, dir } = await setup('none');
    await printer.close();
    const path = join(dir, 'default.bin');
    const withDefault = createSlipPrinter({ logger: silentLogger, defaultTarget: path, statusPollMs: 0 });
    cleanups.push(() => withDefault.close());
    expect((await withDefault.printIssued(issued(null, 't2'))).status).toBe('printed');
    expect(decodeEscPos(await readFile(path)).images.length).toBe(1);
  });

  it('reports a bad kiosk printer setting as a failed print, never an exception', async () => {
    const { printer } = await setup('none');
    expect(await printer.printIssued(issued('lpt1:'))).toMatchObject({
      status: 'failed',
      error: 'invalid_printer_target',
    });
  });
});
