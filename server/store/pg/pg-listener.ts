// A LISTEN connection of its own for a PostgreSQL store: notifications on its channels go to
// `notified`. When the connection dies it is opened again a second later (and every second until it
// is back), then `resumed` runs: what was announced while it was down never arrived, so the store
// reloads what it keeps in memory.
import pg from 'pg';

export interface PgListenerOptions {
  connection: pg.ClientConfig;
  channels: readonly string[];
  notified: (message: pg.Notification) => void;
  resumed: () => unknown;
}

export class PgListener {
  private client: pg.Client | null = null;
  private closed = false;

  private constructor(private readonly options: PgListenerOptions) {}

  static async open(options: PgListenerOptions): Promise<PgListener> {
    const listener = new PgListener(options);
    await listener.listen();
    return listener;
  }

  private async listen(): Promise<void> {
    const client = new pg.Client(this.options.connection);
    client.on('error', () => undefined);
    client.on('end', () => {
      if (this.closed) return;
      this.client = null;
      setTimeout(() => void this.relisten(), 1000).unref();
    });
    client.on('notification', this.options.notified);
    await client.connect();
    for (const channel of this.options.channels) await client.query(`LISTEN ${channel}`);
    this.client = client;
  }

  private async relisten(): Promise<void> {
    try {
      await this.listen();
      await this.options.resumed();
    } catch {
      if (!this.closed) setTimeout(() => void this.relisten(), 1000).unref();
    }
  }

  async close(): Promise<void> {
    this.closed = true;
    await this.client?.end().catch(() => undefined);
  }
}
