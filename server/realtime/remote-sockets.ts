// What the socket server needs to serve a site this node does not write (a hub node of a cluster,
// server/cluster/remote-sockets.ts): the site's configuration, its snapshot and waiting lists from
// the writer, and commands carried to the writer. Without it, such a site is unknown here.
import type { SiteConfig } from '../../shared/domain/model.js';
import type { CounterQueue, QueueSnapshot, TicketStatusView } from '../../shared/protocol/views.js';
import type { QueueCommandDef } from '../services/queue-commands.js';
import type { SocketData } from './socket-data.js';

export interface RemoteSockets {
  /** Whether this node writes the site now (then commands run here). */
  writesHere(siteId: string): boolean;
  /** The configuration of a site of the cluster (null: no such site). */
  config(siteId: string): SiteConfig | null;
  snapshot(data: SocketData): Promise<QueueSnapshot>;
  counterQueue(data: SocketData, counterId: string): Promise<CounterQueue>;
  /**
   * Runs a queue command on the writer (its REST twin, with the socket's credential); resolves
   * with the ack's data or throws a ServiceError.
   */
  command(
    def: QueueCommandDef,
    targetId: string | undefined,
    body: unknown,
    data: SocketData,
  ): Promise<unknown>;
  /** Before a phone page's handshake: learns which site and ticket its status token names. */
  prepare(auth: unknown): Promise<void>;
  /** The ticket a status token names, as learnt by prepare() (null: unknown in the cluster). */
  phoneTicket(token: string): { siteId: string; ticketId: string } | null;
  /** A phone page's status, answered by the writer. */
  phoneStatus(data: SocketData): Promise<TicketStatusView>;
  /** The status token of the ticket a phone socket follows (its 'status' commands go by it). */
  phoneToken(data: SocketData): string | null;
}
