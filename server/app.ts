// createApp(deps): the whole hub (Express 5 + Socket.IO on one port) from its dependencies.
// Nothing here reads the environment or binds a port by itself: main.ts and the tests do.
import { existsSync, readdirSync } from 'node:fs';
import { createServer, type Server as HttpServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import express, { type Express, type Request, type RequestHandler, type Response } from 'express';
import type { Server as SocketServer } from 'socket.io';
import helmet from 'helmet';
import { appointmentRoutes } from './appointments/appointment-routes.js';
import { Appointments } from './appointments/appointments.js';
import { type BookingStore, FileBookingStore } from './appointments/booking-store.js';
import { AuthService } from './auth/auth-service.js';
import { AdminService } from './services/admin-service.js';
import { authenticate } from './http/authenticate.js';
import { errorHandler, sendError } from './http/errors.js';
import {
  type ConnectionGuard,
  type ConnectionLimits,
  DEFAULT_CONNECTION_LIMITS,
  guardConnections,
  serverTimeouts,
} from './http/limits/connection-guard.js';
import { gateByHost, hostAllowList } from './http/limits/host-allow-list.js';
import { addressKey, callerKey, limiter } from './http/limits/rate-limits.js';
import { signInGuard } from './http/limits/sign-in-guard.js';
import type { TrustProxy } from './http/limits/trust-proxy.js';
import { type IssueLimitOptions, IssueLimits } from './services/issue-limits.js';
import { SignInThrottle, type SignInThrottleOptions } from './auth/sign-in-throttle.js';
import type { RouteDeps } from './http/route-deps.js';
import { adminRoutes } from './http/routes/admin-routes.js';
import { authRoutes } from './http/routes/auth-routes.js';
import { deviceRoutes } from './http/routes/device-routes.js';
import { healthRoutes } from './http/routes/health-routes.js';
import { officerRoutes } from './http/routes/officer-routes.js';
import { pairingRoutes } from './http/routes/pairing-routes.js';
import { passwordRoutes } from './http/routes/password-routes.js';
import { publicRoutes } from './http/routes/public-routes.js';
import { printerRoutes } from './http/routes/printer-routes.js';
import { queueRoutes } from './http/routes/queue-routes.js';
import { reportRoutes } from './http/routes/report-routes.js';
import { faultLog } from './hub/fault-log.js';
import { ReportService } from './reports/report-service.js';
import { Hubs } from './hub/hubs.js';
import type { ClockStatus } from './hub/queue-clock.js';
import { type Clock, type HubIds, type HubOptions, randomIds } from './hub/site-hub.js';
import { DevicePresence } from './realtime/device-presence.js';
import type { RemoteSockets } from './realtime/remote-sockets.js';
import { attachRealtime, type Realtime } from './realtime/socket-server.js';
import type { Logger, SlipPrinter } from './services/ports.js';
import { QueueService } from './services/queue-service.js';
import { ServiceError } from './services/service-error.js';
import { FileStore } from './store/file-store.js';
import { isPgStore } from './store/pg/is-pg-store.js';
import type { Store } from './store/store.js';
import { addressForConsole, choosePublicAddress, type PublicAddress } from './public-address.js';
import { Integrations } from './integrations/integrations.js';
import { integrationRoutes } from './integrations/routes.js';
import type { DeliveryTiming } from './integrations/webhook-worker.js';
import { guidanceRoutes } from './guidance/guidance-routes.js';
import { HelpCalls } from './guidance/help-calls.js';
import { VoicePackStore } from './voice/pack-store.js';
import { ownPackLocales, voiceRoutes } from './voice/voice-routes.js';
import { PROJECT_ROOT } from './project-root.js';

export interface AppOptions {
  /** Base of the links in QR codes, e.g. http://192.168.1.10:3000 (default: the bound address). */
  publicUrl?: string;
  secureCookies?: boolean;
  /** Built front ends (vite build output). */
  distDir?: string;
  /** Voice clip packs: <dir>/<locale>/manifest.json. */
  clipsDirs?: string[];
  /** A centre's own recordings (default: <data dir>/voice with a FileStore, none otherwise). */
  voiceDir?: string | null;
  version?: string;
  /** Requests per minute: `public` per caller (device, account, ticket, else address; 600 by
   * default); per client address: pair (pairing-code attempts, 10 by default) and booking
   * (bookings made, moved or cancelled). */
  rateLimits?: { public: number; pair?: number; booking?: number };
  /** Who may name a client's address, which Host names are answered, connection caps. */
  network?: {
    trustProxy?: TrustProxy;
    allowedHosts?: readonly string[];
    connections?: Partial<ConnectionLimits>;
  };
  /** Wrong-password throttling (server/auth/sign-in-throttle.ts). */
  signInThrottle?: SignInThrottleOptions;
  /** Tickets a kiosk may issue per minute and per hour. */
  issueLimits?: IssueLimitOptions;
  /** Webhooks and citizen messages (LUOT_WEBHOOK_ALLOW_PRIVATE, delivery timing for tests). */
  integrations?: { allowPrivate?: boolean; timing?: Partial<DeliveryTiming>; dir?: string };
}

export interface AppDeps {
  store: Store;
  printer: SlipPrinter;
  clock: Clock;
  logger: Logger;
  options?: AppOptions;
  ids?: HubIds;
  hubOptions?: HubOptions;
  /** How the wall clock agrees with the queue's (main.ts passes its QueueClock's). */
  clockStatus?: () => ClockStatus;
  /** Where bookings live (default: a journal per site in the FileStore's data directory, or the
   * PgStore's database). */
  bookings?: BookingStore;
  /** A hub node of a cluster (server/cluster): which sites it writes, how it forwards the others. */
  cluster?: AppCluster;
}

export interface AppCluster {
  /** Sites whose lease this node holds (loaded at start). */
  writes(siteId: string): boolean;
  /** Forwards a request for a site written elsewhere (mounted before the body parsers). */
  forward(isLocal: (siteId: string) => boolean): RequestHandler;
  /** Socket.IO adapter for fan-out across nodes. */
  ioAdapter?: Parameters<SocketServer['adapter']>[0];
  /** Serves sockets of sites written by another node (read-only here, commands sent there). */
  remote?: RemoteSockets;
}

const steadyClockStatus = (): ClockStatus => ({ state: 'ok', offsetMs: 0, followsAt: null });

export interface LuotApp {
  app: Express;
  httpServer: HttpServer;
  realtime: Realtime;
  hubs: Hubs;
  queue: QueueService;
  auth: AuthService;
  store: Store;
  /** The address QR codes and pairing links use (known once the port is bound). */
  publicAddress(): PublicAddress;
  /** Bookings and remote tickets (null without a booking store). */
  appointments: Appointments | null;
  integrations: Integrations;
  /** Connections held now and how many a cap or deadline closed. */
  connections: ConnectionGuard;
  /** Tells a site's kiosks, displays and counters its configuration changed (catalogue, snapshot). */
  siteChanged(siteId: string): void;
  /** Binds the port (0 = any free port) and resolves with the base URL. */
  listen(port: number, host?: string): Promise<string>;
  close(): Promise<void>;
}

const ROOT = PROJECT_ROOT;

export async function createApp(deps: AppDeps): Promise<LuotApp> {
  const { store, printer, clock, logger } = deps;
  const options = deps.options ?? {};
  const limits = options.rateLimits ?? { public: 600 };
  const hubs = new Hubs(store, clock, deps.ids ?? randomIds, deps.hubOptions);
  await hubs.loadAll(deps.cluster?.writes);
  hubs.subscribe(faultLog(logger));
  const auth = new AuthService(store, clock);
  let address: PublicAddress = options.publicUrl
    ? choosePublicAddress({ configured: options.publicUrl, host: '', port: 0 })
    : { url: 'http://localhost:3000', source: 'loopback' };
  let boundPort = 0;
  const statusUrl = (token: string) => `${address.url.replace(/\/$/, '')}/t/${token}`;
  // The PostgreSQL-only modules (and the pg driver) load on a province's hub alone.
  const province = isPgStore(store)
    ? { store, modules: await import('./store/pg/province-modules.js') }
    : null;
  const integrations = new Integrations(
    hubs,
    store,
    {
      dir:
        options.integrations?.dir ??
        (store instanceof FileStore ? join(store.dataDir, 'integrations') : null),
      store: province ? await province.modules.PgIntegrationStore.open(province.store) : undefined,
      allowPrivate: options.integrations?.allowPrivate ?? false,
      timing: options.integrations?.timing,
      userAgent: `Luot-Webhook/${options.version ?? '0.0.0'}`,
      selfPorts: () => [boundPort, ...portsOf(address.url)],
      selfHosts: () => [new URL(address.url).hostname],
      statusUrl,
    },
    logger,
  );
  await integrations.start();
  const queue = new QueueService({
    issueLimits: new IssueLimits(clock, options.issueLimits),
    dossiers: {
      linkOf: (siteId, code) => integrations.dossierLinkOf(siteId, code),
      messages: (siteId) => integrations.canNotify(siteId),
    },
    hubs,
    store,
    printer,
    logger,
    clock,
    get publicUrl() {
      return address.url;
    },
  });

  const bookingStore =
    deps.bookings ??
    (province
      ? new province.modules.PgBookingStore(province.store.pool, province.store.location)
      : store instanceof FileStore
        ? new FileBookingStore(store.dataDir)
        : null);
  if (!bookingStore) logger.warn({}, 'appointments off: no booking store for this kind of store');
  const appointments = bookingStore ? new Appointments({ queue, store: bookingStore, clock, logger }) : null;
  appointments?.startPurge();

  const app = express();
  app.disable('x-powered-by');
  // Off unless LUOT_TRUST_PROXY names the proxies in front (server/http/limits/trust-proxy.ts).
  app.set('trust proxy', options.network?.trustProxy ?? false);
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
  if (deps.cluster) app.use(deps.cluster.forward((siteId) => hubs.get(siteId) !== undefined));
  app.use(express.json({ limit: '64kb', strict: true }));
  app.use(authenticate(auth));

  // Every API call is counted per caller (server/http/limits/rate-limits.ts).
  app.use(
    '/api',
    limiter({
      perMinute: limits.public,
      key: (req) => callerKey(req, (token) => queue.findByToken(token) !== null),
    }),
  );
  const bookingLimiter = limiter({
    perMinute: limits.booking ?? Math.max(1, Math.floor(limits.public / 10)),
    key: addressKey,
  });
  const signIn = signInGuard({
    throttle: new SignInThrottle(clock, options.signInThrottle),
    store,
    clock,
    logger,
  });

  const connectionLimits = { ...DEFAULT_CONNECTION_LIMITS, ...options.network?.connections };
  const httpServer = createServer(serverTimeouts(connectionLimits), app);
  const realtime = attachRealtime(httpServer, { auth, queue, hubs, logger, remote: deps.cluster?.remote });
  // The trusted proxy (hop 0 trusted) brings every client: the per-address cap is not for it.
  const trustedPeer = app.get('trust proxy fn') as (address: string, hop: number) => boolean;
  const connections = guardConnections(httpServer, connectionLimits, (ip) => trustedPeer(ip, 0));
  gateByHost(
    httpServer,
    hostAllowList({ publicUrl: options.publicUrl, allowedHosts: options.network?.allowedHosts }),
  );
  if (deps.cluster?.ioAdapter) realtime.io.adapter(deps.cluster.ioAdapter);
  const presence = new DevicePresence(clock);
  presence.watch(realtime.io);
  app.use((req: Request, _res: Response, next: () => void) => {
    if (req.principal.kind === 'device') presence.seen(req.principal.device.id);
    next();
  });

  app.use(
    healthRoutes({
      hubs,
      queue,
      clockStatus: deps.clockStatus ?? steadyClockStatus,
      startedAt: performance.now(),
      version: options.version ?? '0.0.0',
    }),
  );
  app.use(publicRoutes(queue));
  app.use(authRoutes(auth, signIn, options.secureCookies ?? false));
  app.use(passwordRoutes(auth, signIn));
  const reports = new ReportService(store);
  if (appointments) app.use(appointmentRoutes(appointments, reports, bookingLimiter));
  app.use(queueRoutes(queue));
  const routeDeps: RouteDeps = {
    queue,
    hubs,
    store,
    auth,
    realtime,
    printer,
    logger,
    clock,
    presence,
    publicAddress: (hostHeader) => addressForConsole(address, hostHeader, { port: boundPort }),
  };
  const pairing = pairingRoutes(routeDeps, {
    secureCookies: options.secureCookies ?? false,
    attemptsPerMinute: limits.pair ?? 10,
  });
  app.use(pairing.router);
  app.use(
    deviceRoutes(routeDeps, (deviceId) => {
      pairing.codes.forget(deviceId);
      realtime.disconnectPrincipal('device', deviceId);
    }),
  );
  app.use(printerRoutes(routeDeps));
  app.use(adminRoutes(routeDeps));
  // Before the report routes: the dossier-code export lives under /reports too.
  app.use(integrationRoutes(queue, integrations, store, clock));
  app.use(reportRoutes(routeDeps, reports));
  app.use(officerRoutes(routeDeps));
  if (province) app.use(province.modules.provinceRoutes(routeDeps, province.store));
  const clipsDirs = options.clipsDirs ?? [join(ROOT, 'server', 'assets', 'clips')];
  const voiceDir =
    options.voiceDir !== undefined
      ? options.voiceDir
      : store instanceof FileStore
        ? join(store.dataDir, 'voice')
        : null;
  const voicePacks = voiceDir ? new VoicePackStore(voiceDir, clipsDirs) : null;
  app.use(voiceRoutes(voicePacks, queue, clock, logger));
  app.use(guidanceRoutes(queue, store, new HelpCalls(clock)));

  serveApps(app, { ...options, clipsDirs }, (req) => ownPackLocales(voicePacks, req));

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
    publicAddress: () => address,
    siteChanged: (siteId) => new AdminService(routeDeps).broadcast(siteId),
    appointments,
    integrations,
    connections,
    async listen(port: number, host = '0.0.0.0') {
      await new Promise<void>((ok, fail) => {
        httpServer.once('error', fail);
        httpServer.listen(port, host, () => ok());
      });
      const bound = httpServer.address() as AddressInfo;
      const url = `http://${host === '0.0.0.0' || host === '::' ? 'localhost' : host}:${bound.port}`;
      boundPort = bound.port;
      address = choosePublicAddress({ configured: options.publicUrl, host, port: bound.port });
      return url;
    },
    async close() {
      // Closing the transports (not a server "disconnect" packet) lets every client reconnect by
      // itself when the hub is back: a restart must never leave a wall display frozen.
      realtime.close();
      const closed = new Promise<void>((ok) => realtime.io.close(() => ok()));
      httpServer.closeIdleConnections();
      setTimeout(() => httpServer.closeAllConnections(), 500).unref();
      await closed;
      await appointments?.close();
      await integrations.close();
      await hubs.close();
      await printer.close();
      await store.close();
    },
  };
}

