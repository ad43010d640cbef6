// Printers: a kiosk follows and reprints its own slips, managers list the site's printers with
// their last state and print a test slip, and every printer state change is broadcast to the
// sites whose kiosks print on it (`printer:status-changed`).
import { type Request, type Response, Router } from 'express';
import { z } from 'zod';
import { emptyBody } from '../../../shared/protocol/api-schemas.js';
import { idSchema } from '../../../shared/protocol/config-schemas.js';
import { type Action, authorize, type Scope } from '../../auth/permissions.js';
import type { Principal } from '../../auth/principal.js';
import type { SiteHub } from '../../hub/site-hub.js';
import type { PrintService, PrintTargetRef } from '../../printing/printer.js';
import { parsePrinterTarget } from '../../printing/printer-target.js';
import type { SlipInput } from '../../printing/slip-model.js';
import { siteRoom } from '../../realtime/socket-data.js';
import type { PrintOutcome, SlipPrinter } from '../../services/ports.js';
import { notFound, refuse, ServiceError } from '../../services/service-error.js';
import type { DeviceRecord } from '../../store/config-data.js';
import type { RouteDeps } from '../route-deps.js';
import { parseInput, param } from '../validate.js';

/** Reprints allowed per slip (the original job and its copies). */
export const MAX_REPRINTS = 3;
const MAX_CHAIN = 20;

const testPrintBody = z.strictObject({ deviceId: idSchema.optional() });

function isPrintService(value: unknown): value is PrintService {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return ['print', 'reprint', 'job', 'status', 'lastStatus', 'onStatusChange'].every(
    (k) => typeof v[k] === 'function',
  );
}

/** The print service behind the queue's printer port, when it has one (not with LUOT_PRINTER=none in tests). */
export function printServiceOf(printer: SlipPrinter): PrintService | null {
  const service = (printer as { service?: unknown }).service;
  return isPrintService(service) ? service : null;
}

function deny(principal: Principal, action: Action, siteId: string, scope: Omit<Scope, 'siteId'> = {}): void {
  refuse(authorize(principal, action, { siteId, ...scope }));
}

function outcomeBody(outcome: PrintOutcome) {
  return outcome.error === undefined
    ? { status: outcome.status, jobId: outcome.jobId }
    : { status: outcome.status, jobId: outcome.jobId, error: outcome.error };
}

