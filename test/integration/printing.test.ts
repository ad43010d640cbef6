import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pino } from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import {
  createPrintService,
  type PrinterStatusChange,
  type PrintJobInfo,
  type PrintService,
  type PrintServiceOptions,
} from '../../server/printing/printer.js';
import { differentPixels } from '../../server/printing/slip-bitmap.js';
import { buildSlipModel, type SlipInput } from '../../server/printing/slip-model.js';
import { renderSlipBitmap } from '../../server/printing/slip-render.js';
import { bitmapToPng, decodeEscPos } from '../support/escpos-decode.js';
import { FakePrinter } from '../support/fake-printer.js';

const slip: SlipInput = {
  centreName: 'Trung tâm Phục vụ hành chính công phường Hà Giang 1',
  ward: 'Phường Hà Giang 1',
  province: 'Tỉnh Tuyên Quang',
  displayNumber: 'A012',
  fieldName: 'Hộ tịch',
  procedureName: 'Đăng ký khai sinh',
  counters: ['Quầy 3', 'Quầy 4'],
  ahead: 7,
  issuedAt: Date.parse('2026-03-02T02:15:00Z'),
  timeZone: 'Asia/Ho_Chi_Minh',
  statusUrl: 'https://luot.example.gov.vn/s/HG1-20260302-A012',
  language: 'vi',
  priorityLabel: 'Ưu tiên: Người cao tuổi',
};

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function fakePrinter(): Promise<FakePrinter> {
  const printer = await FakePrinter.start();
  cleanups.push(() => printer.close());
  return printer;
}

function service(defaultTarget: string, options: Partial<PrintServiceOptions> = {}): PrintService {
  const svc = createPrintService({
    logger: pino({ level: 'silent' }),
    defaultTarget,
    statusPollMs: 0,
    ackTimeoutMs: 10_000,
    retry: { maxAttempts: 200, delaysMs: [40], maxJobAgeMs: 60_000 },
    timeouts: { connectMs: 500, statusMs: 300, closeMs: 2000 },
    ...options,
  });
  cleanups.push(() => svc.close());
  return svc;
}

