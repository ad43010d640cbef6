// The reports over a set of centres:
//   GET /api/centre-reports/<centres|fields|procedures>[.csv|.xlsx]?siteIds=a,b&from=&to=
// The province role and administrators for any centres, a manager for their own (centre-set-query.ts
// has the checks and their codes); the exports are the single-centre reports' (export-files.ts).
import { type Request, type Response, Router } from 'express';
import { CENTRE_REPORTS, type CentreReportName } from '../../shared/protocol/centre-report-views.js';
import type { RouteDeps } from '../http/route-deps.js';
import { parseInput } from '../http/validate.js';
import type { SiteHub } from '../hub/site-hub.js';
import { ServiceError } from '../services/service-error.js';
import { checkCentres, centreSetQuerySchema, resolveCentreSetQuery } from './centre-set-query.js';
import { centreSetReport } from './centre-set-report.js';
import { centreSetTable } from './centre-set-tables.js';
import { tableFile } from './export-files.js';
import type { ReportService } from './report-service.js';

const FILE = /^([a-z]{3,20})(?:\.(csv|xlsx))?$/;

export function centreReportRoutes(deps: RouteDeps, service: ReportService): Router {
  const router = Router();
  router.get('/api/centre-reports/:file', async (req: Request, res: Response) => {
    const match = FILE.exec(String(req.params.file));
    const name = match?.[1] as CentreReportName | undefined;
    if (!match || !name || !(CENTRE_REPORTS as readonly string[]).includes(name)) {
      throw new ServiceError(404, 'not_found', 'Không có báo cáo này.');
    }
    const format = match[2] as 'csv' | 'xlsx' | undefined;
    const query = resolveCentreSetQuery(parseInput(centreSetQuerySchema, req.query));
    checkCentres(req.principal, query.siteIds, (id) => deps.hubs.get(id) !== undefined);
    const hubs = query.siteIds.map((id) => deps.hubs.get(id) as SiteHub);
    const report = await centreSetReport(
      hubs.map((hub) => service.context(hub)),
      name,
      query,
      deps.clock(),
    );
    if (!format) {
      res.json(report);
      return;
    }
    const file = await tableFile(centreSetTable(report), format);
    const fileName = `bao-cao-${name}-${query.siteIds.length}-trung-tam-${query.from}_${query.to}.${format}`;
    res.setHeader('content-disposition', `attachment; filename="${fileName}"`);
    res.setHeader('cache-control', 'no-store');
    res.type(file.type).send(file.body);
  });
  return router;
}
