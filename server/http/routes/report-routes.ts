// The report API. Managers of a site and admins only:
//   GET  /api/sites/:siteId/reports/options                 filter choices (catalogue, officers)
//   GET  /api/sites/:siteId/reports/<name>[.csv|.xlsx]?from=&to=&fieldId=…   a report or its export
//   POST /api/sites/:siteId/reports/dossiers/import          on-time figures (CSV or XLSX body)
//   GET  /api/sites/:siteId/public-figures                   the display's figures slide (queue readers)
//   GET  /api/centre-reports/…                               over a set of centres (reports/centre-set-routes.ts)
import express, { type Request, type Response, Router } from 'express';
import { REPORT_NAMES, type ReportName } from '../../../shared/protocol/report-views.js';
import { parseDossierFile } from '../../reports/dossier-parse.js';
import { PublicFiguresCache, publicFigures } from '../../reports/public-figures.js';
import { reportQuerySchema } from '../../reports/query.js';
import { ReportService } from '../../reports/report-service.js';
import { centreReportRoutes } from '../../reports/centre-set-routes.js';
import { tableFile } from '../../reports/export-files.js';
import { ServiceError } from '../../services/service-error.js';
import type { RouteDeps } from '../route-deps.js';
import { param, parseInput } from '../validate.js';

const FILE = /^([a-z-]{3,20})(?:\.(csv|xlsx))?$/;
const MAX_IMPORT_BYTES = 5 * 1024 * 1024;

export function reportRoutes(deps: RouteDeps, service = new ReportService(deps.store)): Router {
  const router = Router();
  router.use(centreReportRoutes(deps, service));
  const site = (req: Request) => param(req.params.siteId, 'trung tâm');
  // A day closed at midnight is summarised for reports right away, so no report has to replay it.
  deps.hubs.subscribe({
    events: () => undefined,
    reset: (hub, closedDay) => {
      void service.days.get(hub.siteId, closedDay, hub.config.site.timeZone, null).catch((error: unknown) => {
        deps.logger.warn(
          { siteId: hub.siteId, day: closedDay, err: String(error) },
          'report cache of a closed day failed',
        );
      });
    },
  });

  const figures = new PublicFiguresCache();
  router.get('/api/sites/:siteId/public-figures', async (req: Request, res: Response) => {
    const siteId = site(req);
    deps.queue.check(req.principal, 'queue:read', siteId);
    const ctx = service.context(deps.queue.hub(siteId));
    const value = await figures.get(siteId, ctx.now, async () =>
      publicFigures(ctx, await service.dossiers.list(siteId)),
    );
    res.setHeader('cache-control', 'no-store');
    res.json(value);
  });

  router.get('/api/sites/:siteId/reports/options', (req: Request, res: Response) => {
    const siteId = site(req);
    deps.queue.check(req.principal, 'reports:read', siteId);
    res.json(service.options(service.context(deps.queue.hub(siteId))));
  });

  router.post(
    '/api/sites/:siteId/reports/dossiers/import',
    (req: Request, _res: Response, next) => {
      // Authorize before reading a body of up to 5 MB.
      deps.queue.check(req.principal, 'config:manage', site(req));
      next();
    },
    express.raw({ type: () => true, limit: MAX_IMPORT_BYTES }),
    async (req: Request, res: Response) => {
      const siteId = site(req);
      const body: unknown = req.body;
      if (!Buffer.isBuffer(body) || body.length === 0) {
        throw new ServiceError(400, 'invalid_input', 'Chưa có tệp CSV hoặc XLSX.');
      }
      const parsed = await parseDossierFile(body);
      const hub = deps.queue.hub(siteId);
      const codes = new Set(hub.config.procedures.map((p) => p.code.trim().toUpperCase()));
      const warnings = [...parsed.warnings];
      for (const r of parsed.rows) {
        if (!codes.has(r.code.toUpperCase())) {
          warnings.push({ line: r.line, message: `mã TTHC ${r.code} không có trong danh mục của trung tâm` });
        }
      }
      warnings.sort((a, b) => a.line - b.line);
      if (parsed.rows.length === 0) {
        throw new ServiceError(400, 'invalid_input', 'Không có dòng số liệu hợp lệ.', {
          errors: parsed.errors.slice(0, 50),
          warnings: warnings.slice(0, 50),
        });
      }
      const replaced = await service.importDossiers(siteId, parsed.rows, deps.clock());
      figures.forget(siteId);
      deps.queue.audit(req.principal, siteId, 'reports:dossiers-import', `${parsed.rows.length} rows`);
      res.status(201).json({
        imported: parsed.rows.length,
        replaced,
        warnings: warnings.slice(0, 200),
        errors: parsed.errors.slice(0, 200),
      });
    },
  );

  router.get('/api/sites/:siteId/reports/:file', async (req: Request, res: Response) => {
    const siteId = site(req);
    deps.queue.check(req.principal, 'reports:read', siteId);
    const match = FILE.exec(String(req.params.file));
    const name = match?.[1] as ReportName | undefined;
    if (!match || !name || !(REPORT_NAMES as readonly string[]).includes(name)) {
      throw new ServiceError(404, 'not_found', 'Không có báo cáo này.');
    }
    const format = match[2] as 'csv' | 'xlsx' | undefined;
    const input = parseInput(reportQuerySchema, req.query);
    const ctx = service.context(deps.queue.hub(siteId));
    const q = service.query(ctx, input);
    if (typeof q === 'string')
      throw new ServiceError(400, 'invalid_input', 'Khoảng ngày không hợp lệ.', {
        issues: [{ path: 'from', message: q }],
      });
    const report = await service.run(ctx, name, q);
    if (!format) {
      res.json(report);
      return;
    }
    const table = service.table(ctx, report);
    const fileName = `bao-cao-${name}-${siteId}-${q.from}_${q.to}.${format}`;
    const file = await tableFile(table, format);
    res.setHeader('content-disposition', `attachment; filename="${fileName}"`);
    res.setHeader('cache-control', 'no-store');
    res.type(file.type).send(file.body);
  });

  return router;
}
