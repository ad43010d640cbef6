// createApp(deps): the whole hub (Express 5 + Socket.IO on one port) from its dependencies.
// Nothing here reads the environment or binds a port by itself: main.ts and the tests do.
import { existsSync, readdirSync } from 'node:fs';
import { createServer, type Server as HttpServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import express, { type Express, type Request, type Response } from 'express';
import { rateLimit } from 'express-rate-limit';
import helmet from 'helmet';
import { AuthService } from './auth/auth-service.js';
import { authenticate } from './http/authenticate.js';
import { errorHandler, sendError } from './http/errors.js';
import type { RouteDeps } from './http/route-deps.js';
import { adminRoutes } from './http/routes/admin-routes.js';
import { authRoutes } from './http/routes/auth-routes.js';
import { deviceRoutes } from './http/routes/device-routes.js';
import { officerRoutes } from './http/routes/officer-routes.js';
import { publicRoutes } from './http/routes/public-routes.js';
import { printerRoutes } from './http/routes/printer-routes.js';
import { queueRoutes } from './http/routes/queue-routes.js';
import { reportRoutes } from './http/routes/report-routes.js';
import { Hubs } from './hub/hubs.js';
import { type Clock, type HubIds, randomIds } from './hub/site-hub.js';
import { attachRealtime, type Realtime } from './realtime/socket-server.js';
import type { Logger, SlipPrinter } from './services/ports.js';
import { QueueService } from './services/queue-service.js';
import { ServiceError } from './services/service-error.js';
import type { Store } from './store/store.js';

export interface AppOptions {
  /** Base of the links in QR codes, e.g. http://192.168.1.10:3000 (default: the bound address). */
  publicUrl?: string;
  secureCookies?: boolean;
  /** Built front ends (vite build output). */
  distDir?: string;
  /** Voice clip packs: <dir>/<locale>/manifest.json. */
  clipsDirs?: string[];
  version?: string;
  /** Requests per minute per client address. */
  rateLimits?: { login: number; public: number };
}

export interface AppDeps {
  store: Store;
  printer: SlipPrinter;
  clock: Clock;
  logger: Logger;
  options?: AppOptions;
  ids?: HubIds;
}

export interface LuotApp {
  app: Express;
  httpServer: HttpServer;
  realtime: Realtime;
  hubs: Hubs;
  queue: QueueService;
  auth: AuthService;
  store: Store;
  /** Binds the port (0 = any free port) and resolves with the base URL. */
  listen(port: number, host?: string): Promise<string>;
  close(): Promise<void>;
}

const ROOT = resolve(import.meta.dirname, '..');

export async function createApp(deps: AppDeps): Promise<LuotApp> {
  const { store, printer, clock, logger } = deps;
  const options = deps.options ?? {};
  const limits = options.rateLimits ?? { login: 20, public: 600 };
  const hubs = new Hubs(store, clock, deps.ids ?? randomIds);
  await hubs.loadAll();
  const auth = new AuthService(store, clock);
  const publicUrl = { value: options.publicUrl ?? 'http://localhost:3000' };
  const queue = new QueueService({
    hubs,
    store,
    printer,
    logger,
    clock,
    get publicUrl() {
      return publicUrl.value;
    },
  });

  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', false);
  app.use(
    helmet({
      contentSecurityPolicy: {
        useDefaults: true,
        directives: {
          'script-src': ["'self'"],
          'img-src': ["'self'", 'data:', 'blob:'],
          'media-src': ["'self'", 'blob:'],
          'connect-src': ["'self'"],
          'upgrade-insecure-requests': null,
        },
      },
      strictTransportSecurity: false,
    }),
  );
  app.use(express.json({ limit: '64kb', strict: true }));
  app.use(authenticate(auth));

  const loginLimiter = rateLimit({
    windowMs: 60_000,
    limit: limits.login,
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    handler: (_req, res) => sendError(res, new ServiceError(429, 'rate_limited', 'Thử lại sau ít phút.')),
  });
  const publicLimiter = rateLimit({
    windowMs: 60_000,
    limit: limits.public,
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    handler: (_req, res) =>
      sendError(res, new ServiceError(429, 'rate_limited', 'Quá nhiều yêu cầu. Thử lại sau.')),
  });
  app.use(['/api/tickets', '/api/sites/:siteId/catalogue'], publicLimiter);

  const httpServer = createServer(app);
  const realtime = attachRealtime(httpServer, { auth, queue, hubs, logger });

  app.use(publicRoutes(queue, clock(), options.version ?? '0.0.0'));
  app.use(authRoutes(auth, loginLimiter, options.secureCookies ?? false));
  app.use(queueRoutes(queue));
  app.use(deviceRoutes(queue, store, clock, (deviceId) => realtime.disconnectPrincipal('device', deviceId)));
  const routeDeps: RouteDeps = { queue, hubs, store, auth, realtime, printer, logger, clock };
  app.use(printerRoutes(routeDeps));
  app.use(adminRoutes(routeDeps));
  app.use(reportRoutes(routeDeps));
  app.use(officerRoutes(routeDeps));

  serveApps(app, options);

  app.use('/api', (_req: Request, res: Response) =>
    sendError(res, new ServiceError(404, 'not_found', 'Không có đường dẫn này.')),
  );
  app.use(errorHandler(logger));

  return {
    app,
    httpServer,
    realtime,
    hubs,
    queue,
    auth,
    store,
    async listen(port: number, host = '0.0.0.0') {
      await new Promise<void>((ok, fail) => {
        httpServer.once('error', fail);
        httpServer.listen(port, host, () => ok());
      });
      const address = httpServer.address() as AddressInfo;
      const url = `http://${host === '0.0.0.0' || host === '::' ? 'localhost' : host}:${address.port}`;
      if (!options.publicUrl) publicUrl.value = url;
      return url;
    },
    async close() {
      // Closing the transports (not a server "disconnect" packet) lets every client reconnect by
      // itself when the hub is back: a restart must never leave a wall display frozen.
      const closed = new Promise<void>((ok) => realtime.io.close(() => ok()));
      httpServer.closeIdleConnections();
      setTimeout(() => httpServer.closeAllConnections(), 500).unref();
      await closed;
      await hubs.close();
      await printer.close();
      await store.close();
    },
  };
}

/** The built apps: /kiosk, /display, /counter, /counter/rating, /admin and the phone page /t/<token>. */
function serveApps(app: Express, options: AppOptions): void {
  const dist = options.distDir ?? join(ROOT, 'dist');
  const clipsDirs = options.clipsDirs ?? [join(ROOT, 'server', 'assets', 'clips')];
  // Which voice packs exist, so displays fetch only those.
  app.get('/clips/index.json', (_req: Request, res: Response) => {
    const locales = new Set<string>();
    for (const dir of clipsDirs) {
      if (!existsSync(dir)) continue;
      for (const entry of readdirSync(dir)) {
        if (/^[a-z]{2}$/.test(entry) && existsSync(join(dir, entry, 'manifest.json'))) locales.add(entry);
      }
    }
    res.json({ locales: [...locales].sort() });
  });
  for (const dir of clipsDirs) app.use('/clips', express.static(dir, { fallthrough: true, maxAge: '1h' }));
  app.use('/assets', express.static(join(dist, 'assets'), { immutable: true, maxAge: '30d' }));
  const page = (file: string) => (_req: Request, res: Response) => {
    const path = join(dist, file);
    if (!existsSync(path)) {
      return sendError(
        res,
        new ServiceError(503, 'site_unavailable', 'Giao diện chưa được build: chạy npm start.'),
      );
    }
    res.sendFile(path);
  };
  app.get('/', (_req: Request, res: Response) => res.redirect('/kiosk/'));
  app.get(['/kiosk', '/kiosk/'], page('kiosk/index.html'));
  app.get(['/display', '/display/'], page('display/index.html'));
  app.get(['/counter', '/counter/'], page('counter/index.html'));
  app.get(['/counter/rating', '/counter/rating/'], page('counter/rating.html'));
  app.get(['/admin', '/admin/'], page('admin/index.html'));
  app.get('/t/:statusToken', page('kiosk/status.html'));
  app.use('/fonts', express.static(join(dist, 'fonts'), { maxAge: '30d' }));
}
