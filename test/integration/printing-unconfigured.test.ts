// No printer configured (LUOT_PRINTER=none, the default) against a real network printer, both
// through the print service the server really uses and a real hub over HTTP. Without a printer a
// ticket costs no print job, no error, no log line, and the kiosk is told no slip was printed;
// with one (a fake ESC/POS printer on loopback TCP) the slip still prints and its job is kept.
import { afterEach, describe, expect, it } from 'vitest';
import { createPrintService, type PrintJobInfo } from '../../server/printing/printer.js';
import { createSlipPrinter } from '../../server/printing/slip-printer.js';
import type { Logger } from '../../server/services/ports.js';
import { decodeEscPos } from '../support/escpos-decode.js';
import { FakePrinter } from '../support/fake-printer.js';
import { request, startTestServer } from '../support/test-server.js';

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

/** A logger that keeps what it is given, to show what a ticket leaves in the log. */
function keptLog(): Logger & { lines: { level: string; msg?: string }[] } {
  const lines: { level: string; msg?: string }[] = [];
  const at = (level: string) => (_obj: object, msg?: string) => {
    lines.push({ level, msg });
  };
  return { lines, debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error') };
}

const SLIP = {
  centreName: 'Trung tâm Phục vụ hành chính công phường Thử Nghiệm',
  ward: 'Phường Thử Nghiệm',
  province: 'Tỉnh Vĩnh Long',
  displayNumber: 'A001',
  fieldName: 'Hộ tịch',
  counters: ['Quầy 1'],
  ahead: 0,
  issuedAt: Date.parse('2026-03-02T01:00:00Z'),
  timeZone: 'Asia/Ho_Chi_Minh',
  statusUrl: 'https://luot.example.gov.vn/s/tok',
  language: 'vi' as const,
};

async function hubWith(defaultTarget: string, logger: Logger) {
  const printer = createSlipPrinter({ defaultTarget, logger, statusPollMs: 0, retry: { maxAttempts: 1 } });
  const server = await startTestServer({ printer });
  cleanups.push(() => server.close());
  let n = 0;
  const issue = async () => {
    const res = await request(server.url, '/api/sites/demo/tickets', {
      auth: server.keys.kiosk,
      body: { procedureId: 'p-khai-sinh', requestId: `unconfigured-${++n}` },
    });
    expect(res.status).toBe(201);
    return res.body as { ticket: { id: string }; print: { status: string; jobId: string | null } };
  };
  return { server, printer, issue };
}

describe('no printer configured', () => {
  it('answers "not printed" without making, keeping or logging a job', async () => {
    const log = keptLog();
    const svc = createPrintService({ logger: log, defaultTarget: 'none', statusPollMs: 0 });
    cleanups.push(() => svc.close());
    const changes: PrintJobInfo[] = [];
    svc.onJobChange((job) => changes.push(job));
    for (let i = 0; i < 50; i++) {
      const result = await svc.print(undefined, SLIP, { jobId: `t${i}` });
      expect(result).toEqual({
        jobId: `t${i}`,
        status: 'failed',
        error: { code: 'printer_disabled', message: 'no printer is configured' },
      });
      expect(result.error).not.toBeInstanceOf(Error);
      expect(svc.job(`t${i}`)).toBeUndefined();
    }
    // A kiosk whose own setting is "none" is no printer either.
    expect((await svc.print('none', SLIP, { jobId: 'k1' })).error?.code).toBe('printer_disabled');
    expect(changes).toEqual([]);
    expect(log.lines).toEqual([]);
  });

  it('tells the kiosk over HTTP that no slip was printed, and has no job to follow or reprint', async () => {
    const log = keptLog();
    const { server, issue } = await hubWith('none', log);
    for (let i = 0; i < 5; i++) {
      const issued = await issue();
      expect(issued.print).toEqual({ status: 'skipped', jobId: null });
      const job = await request(server.url, `/api/sites/demo/print-jobs/${issued.ticket.id}`, {
        auth: server.keys.kiosk,
      });
      expect(job.status).toBe(404);
    }
    expect(log.lines.filter((l) => /slip|print/i.test(l.msg ?? ''))).toEqual([]);
  });
});

describe('a real network printer', () => {
  it('still prints each ticket’s slip once over TCP and keeps its job', async () => {
    const fake = await FakePrinter.start();
    cleanups.push(() => fake.close());
    const { server, issue } = await hubWith(fake.target, keptLog());
    const first = await issue();
    expect(first.print).toEqual({ status: 'printed', jobId: first.ticket.id });
    const second = await issue();
    expect(second.print).toEqual({ status: 'printed', jobId: second.ticket.id });
    const jobs = await fake.waitForJobs(2);
    expect(jobs).toHaveLength(2);
    for (const bytes of jobs) {
      const decoded = decodeEscPos(bytes);
      expect(decoded.images).toHaveLength(1);
      expect(decoded.images[0].width).toBe(576);
      expect(decoded.cuts).toBeGreaterThanOrEqual(1);
    }
    const job = await request(server.url, `/api/sites/demo/print-jobs/${first.ticket.id}`, {
      auth: server.keys.kiosk,
    });
    expect(job.status).toBe(200);
    expect(job.body).toMatchObject({ jobId: first.ticket.id, state: 'printed', attempts: 1 });
  });
});
