// An append-only journal: one line per record. Appends are group-committed: every append waiting
// while an fdatasync runs goes out in the next write, and each append's promise resolves only once
// its bytes are on disk. A failed write or sync puts the journal in a failed state: every append
// is refused until recover() has cut the file back to its last durable byte and the disk takes
// writes again, so nothing that was refused can come back at the next start.
import { dirname } from 'node:path';
import { StoreWriteError } from './errors.js';
import { diskJournalFs, type JournalFs, type JournalHandle } from './journal-fs.js';

interface PendingAppend {
  data: Buffer;
  resolve: () => void;
  reject: (error: Error) => void;
}

export class JournalWriter {
  private handle: JournalHandle | null = null;
  private opening: Promise<JournalHandle> | null = null;
  private queue: PendingAppend[] = [];
  private flushing: Promise<void> | null = null;
  private failure: StoreWriteError | null = null;
  /** Bytes of the file known to be on disk; nothing past them was ever acknowledged. */
  private durable = 0;

  constructor(
    readonly path: string,
    private readonly existed: boolean,
    private readonly fs: JournalFs = diskJournalFs,
  ) {}

  get durableSize(): number {
    return this.durable;
  }

  get failed(): StoreWriteError | null {
    return this.failure;
  }

  append(lines: string): Promise<void> {
    if (this.failure) return Promise.reject(this.failure);
    return new Promise((resolve, reject) => {
      this.queue.push({ data: Buffer.from(lines, 'utf8'), resolve, reject });
      this.flushing ??= this.flush();
    });
  }

  private async file(): Promise<JournalHandle> {
    if (this.handle) return this.handle;
    this.opening ??= (async () => {
      const handle = await this.fs.open(this.path);
      try {
        this.durable = await handle.size();
        // A new file's directory entry must be durable too.
        if (!this.existed) await this.fs.syncDirectory(dirname(this.path));
      } catch (error) {
        await handle.close().catch(() => undefined);
        throw error;
      }
      this.handle = handle;
      return handle;
    })();
    try {
      return await this.opening;
    } finally {
      this.opening = null;
    }
  }

  private async flush(): Promise<void> {
    while (this.queue.length > 0) {
      const batch = this.queue.splice(0);
      const data = Buffer.concat(batch.map((b) => b.data));
      try {
        const handle = await this.file();
        await handle.write(data);
        await handle.datasync();
        this.durable += data.length;
        for (const b of batch) b.resolve();
      } catch (error) {
        this.failure = StoreWriteError.of(this.path, error);
        for (const b of [...batch, ...this.queue.splice(0)]) b.reject(this.failure);
      }
    }
    this.flushing = null;
  }

  /**
   * After a failure: cuts the file back to its durable size, syncs it and checks that the disk
   * takes writes again. Throws (and stays failed) while it does not.
   */
  async recover(): Promise<void> {
    if (!this.failure) return;
    await this.flushing;
    try {
      if (this.handle) {
        await this.handle.truncate(this.durable);
        await this.handle.datasync();
      }
      await this.fs.probe(dirname(this.path));
    } catch (error) {
      // A handle that failed to truncate may be broken: reopen it next time.
      await this.handle?.close().catch(() => undefined);
      this.handle = null;
      throw StoreWriteError.of(this.path, error);
    }
    this.failure = null;
  }

  async close(): Promise<void> {
    await this.flushing;
    await this.handle?.close();
    this.handle = null;
  }
}
