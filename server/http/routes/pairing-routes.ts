// Pairing a kiosk, display or counter PC without a long URL and without leaving its key in the
// browser: the console creates a one-time code, the device types it at /pair and gets its
// credential as an HttpOnly cookie. Old ?key= links still work: the server moves the key into the
// cookie and redirects to the same page without it (no history entry keeps the key).
import express, { type Request, type Response, Router } from 'express';
import { pairingCodeBody } from '../../../shared/protocol/api-schemas.js';
import type { SiteConfig } from '../../../shared/domain/model.js';
import { PairingCodes } from '../../auth/pairing-codes.js';
import type { Principal } from '../../auth/principal.js';
import { notFound, ServiceError } from '../../services/service-error.js';
import type { DeviceRecord } from '../../store/config-data.js';
import { DEVICE_COOKIE, readCookie } from '../authenticate.js';
import { sendError } from '../errors.js';
import { addressKey, limiter as rateLimiter } from '../limits/rate-limits.js';
import { pairPage } from '../pair-page.js';
import type { RouteDeps } from '../route-deps.js';
import { parseInput, param } from '../validate.js';

/** Readable by the page (never a secret): tells the apps this browser is paired by cookie. */
export const PAIRED_COOKIE = 'luot_paired';
/** The longest a browser keeps a cookie (Chromium caps expiry at 400 days). */
const COOKIE_MAX_AGE_MS = 400 * 24 * 3600_000;

const DEVICE_PAGES = [
  '/kiosk',
  '/kiosk/',
  '/display',
  '/display/',
  '/counter',
  '/counter/',
  '/counter/rating',
  '/counter/rating/',
];

/** The page a device of this kind opens, with its board when it is a zone or counter display. */
export function devicePath(device: DeviceRecord, config: SiteConfig | undefined): string | null {
  if (device.kind === 'kiosk') return '/kiosk/';
  if (device.kind === 'counter') return '/counter/';
  if (device.kind !== 'display') return null;
  const counter = device.counterId ? config?.counters.find((c) => c.id === device.counterId) : undefined;
  if (counter) return `/display/?counter=${counter.number}`;
  if (device.zone) return `/display/?zone=${encodeURIComponent(device.zone)}`;
  return '/display/';
}

function foreignOrigin(req: Request): boolean {
  const origin = req.get('origin');
  if (!origin || origin === 'null') return false;
  try {
    return new URL(origin).host !== req.get('host');
  } catch {
    return true;
  }
}

