// A message provider's HTTP endpoint on loopback for tests: it records every JSON request it gets
// (headers and body) and answers each with the given JSON text.
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface GatewayHit {
  headers: IncomingHttpHeaders;
  body: Record<string, any>;
}

export interface FakeGateway {
  /** Where the centre's gateway settings point. */
  url: string;
  hits: GatewayHit[];
  close(): Promise<void>;
}

export async function startFakeGateway(answer: string): Promise<FakeGateway> {
  const hits: GatewayHit[] = [];
  const server = createServer((req, res) => {
    let raw = '';
    req.on('data', (c: Buffer) => {
      raw += c.toString('utf8');
    });
    req.on('end', () => {
      hits.push({ headers: req.headers, body: JSON.parse(raw) });
      res.writeHead(200, { 'content-type': 'application/json' }).end(answer);
    });
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', () => ok()));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/send`,
    hits,
    close: () => new Promise<void>((ok) => server.close(() => ok())),
  };
}
