// An append-only journal of one site-day: one JSON event per line. Appends are group-committed:
// every append waiting while an fdatasync runs goes out in the next write, and each append's
// promise resolves only once its bytes are on disk.
import { type FileHandle, open } from 'node:fs/promises';
import { dirname } from 'node:path';
import { syncDirectory } from './durable-file.js';

interface PendingAppend {
  data: Buffer;
  resolve: () => void;
  reject: (error: Error) => void;
}

export class JournalWriter {
  private handle: FileHandle | null = null;
  private opening: Promise<FileHandle> | null = null;
  private queue: PendingAppend[] = [];
  private flushing = false;
  private failure: Error | null = null;

  constructor(
    readonly path: string,
    private readonly existed: boolean,
  ) {}

  append(lines: string): Promise<void> {
    if (this.failure) return Promise.reject(this.failure);
    return new Promise((resolve, reject) => {
      this.queue.push({ data: Buffer.from(lines, 'utf8'), resolve, reject });
      if (!this.flushing) void this.flush();
    });
  }

  private async file(): Promise<FileHandle> {
    if (this.handle) return this.handle;
    this.opening ??= (async () => {
      const handle = await open(this.path, 'a');
      // A new file's directory entry must be durable too.
      if (!this.existed) await syncDirectory(dirname(this.path));
      this.handle = handle;
      return handle;
    })();
    return this.opening;
  }

  private async flush(): Promise<void> {
    this.flushing = true;
    while (this.queue.length > 0) {
      const batch = this.queue.splice(0);
      try {
        const handle = await this.file();
        const data = Buffer.concat(batch.map((b) => b.data));
        let offset = 0;
        while (offset < data.length) {
          const { bytesWritten } = await handle.write(data, offset);
          offset += bytesWritten;
        }
        await handle.datasync();
        for (const b of batch) b.resolve();
      } catch (error) {
        // A journal that failed to write is not trusted again: the hub stops taking commands.
        this.failure = error instanceof Error ? error : new Error(String(error));
        for (const b of [...batch, ...this.queue.splice(0)]) b.reject(this.failure);
      }
    }
    this.flushing = false;
  }

  async close(): Promise<void> {
    while (this.flushing || this.queue.length > 0) await new Promise((r) => setTimeout(r, 1));
    await this.handle?.close();
    this.handle = null;
    this.opening = null;
  }
}
