// A kiosk's printer: where its slips go. Managers may choose a network printer (tcp://host:port)
// or none; device and file paths on the server are for administrators only.
import { type Request, type Response, Router } from 'express';
import { z } from 'zod';
import type { RouteDeps } from '../http/route-deps.js';
import { deviceView } from '../http/routes/device-routes.js';
import { parseInput, param } from '../http/validate.js';
import { notFound, ServiceError } from '../services/service-error.js';
import { allowedPrinterTarget } from './printer-target-policy.js';

const printerBody = z.strictObject({ printer: z.string().trim().max(300).nullable() });

export function deviceAdminRoutes(deps: RouteDeps): Router {
  const router = Router();
  const { queue, store } = deps;

  router.put('/api/sites/:siteId/devices/:deviceId/printer', async (req: Request, res: Response) => {
    const siteId = param(req.params.siteId, 'trung tâm');
    queue.check(req.principal, 'devices:manage', siteId);
    const deviceId = param(req.params.deviceId, 'thiết bị');
    const { printer } = parseInput(printerBody, req.body);
    const device = store.config.devices.find((d) => d.id === deviceId && d.siteId === siteId);
    if (!device) throw notFound('thiết bị');
    if (device.kind !== 'kiosk') throw new ServiceError(400, 'invalid_input', 'Chỉ kiosk mới có máy in.');
    const value = allowedPrinterTarget(req.principal, printer);
    await store.updateConfig((data) => {
      const current = data.devices.find((d) => d.id === deviceId);
      if (current) current.printer = value;
    });
    queue.audit(req.principal, siteId, 'device:printer', `${deviceId} → ${value ?? 'mặc định'}`);
    res.json({ device: deviceView(device) });
  });

  return router;
}
