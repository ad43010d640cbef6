// A picture of the slip as the kiosk printer would print it, for the layout being edited.
import { type Request, type Response, Router } from 'express';
import { z } from 'zod';
import { LOCALES } from '../../shared/domain/model.js';
import { formatDisplayNumber } from '../../shared/domain/numbering.js';
import { newWaitingTicket } from '../../shared/domain/ticket.js';
import { slipLayoutSchema } from '../../shared/protocol/config-schemas.js';
import type { RouteDeps } from '../http/route-deps.js';
import { parseInput, param } from '../http/validate.js';
import { counterNumbersFor } from '../hub/views.js';
import { PrintError } from '../printing/errors.js';
import { slipInputFor } from '../printing/slip-printer.js';
import { buildSlipModel } from '../printing/slip-model.js';
import { ServiceError } from '../services/service-error.js';
import { loadSlipRendering } from '../heavy-modules.js';

const previewBody = z.strictObject({
  layout: slipLayoutSchema.optional(),
  language: z.enum(LOCALES).optional(),
  priority: z.boolean().optional(),
});

export function slipPreviewRoutes(deps: RouteDeps): Router {
  const router = Router();
  const { queue } = deps;

  router.post('/api/sites/:siteId/slip-preview', async (req: Request, res: Response) => {
    const siteId = param(req.params.siteId, 'trung tâm');
    queue.check(req.principal, 'config:manage', siteId);
    const body = parseInput(previewBody, req.body);
    const hub = queue.hub(siteId);
    const { config } = hub;
    const procedure = config.procedures.find((p) => !p.retired);
    const series = config.series.find((s) => s.id === procedure?.seriesId) ?? config.series[0];
    const number = series ? series.start + 11 * series.step : 12;
    const displayNumber = series ? formatDisplayNumber(series, number) : String(number).padStart(3, '0');
    const now = hub.now();
    const sample = newWaitingTicket({
      id: 'preview',
      siteId,
      day: hub.state.day,
      seriesId: series?.id ?? '',
      issueIndex: 12,
      number,
      displayNumber,
      procedureId: procedure?.id ?? '',
      fieldId: procedure?.fieldId ?? config.fields[0]?.id ?? '',
      priorityId: body.priority ? (config.priorityCategories[0]?.id ?? null) : null,
      priorityToConfirm: false,
      channel: 'kiosk',
      language: body.language ?? 'vi',
      requestId: null,
      statusToken: 'preview',
      issuedAt: now,
    });
    const settings = { ...hub.settings, slip: body.layout ?? hub.settings.slip };
    try {
      const input = slipInputFor({
        config,
        settings,
        ticket: sample,
        ahead: 4,
        statusUrl: queue.statusUrl('XEM-TRUOC-PHIEU'),
        counterNumbers: series ? counterNumbersFor(config, series.id) : [],
        kiosk: null,
      });
      const { renderSlip } = await loadSlipRendering();
      const { png } = renderSlip(buildSlipModel(input));
      res.type('image/png').setHeader('cache-control', 'no-store');
      res.send(png);
    } catch (error) {
      if (error instanceof PrintError) throw new ServiceError(400, 'invalid_input', error.message);
      throw error;
    }
  });

  return router;
}
