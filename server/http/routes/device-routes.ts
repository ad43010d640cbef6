// Devices of a site: create (the key is shown once, stored hashed; a display may show one zone or
// one counter), list with who is connected and when each was last seen, revoke.
import { randomUUID } from 'node:crypto';
import { type Request, type Response, Router } from 'express';
import { createDeviceBody } from '../../../shared/protocol/api-schemas.js';
import { allowedPrinterTarget } from '../../admin/printer-target-policy.js';
import { hashSecret, newDeviceKey } from '../../auth/secrets.js';
import type { Presence } from '../../realtime/device-presence.js';
import { notFound, ServiceError } from '../../services/service-error.js';
import type { DeviceRecord } from '../../store/config-data.js';
import type { RouteDeps } from '../route-deps.js';
import { parseInput, param } from '../validate.js';

export function deviceView(d: DeviceRecord) {
  return {
    id: d.id,
    siteId: d.siteId,
    kind: d.kind,
    name: d.name,
    counterId: d.counterId,
    zone: d.zone ?? null,
    printer: d.printer,
    createdAt: d.createdAt,
    revokedAt: d.revokedAt,
  };
}

const withPresence = (d: DeviceRecord, presence: Presence) => ({ ...deviceView(d), ...presence });

export function deviceRoutes(deps: RouteDeps, onRevoked: (deviceId: string) => void): Router {
  const router = Router();
  const { queue, store, clock, presence } = deps;

  router.get('/api/sites/:siteId/devices', (req: Request, res: Response) => {
    const siteId = param(req.params.siteId, 'trung tâm');
    queue.check(req.principal, 'devices:manage', siteId);
    res.json(
      store.config.devices.filter((d) => d.siteId === siteId).map((d) => withPresence(d, presence.of(d.id))),
    );
  });

  router.post('/api/sites/:siteId/devices', async (req: Request, res: Response) => {
    const siteId = param(req.params.siteId, 'trung tâm');
    queue.check(req.principal, 'devices:manage', siteId);
    const body = parseInput(createDeviceBody, req.body);
    const hub = queue.hub(siteId);
    if (body.kind === 'counter' && !hub.config.counters.some((c) => c.id === body.counterId)) {
      throw new ServiceError(400, 'invalid_input', 'Thiết bị quầy cần một quầy có thật (counterId).');
    }
    const board = displayBoard(body, hub.config.counters);
    const printer = body.kind === 'kiosk' ? allowedPrinterTarget(req.principal, body.printer) : null;
    const id = `dev-${randomUUID().slice(0, 8)}`;
    const key = newDeviceKey(id);
    const record: DeviceRecord = {
      id,
      siteId,
      kind: body.kind,
      name: body.name,
      counterId: body.kind === 'counter' ? (body.counterId ?? null) : board.counterId,
      ...(board.zone ? { zone: board.zone } : {}),
      printer,
      keyHash: hashSecret(key),
      createdAt: clock(),
      revokedAt: null,
    };
    await store.updateConfig((data) => {
      data.devices.push(record);
    });
    queue.audit(req.principal, siteId, 'device:create', id);
    res.status(201).json({ id, kind: record.kind, key, device: deviceView(record) });
  });

  router.post('/api/sites/:siteId/devices/:deviceId/revoke', async (req: Request, res: Response) => {
    const siteId = param(req.params.siteId, 'trung tâm');
    queue.check(req.principal, 'devices:manage', siteId);
    const deviceId = param(req.params.deviceId, 'thiết bị');
    const device = store.config.devices.find((d) => d.id === deviceId && d.siteId === siteId);
    if (!device) throw notFound('thiết bị');
    await store.updateConfig(() => {
      device.revokedAt ??= clock();
    });
    onRevoked(deviceId);
    queue.audit(req.principal, siteId, 'device:revoke', deviceId);
    res.json({ device: deviceView(device) });
  });

  return router;
}

/** A display shows the hall, one zone, or one counter's board (one of them, existing ones only). */
function displayBoard(
  body: { kind: string; counterId?: string; zone?: string },
  counters: readonly { id: string; zone: string; retired?: boolean }[],
): { counterId: string | null; zone: string | null } {
  if (body.kind !== 'display') {
    if (body.zone) throw new ServiceError(400, 'invalid_input', 'Chỉ màn hình hiển thị mới chọn khu.');
    return { counterId: null, zone: null };
  }
  if (body.counterId && body.zone) {
    throw new ServiceError(400, 'invalid_input', 'Màn hình hiển thị một khu hoặc một quầy, không cả hai.');
  }
  if (body.counterId && !counters.some((c) => c.id === body.counterId)) {
    throw new ServiceError(400, 'invalid_input', 'Không có quầy này.');
  }
  if (body.zone && !counters.some((c) => c.zone === body.zone)) {
    throw new ServiceError(400, 'invalid_input', `Không có quầy nào thuộc khu "${body.zone}".`);
  }
  return { counterId: body.counterId ?? null, zone: body.zone ?? null };
}