async function waitFor(check: () => boolean, what: string, timeoutMs = 5000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

describe('printing to a network printer', () => {
  it('prints one raster picture equal to a fresh render of the slip, then one cut', async () => {
    const printer = await fakePrinter();
    const svc = service(printer.target);
    const result = await svc.print(undefined, slip);
    expect(result).toEqual({ jobId: result.jobId, status: 'printed' });
    const jobs = await printer.waitForJobs(1);
    expect(jobs.length).toBe(1);
    const decoded = decodeEscPos(jobs[0]);
    expect(decoded.images.length).toBe(1);
    expect(decoded.images[0].width).toBe(576);
    expect(decoded.cuts).toBe(1);
    expect(decoded.unknown).toEqual([]);
    const expected = renderSlipBitmap(buildSlipModel(slip));
    expect([decoded.images[0].width, decoded.images[0].height]).toEqual([expected.width, expected.height]);
    expect(differentPixels(decoded.images[0], expected)).toBe(0);
    // The service asked for status before sending, on the same connection.
    expect(printer.connections[0].statusQueries).toBeGreaterThan(0);
    writeFileSync(join(tmpdir(), 'luot-decoded-slip.png'), bitmapToPng(decoded.images[0]));
    expect(svc.job(result.jobId)).toMatchObject({ state: 'printed', attempts: 1 });
  });

  it('holds the job while out of paper, reports it, and prints it exactly once when paper is back', async () => {
    const printer = await fakePrinter();
    printer.setState('paper_out');
    const svc = service(printer.target);
    const changes: PrinterStatusChange[] = [];
    svc.onStatusChange((change) => changes.push(change));
    const result = await svc.print(undefined, slip);
    expect(result.status).toBe('queued');
    expect(result.error?.code).toBe('printer_paper_out');
    expect(changes.map((c) => c.state)).toContain('paper_out');
    expect(changes[0].target).toBe(`tcp://127.0.0.1:${printer.port}`);
    await waitFor(() => printer.connections.length > 2, 'the service to keep trying');
    expect(printer.jobs().length).toBe(0);
    expect(svc.job(result.jobId)?.state).not.toBe('printed');

    printer.setState('ok');
    await waitFor(() => svc.job(result.jobId)?.state === 'printed', 'the held job to print');
    await sleep(300);
    expect(printer.jobs().length).toBe(1);
    expect(changes.map((c) => c.state).slice(-1)).toEqual(['ok']);
    expect(changes[changes.length - 1].previous).toBe('paper_out');
    const decoded = decodeEscPos(printer.jobs()[0]);
    expect(differentPixels(decoded.images[0], renderSlipBitmap(buildSlipModel(slip)))).toBe(0);
  });

  it('gives up after the configured number of tries without throwing', async () => {
    const printer = await fakePrinter();
    printer.setState('cover_open');
    const svc = service(printer.target, { retry: { maxAttempts: 3, delaysMs: [20], maxJobAgeMs: 60_000 } });
    const updates: PrintJobInfo[] = [];
    svc.onJobChange((job) => updates.push(job));
    const result = await svc.print(undefined, slip);
    expect(result.status).toBe('queued');
    await waitFor(() => svc.job(result.jobId)?.state === 'failed', 'the job to fail');
    expect(svc.job(result.jobId)).toMatchObject({ attempts: 3, error: { code: 'printer_cover_open' } });
    expect(printer.connections.length).toBe(3);
    expect(printer.jobs().length).toBe(0);
    expect(updates[updates.length - 1]).toMatchObject({ jobId: result.jobId, state: 'failed' });
    expect(await svc.status()).toMatchObject({ state: 'cover_open' });
  });

  it('reports a switched-off printer as offline and prints the waiting job once it is back on', async () => {
    const printer = await fakePrinter();
    const svc = service(printer.target);
    const changes: PrinterStatusChange[] = [];
    svc.onStatusChange((change) => changes.push(change));
    expect((await svc.status()).state).toBe('ok');
    await printer.switchOff();
    const status = await svc.status();
    expect(status.state).toBe('offline');
    expect(status.checkedAt).toBeGreaterThan(0);
    expect(changes.map((c) => c.state)).toEqual(['ok', 'offline']);

    const result = await svc.print(undefined, slip);
    expect(result).toMatchObject({ status: 'queued', error: { code: 'printer_offline' } });
    await printer.switchOn();
    await waitFor(() => svc.job(result.jobId)?.state === 'printed', 'the job to print after power on');
    await sleep(200);
    expect(printer.jobs().length).toBe(1);
  });

  it('prints a second copy only when asked, and never twice for the same job id', async () => {
    const printer = await fakePrinter();
    const svc = service(printer.target);
    const first = await svc.print(undefined, slip, { jobId: 'ticket-A012' });
    expect(first).toEqual({ jobId: 'ticket-A012', status: 'printed' });
    const again = await svc.print(undefined, slip, { jobId: 'ticket-A012' });
    expect(again).toEqual({ jobId: 'ticket-A012', status: 'printed' });
    await sleep(200);
    expect(printer.jobs().length).toBe(1);

    const copy = await svc.reprint('ticket-A012');
    expect(copy.status).toBe('printed');
    expect(copy.jobId).not.toBe('ticket-A012');
    expect(svc.job(copy.jobId)?.reprintOf).toBe('ticket-A012');
    const jobs = await printer.waitForJobs(2);
    expect(jobs.length).toBe(2);
    expect(jobs[1].equals(jobs[0])).toBe(true);
    await sleep(200);
    expect(printer.jobs().length).toBe(2);

    expect(await svc.reprint('no-such-job')).toMatchObject({
      status: 'failed',
      error: { code: 'print_job_not_found' },
    });
  });

  it('keeps jobs for one printer in order', async () => {
    const printer = await fakePrinter();
    printer.setState('paper_out');
    const svc = service(printer.target, { ackTimeoutMs: 50 });
    const numbers = ['A001', 'A002', 'A003'];
    const results = await Promise.all(
      numbers.map((displayNumber) => svc.print(undefined, { ...slip, displayNumber })),
    );
    for (const r of results) expect(r.status).toBe('queued');
    printer.setState('ok');
    const jobs = await printer.waitForJobs(3);
    const printed = jobs.map((bytes) => decodeEscPos(bytes).images[0]);
    numbers.forEach((displayNumber, i) => {
      expect(differentPixels(printed[i], renderSlipBitmap(buildSlipModel({ ...slip, displayNumber })))).toBe(
        0,
      );
    });
  });

  it('still prints to a printer that never answers status queries, and calls it unknown', async () => {
    const printer = await fakePrinter();
    printer.setState('silent');
    const svc = service(printer.target);
    expect((await svc.status()).state).toBe('unknown');
    expect((await svc.print(undefined, slip)).status).toBe('printed');
    expect(printer.jobs().length).toBe(1);
  });

  it('prints when paper is only running low, and says so', async () => {
    const printer = await fakePrinter();
    printer.setState('paper_near_end');
    const svc = service(printer.target);
    expect((await svc.print(undefined, slip)).status).toBe('printed');
    expect(svc.lastStatus()?.state).toBe('paper_near_end');
  });

  it('notices paper running out by polling, with no print needed, and close() stops the polling', async () => {
    const printer = await fakePrinter();
    const svc = service(printer.target, { statusPollMs: 25 });
    const states: string[] = [];
    svc.onStatusChange((change) => states.push(change.state));
    await waitFor(() => states.includes('ok'), 'the first poll');
    printer.setState('paper_out');
    await waitFor(() => states.includes('paper_out'), 'the poll to see paper out');
    await svc.close();
    const seen = printer.connections.length;
    await sleep(150);
    expect(printer.connections.length).toBe(seen);
    expect(await svc.print(undefined, slip)).toMatchObject({
      status: 'failed',
      error: { code: 'print_service_closed' },
    });
  });

  it('resolves configured printer ids and tags status changes with them', async () => {
    const printer = await fakePrinter();
    const svc = service('none', { resolveTarget: (id) => (id === 'kiosk-1' ? printer.target : undefined) });
    const changes: PrinterStatusChange[] = [];
    svc.onStatusChange((change) => changes.push(change));
    expect((await svc.print({ printerId: 'kiosk-1' }, slip)).status).toBe('printed');
    expect(changes[0].printerIds).toEqual(['kiosk-1']);
    // An unknown id falls back to the default, which here is no printer at all.
    expect(await svc.print({ printerId: 'kiosk-9' }, slip)).toMatchObject({
      status: 'failed',
      error: { code: 'printer_disabled' },
    });
  });
});

describe('bad targets', () => {
  it('never throws from print(), and names the problem', async () => {
    const svc = service('none');
    const result = await svc.print('lpt1://front-desk', slip);
    expect(result).toMatchObject({ status: 'failed', error: { code: 'invalid_printer_target' } });
    await expect(svc.status('ftp://printer')).rejects.toMatchObject({ code: 'invalid_printer_target' });
    expect(() =>
      createPrintService({ logger: pino({ level: 'silent' }), defaultTarget: 'tcp://:9100' }),
    ).toThrow(expect.objectContaining({ code: 'invalid_printer_target' }));
  });

  it('reports bad slip input as a failed job, not an exception', async () => {
    const svc = service('none');
    const fileTarget = join(tmpdir(), `luot-bad-slip-${process.pid}.bin`);
    const result = await svc.print(fileTarget, { ...slip, timeZone: 'Nowhere/City' });
    expect(result).toMatchObject({ status: 'failed', error: { code: 'invalid_slip_input' } });
  });
});
