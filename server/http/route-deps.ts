// What route modules may use. Built once in createApp.
import type { AuthService } from '../auth/auth-service.js';
import type { Hubs } from '../hub/hubs.js';
import type { PublicAddress } from '../public-address.js';
import type { DevicePresence } from '../realtime/device-presence.js';
import type { Realtime } from '../realtime/socket-server.js';
import type { Logger, SlipPrinter } from '../services/ports.js';
import type { QueueService } from '../services/queue-service.js';
import type { Store } from '../store/store.js';

export interface RouteDeps {
  queue: QueueService;
  hubs: Hubs;
  store: Store;
  auth: AuthService;
  realtime: Realtime;
  printer: SlipPrinter;
  logger: Logger;
  clock: () => number;
  /** Which devices are connected and when each was last seen. */
  presence: DevicePresence;
  /** Base of the links built for a console user (their Host header is checked, never trusted). */
  publicAddress(hostHeader?: string): PublicAddress;
}