/**
 * The built apps: /kiosk, /display, /counter, /counter/rating, /admin, the phone page /t/<token>
 * and the booking page /book (a booking's own page: /b/<manageToken>).
 */
/** The port of a URL (its scheme's default when none is written). */
function portsOf(url: string): number[] {
  const u = new URL(url);
  return [Number(u.port || (u.protocol === 'https:' ? 443 : 80))];
}

/** The built apps: /kiosk, /display, /counter, /counter/rating, /admin and the phone page /t/<token>. */
function serveApps(app: Express, options: AppOptions, ownLocales: (req: Request) => Promise<string[]>): void {
  const dist = options.distDir ?? join(ROOT, 'dist');
  const clipsDirs = options.clipsDirs ?? [join(ROOT, 'server', 'assets', 'clips')];
  // Which voice packs exist (built in, or the centre's own), so displays fetch only those.
  app.get('/clips/index.json', async (req: Request, res: Response) => {
    const locales = new Set<string>(await ownLocales(req));
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
  app.get(['/counter/guidance', '/counter/guidance/'], page('counter/guidance.html'));
  app.get(['/counter/check-in', '/counter/check-in/'], page('counter/check-in.html'));
  app.get(['/admin', '/admin/'], page('admin/index.html'));
  app.get('/t/:statusToken', page('kiosk/status.html'));
  app.get(['/book', '/book/', '/book/:siteId', '/b/:manageToken'], page('kiosk/booking.html'));
  app.use('/fonts', express.static(join(dist, 'fonts'), { maxAge: '30d' }));
}
