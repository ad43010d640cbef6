// A network receipt printer on 127.0.0.1 for tests: a real TCP server that records what each
// connection sent, answers ESC/POS status queries (DLE EOT n, GS r 1) from a settable state, and
// can be switched off (connections refused) and on again on the same port.

import { createServer, type Server, type Socket } from 'node:net';

export type FakePrinterState = 'ok' | 'paper_near_end' | 'paper_out' | 'cover_open' | 'silent';

export interface FakeConnection {
  /** Every byte received. */
  received: Buffer;
  /** Bytes after the leading status queries: what would be printed. */
  printData: Buffer;
  statusQueries: number;
  /** The client finished sending (FIN). */
  ended: boolean;
}

const DLE = 0x10;
const EOT = 0x04;
const GS = 0x1d;

/** Epson-documented answers, written out here independently of the production parser. */
function reply(
  state: FakePrinterState,
  query: 'dle1' | 'dle2' | 'dle3' | 'dle4' | 'gsr1',
): number | undefined {
  if (state === 'silent') return undefined;
  const paperOut = state === 'paper_out';
  const cover = state === 'cover_open';
  const near = state === 'paper_near_end';
  switch (query) {
    case 'dle1':
      return 0b0001_0010 | (paperOut || cover ? 0b0000_1000 : 0);
    case 'dle2':
      return 0b0001_0010 | (cover ? 0b0000_0100 : 0) | (paperOut ? 0b0010_0000 : 0);
    case 'dle3':
      return 0b0001_0010;
    case 'dle4':
      return 0b0001_0010 | (near ? 0b0000_1100 : 0) | (paperOut ? 0b0110_0000 : 0);
    case 'gsr1':
      // GS r is queued behind print data: an offline printer (no paper, cover open) does not answer.
      if (paperOut || cover) return undefined;
      return near ? 0b0000_0011 : 0;
  }
}

class Connection implements FakeConnection {
  received = Buffer.alloc(0);
  printData = Buffer.alloc(0);
  statusQueries = 0;
  ended = false;
  private inQueries = true;
  private pending = Buffer.alloc(0);

  constructor(
    private readonly socket: Socket,
    private readonly state: () => FakePrinterState,
  ) {}

  onData(chunk: Buffer): void {
    this.received = Buffer.concat([this.received, chunk]);
    if (!this.inQueries) {
      this.printData = Buffer.concat([this.printData, chunk]);
      return;
    }
    this.pending = Buffer.concat([this.pending, chunk]);
    while (this.inQueries && this.pending.length > 0) {
      const [a, b, n] = this.pending;
      const maybeQuery =
        (a === DLE && (b === undefined || b === EOT)) || (a === GS && (b === undefined || b === 0x72));
      if (maybeQuery && this.pending.length < 3) return; // wait for the rest of the command
      let query: 'dle1' | 'dle2' | 'dle3' | 'dle4' | 'gsr1' | undefined;
      if (a === DLE && b === EOT && n >= 1 && n <= 4) query = `dle${n}` as 'dle1' | 'dle2' | 'dle3' | 'dle4';
      if (a === GS && b === 0x72 && (n === 1 || n === 49)) query = 'gsr1';
      if (query === undefined) {
        this.inQueries = false;
        this.printData = this.pending;
        this.pending = Buffer.alloc(0);
        return;
      }
      this.statusQueries += 1;
      this.pending = this.pending.subarray(3);
      const answer = reply(this.state(), query);
      if (answer !== undefined && !this.socket.destroyed) this.socket.write(Buffer.from([answer]));
    }
  }
}

export class FakePrinter {
  state: FakePrinterState = 'ok';
  readonly connections: FakeConnection[] = [];
  private server: Server | undefined;
  private readonly sockets = new Set<Socket>();
  private portNumber = 0;

  static async start(state: FakePrinterState = 'ok'): Promise<FakePrinter> {
    const printer = new FakePrinter();
    printer.state = state;
    await printer.switchOn();
    return printer;
  }

  get port(): number {
    return this.portNumber;
  }

  get target(): string {
    return `tcp://127.0.0.1:${this.portNumber}`;
  }

  get isOn(): boolean {
    return this.server !== undefined;
  }

  setState(state: FakePrinterState): void {
    this.state = state;
  }

  /** Print data of every finished connection that carried some, in arrival order. */
  jobs(): Buffer[] {
    return this.connections.filter((c) => c.ended && c.printData.length > 0).map((c) => c.printData);
  }

  async waitForJobs(count: number, timeoutMs = 5000): Promise<Buffer[]> {
    const deadline = Date.now() + timeoutMs;
    while (this.jobs().length < count) {
      if (Date.now() > deadline)
        throw new Error(`fake printer: ${this.jobs().length} of ${count} jobs after ${timeoutMs} ms`);
      await new Promise((r) => setTimeout(r, 10));
    }
    return this.jobs();
  }

  /** Listens (again) on the same port; the first time on a free port. */
  async switchOn(): Promise<void> {
    if (this.server !== undefined) return;
    const server = createServer((socket) => this.accept(socket));
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(this.portNumber, '127.0.0.1', () => {
        server.off('error', reject);
        resolve();
      });
    });
    const address = server.address();
    if (address === null || typeof address === 'string') throw new Error('fake printer: no TCP address');
    this.portNumber = address.port;
    this.server = server;
  }

  /** Stops listening and drops open connections: clients get ECONNREFUSED until switchOn(). */
  async switchOff(): Promise<void> {
    const server = this.server;
    if (server === undefined) return;
    this.server = undefined;
    for (const socket of this.sockets) socket.destroy();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  async close(): Promise<void> {
    await this.switchOff();
  }

  private accept(socket: Socket): void {
    const connection = new Connection(socket, () => this.state);
    this.connections.push(connection);
    this.sockets.add(socket);
    socket.on('data', (chunk: Buffer) => connection.onData(chunk));
    socket.on('end', () => {
      connection.ended = true;
    });
    socket.on('error', () => {});
    socket.on('close', () => this.sockets.delete(socket));
  }
}
