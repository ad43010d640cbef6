// Sockets for a site this node does not write are served here read-only from the cluster: the
// snapshot and the counter's waiting list come from the writer over HTTP (the same routes a browser
// calls, with the socket's own credential), the deltas arrive through the Socket.IO postgres
// adapter (the writer emits to the site's rooms on every node), and a command is sent to the writer
// as the equivalent HTTP request. While no node writes the site, or the writer cannot be reached,
// the answer is site_unavailable, which the apps already show and retry.
import type { SiteConfig } from '../../shared/domain/model.js';
import type { CounterQueue, QueueSnapshot, TicketStatusView } from '../../shared/protocol/views.js';
import type { RemoteSockets } from '../realtime/remote-sockets.js';
import type { SocketData } from '../realtime/socket-data.js';
import type { QueueCommandDef } from '../services/queue-commands.js';
import { ServiceError } from '../services/service-error.js';
import type { ClusterNode } from './cluster-node.js';
import { CLUSTER_KEY_HEADER } from './forward.js';
import type { SiteServedSignal } from './site-served.js';
import type { StatusTokens } from './status-tokens.js';

/** How long a socket's first state waits for its site to be served again. */
const FIRST_STATE_PATIENCE_MS = 10_000;

interface HttpCall {
  method: 'GET' | 'POST';
  path: string;
  body?: unknown;
}

/** The REST twin of a queue command (the same row of the command table). */
export function httpCallOf(
  def: QueueCommandDef,
  siteId: string,
  targetId: string | undefined,
  body: unknown,
): HttpCall {
  const path = def.path
    .replace(':siteId', encodeURIComponent(siteId))
    .replace(/:(counterId|ticketId|statusToken)/, encodeURIComponent(targetId ?? ''));
  return def.method === 'GET' ? { method: 'GET', path } : { method: 'POST', path, body };
}

export class ClusterRemoteSockets implements RemoteSockets {
  constructor(
    private readonly node: ClusterNode,
    private readonly tokens: StatusTokens,
    private readonly served: SiteServedSignal,
  ) {}

  async prepare(auth: unknown): Promise<void> {
    const token = (auth as { statusToken?: unknown } | null)?.statusToken;
    if (typeof token === 'string') await this.tokens.find(token);
  }

  phoneTicket(token: string): { siteId: string; ticketId: string } | null {
    return this.tokens.cached(token);
  }

  phoneStatus(data: SocketData): Promise<TicketStatusView> {
    return this.untilServed(
      data.siteId,
      () =>
        this.request(data, { method: 'GET', path: this.ticketPath(data, '') }) as Promise<TicketStatusView>,
    );
  }

  phoneToken(data: SocketData): string | null {
    return data.ticketId ? this.tokens.tokenOf(data.ticketId) : null;
  }

  private ticketPath(data: SocketData, suffix: string): string {
    const token = this.phoneToken(data);
    if (!token) throw new ServiceError(404, 'not_found', 'Không tìm thấy số thứ tự.');
    return `/api/tickets/${encodeURIComponent(token)}${suffix}`;
  }

  writesHere(siteId: string): boolean {
    return this.node.owns(siteId);
  }

  config(siteId: string): SiteConfig | null {
    return this.node.options.store.config.sites.find((s) => s.config.site.id === siteId)?.config ?? null;
  }

  snapshot(data: SocketData): Promise<QueueSnapshot> {
    return this.untilServed(
      data.siteId,
      () =>
        this.request(data, {
          method: 'GET',
          path: `/api/sites/${encodeURIComponent(data.siteId)}/snapshot`,
        }) as Promise<QueueSnapshot>,
    );
  }

  /**
   * A socket's first state is read again while the site has no writer (a takeover or a hand-over
   * in progress): a display that reconnects during a failover gets its snapshot once the site is
   * served again, without waiting for a gap in seq to ask for it: at once when the new writer
   * announces it, else at the next back-off step.
   */
  private async untilServed<T>(siteId: string, read: () => Promise<T>): Promise<T> {
    const until = Date.now() + FIRST_STATE_PATIENCE_MS;
    // Hundreds of sockets may wait for the same takeover: back off, with jitter, not to flood the
    // node that is loading the site.
    for (let wait = 250; ; wait = Math.min(wait * 2, 1000)) {
      try {
        return await read();
      } catch (error) {
        const moving = error instanceof ServiceError && error.code === 'site_unavailable';
        if (!moving || Date.now() > until) throw error;
        await this.served.wait(siteId, wait / 2 + Math.random() * wait);
      }
    }
  }

  counterQueue(data: SocketData, counterId: string): Promise<CounterQueue> {
    return this.request(data, {
      method: 'GET',
      path: `/api/sites/${encodeURIComponent(data.siteId)}/counters/${encodeURIComponent(counterId)}/queue`,
    }) as Promise<CounterQueue>;
  }

  command(
    def: QueueCommandDef,
    targetId: string | undefined,
    body: unknown,
    data: SocketData,
  ): Promise<unknown> {
    return this.request(data, httpCallOf(def, data.siteId, targetId, body));
  }

  private async request(data: SocketData, call: HttpCall): Promise<unknown> {
    // This node may have become the writer while the socket waited (a takeover): then it asks
    // itself, through its own routes.
    const owner = this.node.owns(data.siteId)
      ? this.node.options.nodeUrl
      : await this.node.ownerUrl(data.siteId);
    if (!owner) throw unavailable();
    const headers: Record<string, string> = { [CLUSTER_KEY_HEADER]: this.node.options.key };
    // Sessions and device keys are both accepted as a bearer secret; the socket's own credential
    // is sent, so the writer checks the same rights as for a request made to it directly.
    if (data.credential) headers.authorization = `Bearer ${data.credential.secret}`;
    if (call.body !== undefined) headers['content-type'] = 'application/json';
    let res: globalThis.Response;
    try {
      res = await fetch(new URL(call.path, owner), {
        method: call.method,
        headers,
        body: call.body === undefined ? undefined : JSON.stringify(call.body),
        signal: AbortSignal.timeout(8_000),
      });
    } catch {
      throw unavailable();
    }
    const json = (await res.json().catch(() => null)) as unknown;
    if (!res.ok) {
      const error = (json as { error?: { code?: string; message?: string; details?: unknown } } | null)
        ?.error;
      if (!error?.code) throw unavailable();
      throw new ServiceError(
        res.status,
        error.code as ServiceError['code'],
        error.message ?? error.code,
        error.details,
      );
    }
    return json;
  }
}

function unavailable(): ServiceError {
  return new ServiceError(
    503,
    'site_unavailable',
    'Trung tâm đang chuyển sang máy chủ khác; thử lại sau giây lát.',
  );
}