export function printerRoutes(deps: RouteDeps): Router {
  const router = Router();
  const service = printServiceOf(deps.printer);
  const reprints = new Map<string, number>();
  const site = (req: Request) => param(req.params.siteId, 'trung tâm');

  const ref = (device: DeviceRecord): PrintTargetRef => device.printer ?? undefined;

  /**
   * Whether a kiosk prints on this target. A kiosk without its own printer uses the default one:
   * the service keeps one status record per target, so the default's record being the very same
   * object as the target's record means the target is the default.
   */
  const printsOn = (svc: PrintService, device: DeviceRecord, targetKey: string): boolean => {
    if (device.printer) {
      try {
        return parsePrinterTarget(device.printer).key === targetKey;
      } catch {
        return false;
      }
    }
    const byDefault = svc.lastStatus(undefined);
    return byDefault !== undefined && byDefault === svc.lastStatus(targetKey);
  };

  const kiosksOf = (siteId: string): DeviceRecord[] =>
    deps.store.config.devices.filter(
      (d) => d.kind === 'kiosk' && d.siteId === siteId && d.revokedAt === null,
    );

  const requireService = (): PrintService => {
    if (!service) throw new ServiceError(404, 'not_found', 'Chưa cấu hình máy in.');
    return service;
  };

  /** The original job of a reprint chain: its id is the ticket id. */
  const rootOf = (svc: PrintService, jobId: string): string => {
    let id = jobId;
    for (let i = 0; i < MAX_CHAIN; i++) {
      const parent = svc.job(id)?.reprintOf;
      if (!parent) return id;
      id = parent;
    }
    return id;
  };

  /** A job of this site the caller may see and reprint: its own kiosk's, or any for the site's staff. */
  const jobFor = (req: Request, hub: SiteHub) => {
    const svc = requireService();
    const jobId = param(req.params.jobId, 'lệnh in');
    const job = svc.job(jobId);
    const rootId = job ? rootOf(svc, jobId) : null;
    const ticket = rootId ? hub.state.tickets.get(rootId) : undefined;
    if (!job || !rootId || !ticket) throw notFound('lệnh in');
    const p = req.principal;
    const onOwnPrinter =
      p.kind === 'device' && ticket.channel === 'kiosk' && printsOn(svc, p.device, job.target);
    deny(p, 'print-jobs:read', hub.siteId, { printJob: { onOwnPrinter } });
    return { svc, job, rootId };
  };

  /** Kiosk devices of the site, or its staff, managers and admins (print-jobs:read). */
  const checkJobAccess = (p: Principal, siteId: string): void => deny(p, 'print-jobs:read', siteId);

  router.get('/api/sites/:siteId/print-jobs/:jobId', (req: Request, res: Response) => {
    const siteId = site(req);
    checkJobAccess(req.principal, siteId);
    const { job } = jobFor(req, deps.queue.hub(siteId));
    res.json({
      jobId: job.jobId,
      state: job.state,
      attempts: job.attempts,
      ...(job.error ? { error: job.error.code } : {}),
      ...(job.reprintOf ? { reprintOf: job.reprintOf } : {}),
    });
  });

  router.post('/api/sites/:siteId/print-jobs/:jobId/reprint', async (req: Request, res: Response) => {
    const siteId = site(req);
    checkJobAccess(req.principal, siteId);
    parseInput(emptyBody, req.body);
    const { job, rootId } = jobFor(req, deps.queue.hub(siteId));
    // Still waiting for the printer: it prints when the printer is back; a copy now would print twice.
    if (job.state === 'queued' || job.state === 'printing') {
      return res.json({ status: 'queued', jobId: job.jobId });
    }
    const done = reprints.get(rootId) ?? 0;
    if (done >= MAX_REPRINTS) {
      throw new ServiceError(409, 'conflict', 'Phiếu này đã được in lại quá số lần cho phép.');
    }
    reprints.set(rootId, done + 1);
    const outcome = await deps.printer.reprint(job.jobId);
    deps.queue.audit(req.principal, siteId, 'print:reprint', rootId);
    res.json(outcomeBody(outcome));
  });

  router.get('/api/sites/:siteId/printers/self', async (req: Request, res: Response) => {
    const siteId = site(req);
    deny(req.principal, 'printer:own-status', siteId);
    // A kiosk's own action: the rule above lets no account or other device through.
    const p = req.principal as Extract<Principal, { kind: 'device' }>;
    deps.queue.hub(siteId);
    let status = service?.lastStatus(ref(p.device));
    if (service && !status) status = await service.status(ref(p.device)).catch(() => undefined);
    res.json({ deviceId: p.device.id, state: status?.state ?? null, checkedAt: status?.checkedAt ?? null });
  });

  router.get('/api/sites/:siteId/printers', async (req: Request, res: Response) => {
    const siteId = site(req);
    deny(req.principal, 'devices:manage', siteId);
    deps.queue.hub(siteId);
    const kiosks = kiosksOf(siteId);
    if (service && req.query.refresh === '1') {
      const refs = new Set<string | undefined>([undefined, ...kiosks.map((k) => k.printer ?? undefined)]);
      await Promise.allSettled([...refs].map((r) => service.status(r)));
    }
    const last = (r: PrintTargetRef) => {
      const s = service?.lastStatus(r);
      return { state: s?.state ?? null, checkedAt: s?.checkedAt ?? null };
    };
    res.json({
      configured: service !== null,
      default: last(undefined),
      kiosks: kiosks.map((k) => ({
        deviceId: k.id,
        name: k.name,
        printer: k.printer,
        usesDefault: k.printer === null,
        ...last(ref(k)),
      })),
    });
  });

  router.post('/api/sites/:siteId/printers/test', async (req: Request, res: Response) => {
    const siteId = site(req);
    deny(req.principal, 'devices:manage', siteId);
    const hub = deps.queue.hub(siteId);
    const body = parseInput(testPrintBody, req.body);
    const svc = requireService();
    let target: PrintTargetRef;
    if (body.deviceId !== undefined) {
      const device = kiosksOf(siteId).find((d) => d.id === body.deviceId);
      if (!device) throw notFound('kiosk');
      target = ref(device);
    }
    const result = await svc.print(target, sampleSlip(hub, deps.queue.statusUrl('in-thu'), deps.clock()));
    deps.queue.audit(req.principal, siteId, 'print:test', body.deviceId ?? 'default');
    res.json(
      result.error
        ? { status: result.status, jobId: result.jobId, error: result.error.code }
        : { status: result.status, jobId: result.jobId },
    );
  });

  if (service) {
    service.onStatusChange((change) => {
      for (const hub of deps.hubs.all()) {
        const deviceIds = kiosksOf(hub.siteId)
          .filter((d) => printsOn(service, d, change.target))
          .map((d) => d.id);
        if (deviceIds.length === 0) continue;
        deps.realtime.io.to(siteRoom(hub.siteId)).emit('printer:status-changed', {
          printer: change.target,
          state: change.state,
          at: change.checkedAt,
          deviceIds,
        });
      }
    });
  }

  return router;
}

/** A test slip with the site's own header, so a manager sees exactly what citizens will get. */
function sampleSlip(hub: SiteHub, statusUrl: string, now: number): SlipInput {
  const { config, settings } = hub;
  const series = config.series[0];
  const sample = series ? `${series.prefix}${'0'.repeat(Math.max(series.padding, 1))}` : '000';
  return {
    centreName: config.site.name.vi,
    ward: config.site.ward.vi,
    province: config.site.province.vi,
    displayNumber: sample,
    fieldName: 'IN THỬ – Phiếu mẫu',
    procedureName: 'Kiểm tra máy in: tiếng Việt có dấu ổn định',
    counters: config.counters.slice(0, 2).map((c) => `Quầy ${c.number}`),
    ahead: 0,
    issuedAt: now,
    timeZone: config.site.timeZone,
    statusUrl,
    language: 'vi',
    layout: settings.slip,
  };
}
