// The seam between the journal and the disk. The real one opens files in append mode (0600) and
// syncs; tests wrap it to make a write or an fsync fail, which is how the failure paths are tested.
import { type FileHandle, open, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { syncDirectory } from './durable-file.js';
import { FILE_MODE } from './permissions.js';

export interface JournalHandle {
  /** Writes all of data at the end of the file. */
  write(data: Buffer): Promise<void>;
  datasync(): Promise<void>;
  truncate(length: number): Promise<void>;
  size(): Promise<number>;
  close(): Promise<void>;
}

export interface JournalFs {
  /** Opens (creating if needed) a journal for appending. */
  open(path: string): Promise<JournalHandle>;
  /** Makes a directory entry (a new file's name) durable. */
  syncDirectory(dir: string): Promise<void>;
  /** Writes, syncs and removes a small file in dir: throws while the disk refuses writes. */
  probe(dir: string): Promise<void>;
}

class FileJournalHandle implements JournalHandle {
  constructor(private readonly handle: FileHandle) {}

  async write(data: Buffer): Promise<void> {
    let offset = 0;
    while (offset < data.length) {
      const { bytesWritten } = await this.handle.write(data, offset);
      offset += bytesWritten;
    }
  }

  datasync(): Promise<void> {
    return this.handle.datasync();
  }

  truncate(length: number): Promise<void> {
    return this.handle.truncate(length);
  }

  async size(): Promise<number> {
    return (await this.handle.stat()).size;
  }

  close(): Promise<void> {
    return this.handle.close();
  }
}

export const diskJournalFs: JournalFs = {
  async open(path) {
    return new FileJournalHandle(await open(path, 'a', FILE_MODE));
  },
  syncDirectory,
  async probe(dir) {
    const path = join(dir, `.write-probe.${process.pid}`);
    const handle = await open(path, 'w', FILE_MODE);
    try {
      await handle.write(Buffer.alloc(4096, 0x20));
      await handle.datasync();
    } finally {
      await handle.close();
      await rm(path, { force: true });
    }
  },
};
