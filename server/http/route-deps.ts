// What route modules may use. Built once in createApp.
import type { AuthService } from '../auth/auth-service.js';
import type { Hubs } from '../hub/hubs.js';
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
}
