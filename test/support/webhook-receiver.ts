// A real webhook receiver on loopback for the tests: checks every signature with the shared
// secret, records each delivery (raw body, headers), and can fail or be slow on demand.
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { verifySignature } from '../../server/integrations/signer.js';

export interface Received {
  deliveryId: string;
  event: string;
  signatureOk: boolean;
  body: { id: string; type: string; siteId: string; seq: number; at: number; data: Record<string, any> };
}

export interface Receiver {
  url: string;
  received: Received[];
  /** Answer 500 to this many more requests. */
  failNext: number;
  /** Answer 503 while true. */
  failing: boolean;
  /** Wait this long before answering. */
  delayMs: number;
  /** Deliveries by id, first arrival only (what a deduplicating receiver keeps). */
  unique(): Received[];
  waitFor(predicate: (r: Received[]) => boolean, timeoutMs?: number): Promise<void>;
  close(): Promise<void>;
}

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

export async function startReceiver(secret: string): Promise<Receiver> {
  const state = { failNext: 0, failing: false, delayMs: 0 };
  const received: Received[] = [];
  const server: Server = createServer(async (req, res) => {
    const raw = await readBody(req);
    if (state.delayMs > 0) await new Promise((r) => setTimeout(r, state.delayMs));
    if (state.failing || state.failNext > 0) {
      if (state.failNext > 0) state.failNext -= 1;
      res.writeHead(state.failing ? 503 : 500).end('receiver down');
      return;
    }
    received.push({
      deliveryId: String(req.headers['x-luot-delivery']),
      event: String(req.headers['x-luot-event']),
      signatureOk: verifySignature(secret, raw, req.headers['x-luot-signature'] as string | undefined),
      body: JSON.parse(raw.toString('utf8')),
    });
    res.writeHead(204).end();
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', () => ok()));
  const port = (server.address() as AddressInfo).port;
  const receiver: Receiver = {
    url: `http://127.0.0.1:${port}/hook`,
    received,
    get failNext() {
      return state.failNext;
    },
    set failNext(n: number) {
      state.failNext = n;
    },
    get failing() {
      return state.failing;
    },
    set failing(v: boolean) {
      state.failing = v;
    },
    get delayMs() {
      return state.delayMs;
    },
    set delayMs(v: number) {
      state.delayMs = v;
    },
    unique() {
      const seen = new Set<string>();
      return received.filter((r) => !seen.has(r.deliveryId) && seen.add(r.deliveryId));
    },
    async waitFor(predicate, timeoutMs = 20_000) {
      const until = Date.now() + timeoutMs;
      while (!predicate(received)) {
        if (Date.now() > until)
          throw new Error(`receiver: condition not met; got ${received.length} deliveries`);
        await new Promise((r) => setTimeout(r, 20));
      }
    },
    close: () =>
      new Promise<void>((ok) => {
        server.closeAllConnections();
        server.close(() => ok());
      }),
  };
  return receiver;
}
