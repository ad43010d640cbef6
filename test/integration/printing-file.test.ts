import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pino } from 'pino';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createPrintService, type PrintService } from '../../server/printing/printer.js';
import { differentPixels } from '../../server/printing/slip-bitmap.js';
import { buildSlipModel, type SlipInput } from '../../server/printing/slip-model.js';
import { renderSlipBitmap } from '../../server/printing/slip-render.js';
import { decodeEscPos } from '../support/escpos-decode.js';

const slip: SlipInput = {
  centreName: 'Trung tâm Phục vụ hành chính công xã Long Hồ',
  ward: 'Xã Long Hồ',
  province: 'Tỉnh Vĩnh Long',
  displayNumber: 'B007',
  fieldName: 'Đất đai',
  counters: ['Quầy 5'],
  ahead: 2,
  issuedAt: Date.parse('2026-05-04T08:30:00Z'),
  timeZone: 'Asia/Ho_Chi_Minh',
  statusUrl: 'https://luot.example.gov.vn/s/LH-B007',
  language: 'vi',
};

let dir = '';
let svc: PrintService | undefined;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'luot-print-'));
});

afterEach(async () => {
  await svc?.close();
  svc = undefined;
  await rm(dir, { recursive: true, force: true });
});

function service(defaultTarget: string): PrintService {
  svc = createPrintService({
    logger: pino({ level: 'silent' }),
    defaultTarget,
    statusPollMs: 0,
    ackTimeoutMs: 10_000,
    retry: { maxAttempts: 2, delaysMs: [20], maxJobAgeMs: 10_000 },
  });
  return svc;
}

describe('printing to a device or file path', () => {
  it('appends each slip to the file', async () => {
    const path = join(dir, 'lp0.bin');
    const print = service(path);
    expect((await print.status()).state).toBe('ok');
    expect((await print.print(undefined, slip)).status).toBe('printed');
    const once = decodeEscPos(await readFile(path));
    expect(once.images.length).toBe(1);
    expect(once.cuts).toBe(1);
    expect(differentPixels(once.images[0], renderSlipBitmap(buildSlipModel(slip)))).toBe(0);

    expect((await print.print(`file://${path}`, { ...slip, displayNumber: 'B008' })).status).toBe('printed');
    const twice = decodeEscPos(await readFile(path));
    expect(twice.images.length).toBe(2);
    expect(twice.cuts).toBe(2);
    expect(differentPixels(twice.images[0], once.images[0])).toBe(0);
    expect(differentPixels(twice.images[1], once.images[0])).toBeGreaterThan(0);
  });

  it('calls a path it cannot write offline and fails the job after its retries', async () => {
    const path = join(dir, 'missing-folder', 'lp0.bin');
    const print = service(path);
    expect((await print.status()).state).toBe('offline');
    const result = await print.print(undefined, slip);
    expect(result.status).not.toBe('printed');
    expect(result.error?.code).toBe('printer_offline');
    const deadline = Date.now() + 3000;
    while (print.job(result.jobId)?.state !== 'failed' && Date.now() < deadline)
      await new Promise((r) => setTimeout(r, 10));
    expect(print.job(result.jobId)).toMatchObject({ state: 'failed', attempts: 2 });
  });

  it('never creates a device node that is not there', async () => {
    const print = service('/dev/luot-test-no-such-printer');
    expect((await print.status()).state).toBe('offline');
    const result = await print.print(undefined, slip);
    expect(result.error?.code).toBe('printer_offline');
  });
});
