// What every page of the console receives from the shell: who is signed in, the chosen centre,
// its configuration, the live snapshot, and ways to reload and to tell the user something.
import type { AdminContext, SiteConfigView } from '../shared/protocol/admin-views.js';
import type { QueueSnapshot } from '../shared/protocol/views.js';
import type { ConnectionStatus } from '../shared/ui/connection.js';

export type NoticeKind = 'ok' | 'error' | 'warn';

export interface AdminEnv {
  ctx: AdminContext;
  siteId: string;
  isAdmin: boolean;
  /** The centre's configuration; null while it loads. */
  site: SiteConfigView | null;
  snapshot: QueueSnapshot | null;
  status: ConnectionStatus;
  /** Grows with every live change of the queue (pages refresh their lists on it). */
  tick: number;
  /** Server time now (corrected for this computer's clock). */
  serverNow(): number;
  reload(): Promise<void>;
  reloadContext(): Promise<void>;
  notify(message: string, kind?: NoticeKind): void;
}
