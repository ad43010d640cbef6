// Catalogue export and import, CSV or XLSX, keyed by mã TTHC. The file is the raw request body
// (up to 10 MB, its own parser: the JSON limit of the rest of the API stays small). ?dryRun=1
// reports what an import would do without changing anything.
import express, { type Request, type Response, Router } from 'express';
import { z } from 'zod';
import { localDay } from '../../shared/i18n/time.js';
import { parseInput, param } from '../http/validate.js';
import type { AdminService } from '../services/admin-service.js';
import type { QueueService } from '../services/queue-service.js';
import { ServiceError } from '../services/service-error.js';
import { CatalogueImport, type ImportSummary } from './catalogue-import.js';
import { CATALOGUE_WIDTHS, catalogueTable, rowsOfTable } from './catalogue-table.js';
import { parseCsv, writeCsv } from './csv.js';
import { readXlsx, writeXlsx } from './xlsx.js';

export const IMPORT_LIMIT_BYTES = 10 * 1024 * 1024;
const MAX_ROWS = 5000;

const exportQuery = z.object({ format: z.enum(['csv', 'xlsx']).default('xlsx') });
const importQuery = z.object({
  format: z.enum(['csv', 'xlsx']),
  dryRun: z.enum(['0', '1', 'true', 'false']).optional(),
});

async function readTable(format: 'csv' | 'xlsx', body: Buffer): Promise<string[][]> {
  try {
    if (format === 'csv') return parseCsv(body.toString('utf8'));
    return await readXlsx(body);
  } catch {
    throw new ServiceError(400, 'invalid_input', 'Không đọc được tệp (CSV UTF-8 hoặc XLSX).');
  }
}

export function catalogueRoutes(admin: AdminService, queue: QueueService): Router {
  const router = Router();
  const site = (req: Request) => param(req.params.siteId, 'trung tâm');

  router.get('/api/sites/:siteId/catalogue-export', async (req: Request, res: Response) => {
    const siteId = site(req);
    queue.check(req.principal, 'config:manage', siteId);
    const { format } = parseInput(exportQuery, req.query);
    const { config } = admin.record(siteId);
    const table = catalogueTable(config);
    const name = `thu-tuc-${siteId}-${localDay(queue.hub(siteId).now(), config.site.timeZone)}.${format}`;
    res.setHeader('content-disposition', `attachment; filename="${name}"`);
    if (format === 'csv') {
      res.type('text/csv; charset=utf-8').send(writeCsv(table));
    } else {
      res
        .type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
        .send(await writeXlsx(table, 'Thủ tục', CATALOGUE_WIDTHS));
    }
  });

  router.post(
    '/api/sites/:siteId/catalogue-import',
    express.raw({ type: () => true, limit: IMPORT_LIMIT_BYTES }),
    async (req: Request, res: Response) => {
      const siteId = site(req);
      queue.check(req.principal, 'config:manage', siteId);
      const query = parseInput(importQuery, req.query);
      const body = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
      if (body.length === 0) throw new ServiceError(400, 'invalid_input', 'Tệp trống.');
      const table = await readTable(query.format, body);
      const { rows, unknownHeaders } = rowsOfTable(table);
      if (rows.length > MAX_ROWS) {
        throw new ServiceError(400, 'invalid_input', `Tệp có quá ${MAX_ROWS} dòng.`);
      }
      if (!rows.some(({ row }) => row.name !== undefined || row.code !== undefined)) {
        throw new ServiceError(
          400,
          'invalid_input',
          'Không thấy cột "Mã TTHC" hay "Tên thủ tục" ở dòng đầu.',
        );
      }
      const dryRun = query.dryRun === '1' || query.dryRun === 'true';
      const preview = new CatalogueImport(admin.record(siteId).config).apply(rows);
      const changed = (s: ImportSummary) => s.created + s.updated + s.fieldsCreated + s.fieldsUpdated > 0;
      let summary = preview.summary;
      if (!dryRun && changed(summary)) {
        await admin.changeSite(req.principal, siteId, {
          action: 'catalogue:import',
          target: `${summary.created} mới, ${summary.updated} cập nhật`,
          apply: (draft) => {
            const applied = new CatalogueImport(draft.config).apply(rows);
            draft.config = applied.config;
            summary = applied.summary;
            return undefined;
          },
        });
      }
      res.json({ dryRun, applied: !dryRun && changed(summary), unknownHeaders, summary });
    },
  );

  return router;
}
