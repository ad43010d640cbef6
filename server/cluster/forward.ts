// Requests for a site this node does not write are forwarded to the node that does (its lease
// holder), with the cluster key so the receiver never forwards again. The site is read from the
// path (/api/sites/<id>/…), for a phone page's /api/tickets/<token>/… from the token (in the
// journal, status-tokens.ts), for a booking's /api/appointments/<token> from its booking event; requests without one (sign-in, users, the console) are served by any
// node, since configuration and sessions are shared. While no node holds the site (a takeover in
// progress) the answer is 503 site_unavailable with Retry-After: the kiosk retries with the same
// requestId, so a retry never issues a second ticket.
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { sendError } from '../http/errors.js';
import { ServiceError } from '../services/service-error.js';
import { TOKEN_CHARS } from '../services/status-token.js';
import type { ClusterNode } from './cluster-node.js';
import type { StatusTokens } from './status-tokens.js';

export const CLUSTER_KEY_HEADER = 'x-luot-cluster-key';
const SITE_PATH = /^\/api\/sites\/([^/]+)(?:\/|$)/;
/** A phone page's requests: /api/tickets/<status token>[/give-up|/rating|/messages|/arrived]. */
const TICKET_PATH = new RegExp(`^/api/tickets/(${TOKEN_CHARS})(?:/|$)`);
/** A booking's own page's requests: /api/appointments/<manage token>. */
const BOOKING_PATH = new RegExp(`^/api/appointments/(${TOKEN_CHARS})$`);
const PASSED_HEADERS = ['authorization', 'cookie', 'content-type', 'accept', 'accept-language', 'user-agent'];
const RETURNED_HEADERS = [
  'content-type',
  'content-disposition',
  'set-cookie',
  'retry-after',
  'cache-control',
];

function moving(res: Response): void {
  res.setHeader('retry-after', '1');
  sendError(
    res,
    new ServiceError(
      503,
      'site_unavailable',
      'Trung tâm đang chuyển sang máy chủ khác; thử lại sau giây lát.',
    ),
  );
}

/** The site a request is for: from its path, or from the ticket its status token names. */
async function siteOf(req: Request, tokens: StatusTokens): Promise<string | null> {
  const site = SITE_PATH.exec(req.path)?.[1];
  if (site) return decodeURIComponent(site);
  const token = TICKET_PATH.exec(req.path)?.[1];
  if (token) return (await tokens.find(token))?.siteId ?? null;
  const booking = BOOKING_PATH.exec(req.path)?.[1];
  return booking ? tokens.bookingSite(booking) : null;
}

export function forwardToOwner(
  node: ClusterNode,
  tokens: StatusTokens,
  isLocal: (siteId: string) => boolean,
): RequestHandler {
  return (req: Request, res: Response, next: NextFunction) => {
    if (!SITE_PATH.test(req.path) && !TICKET_PATH.test(req.path) && !BOOKING_PATH.test(req.path)) {
      return next();
    }
    void (async () => {
      const siteId = await siteOf(req, tokens).catch(() => null);
      // A site handed to another node answers "moving" from the moment it stops taking commands.
      if (siteId && node.leaving(siteId)) return moving(res);
      if (!siteId || isLocal(siteId)) return next();
      const forwarded = req.get(CLUSTER_KEY_HEADER) !== undefined;
      const owner = forwarded ? null : await node.ownerUrl(siteId);
      if (!owner) {
        // Not a site of this cluster at all: let the routes answer (404).
        if (!node.options.store.config.sites.some((s) => s.config.site.id === siteId)) return next();
        return moving(res);
      }
      const headers: Record<string, string> = { [CLUSTER_KEY_HEADER]: node.options.key };
      for (const name of PASSED_HEADERS) {
        const value = req.get(name);
        if (value !== undefined) headers[name] = value;
      }
      headers['x-forwarded-for'] = req.socket.remoteAddress ?? '';
      // Mounted before the body parsers: the request body is streamed to the owner untouched.
      const hasBody = req.method !== 'GET' && req.method !== 'HEAD';
      let answer: globalThis.Response;
      try {
        // (RequestInit lacks `duplex` in Node 20's types; undici needs it to stream a body.)
        const init: RequestInit & { duplex: 'half' } = {
          method: req.method,
          headers,
          body: hasBody ? (req as unknown as ReadableStream) : undefined,
          duplex: 'half',
          redirect: 'manual',
          signal: AbortSignal.timeout(10_000),
        };
        answer = await fetch(new URL(req.originalUrl, owner), init);
      } catch {
        return moving(res);
      }
      res.status(answer.status);
      for (const name of RETURNED_HEADERS) {
        const values = name === 'set-cookie' ? answer.headers.getSetCookie() : [answer.headers.get(name)];
        const present = values.filter((v): v is string => v !== null);
        if (present.length > 0)
          res.setHeader(name, present.length === 1 && name !== 'set-cookie' ? present[0] : present);
      }
      res.end(Buffer.from(await answer.arrayBuffer()));
    })().catch(next);
  };
}