export function pairingRoutes(
  deps: RouteDeps,
  opts: { secureCookies: boolean; attemptsPerMinute: number },
): { router: Router; codes: PairingCodes } {
  const { auth, store, queue, clock } = deps;
  const codes = new PairingCodes(clock);
  const router = Router();
  const cookieOptions = {
    sameSite: 'strict' as const,
    secure: opts.secureCookies,
    path: '/',
    maxAge: COOKIE_MAX_AGE_MS,
  };
  const keep = (res: Response, key: string) => {
    res.cookie(DEVICE_COOKIE, key, { ...cookieOptions, httpOnly: true });
    res.cookie(PAIRED_COOKIE, '1', { ...cookieOptions, httpOnly: false });
  };
  const limiter = rateLimiter({
    perMinute: opts.attemptsPerMinute,
    key: addressKey,
    refuse: (req, res) =>
      req.path === '/pair'
        ? res
            .status(429)
            .type('html')
            .send(pairPage({ error: 'rate_limited' }))
        : sendError(
            res,
            new ServiceError(429, 'rate_limited', 'Nhập sai quá nhiều lần. Thử lại sau một phút.'),
          ),
  });

  const devicePrincipal = (device: DeviceRecord): Principal => ({ kind: 'device', device });

  /** Redeems a code: a new credential for the device in an HttpOnly cookie, and where to go. */
  async function redeem(
    input: string,
    res: Response,
  ): Promise<{ device: DeviceRecord; path: string } | null> {
    const deviceId = codes.redeem(input);
    const device = deviceId ? store.config.devices.find((d) => d.id === deviceId) : undefined;
    if (!device || device.revokedAt !== null) return null;
    const path = devicePath(device, deps.hubs.get(device.siteId)?.config);
    const key = path ? await auth.issueDeviceCredential(device.id) : null;
    if (!path || !key) return null;
    keep(res, key);
    queue.audit(devicePrincipal(device), device.siteId, 'device:paired', device.id);
    return { device, path };
  }

  router.post('/api/sites/:siteId/devices/:deviceId/pairing-code', (req: Request, res: Response) => {
    const siteId = param(req.params.siteId, 'trung tâm');
    queue.check(req.principal, 'devices:manage', siteId);
    const deviceId = param(req.params.deviceId, 'thiết bị');
    const device = store.config.devices.find((d) => d.id === deviceId && d.siteId === siteId);
    if (!device || device.revokedAt !== null) throw notFound('thiết bị');
    if (device.kind === 'integration') {
      throw new ServiceError(
        400,
        'invalid_input',
        'Thiết bị tích hợp dùng khoá API, không ghép nối bằng mã.',
      );
    }
    const entry = codes.create(device.id);
    queue.audit(req.principal, siteId, 'device:pairing-code', device.id);
    res.status(201).json({
      code: entry.code,
      expiresAt: entry.expiresAt,
      pairUrl: `${deps.publicAddress(req.get('host')).url}/pair`,
    });
  });

  router.post('/api/pair', limiter, async (req: Request, res: Response) => {
    if (foreignOrigin(req)) throw new ServiceError(403, 'origin_not_allowed', 'Yêu cầu không đến từ Lượt.');
    const { code } = parseInput(pairingCodeBody, req.body);
    const paired = await redeem(code, res);
    if (!paired)
      throw new ServiceError(400, 'pairing_code_invalid', 'Mã ghép nối không đúng, đã dùng hoặc đã hết hạn.');
    const { device, path } = paired;
    res.json({
      device: { id: device.id, kind: device.kind, name: device.name, siteId: device.siteId },
      path,
    });
  });

  const pairedAs = (req: Request) => {
    const key = readCookie(req.get('cookie'), DEVICE_COOKIE);
    const resolved = key ? auth.resolveDeviceKey(key) : null;
    return resolved && 'principal' in resolved && resolved.principal.kind === 'device'
      ? resolved.principal.device.name
      : null;
  };

  router.get('/pair', (req: Request, res: Response) => {
    const error = req.query.error === 'bad_key' ? 'bad_key' : undefined;
    res.type('html').send(pairPage({ pairedAs: pairedAs(req), error }));
  });

  router.post(
    '/pair',
    limiter,
    express.urlencoded({ extended: false, limit: '2kb' }),
    async (req: Request, res: Response) => {
      const input = typeof req.body?.code === 'string' ? req.body.code.slice(0, 20) : '';
      if (foreignOrigin(req))
        return void res
          .status(403)
          .type('html')
          .send(pairPage({ error: 'invalid' }));
      const paired = await redeem(input, res);
      if (!paired) {
        return void res
          .status(400)
          .type('html')
          .send(pairPage({ error: 'invalid', code: input, pairedAs: pairedAs(req) }));
      }
      res.redirect(303, paired.path);
    },
  );

  /** Old links: /display/?key=ldk_… → the key goes into the cookie, the page reloads without it. */
  router.get(DEVICE_PAGES, (req: Request, res: Response, next) => {
    const key = req.query.key;
    if (key === undefined) return next();
    const url = new URL(req.originalUrl, 'http://luot.invalid');
    url.searchParams.delete('key');
    const rest = url.pathname + url.search;
    const resolved = typeof key === 'string' ? auth.resolveDeviceKey(key) : { failure: 'unauthorized' };
    res.set('Cache-Control', 'no-store');
    if (!('principal' in resolved) || typeof key !== 'string')
      return res.redirect(303, '/pair?error=bad_key');
    keep(res, key);
    res.redirect(303, rest);
  });

  /** Unpairs this browser (the device itself stays; revoke it in the console). */
  router.post('/pair/forget', (req: Request, res: Response) => {
    if (foreignOrigin(req))
      return void res
        .status(403)
        .type('html')
        .send(pairPage({ error: 'invalid' }));
    res.clearCookie(DEVICE_COOKIE, { path: '/' });
    res.clearCookie(PAIRED_COOKIE, { path: '/' });
    res.redirect(303, '/pair');
  });

  return { router, codes };
}
