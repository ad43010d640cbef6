// The disk seam with faults a test switches on and off: a write or an fsync that fails with an
// errno (ENOSPC, EIO), and an fsync that waits until the test releases it. Everything else is
// the real disk.
import { diskJournalFs, type JournalFs, type JournalHandle } from '../../server/store/journal-fs.js';

export type Fault = { op: 'write' | 'datasync' | 'probe'; errno: string } | null;

function failure(errno: string): NodeJS.ErrnoException {
  const error: NodeJS.ErrnoException = new Error(`${errno}: injected by the test`);
  error.code = errno;
  return error;
}

export class FaultyFs implements JournalFs {
  fault: Fault = null;
  /** While set, every datasync waits for this promise. */
  hold: Promise<void> | null = null;
  datasyncs = 0;

  constructor(private readonly real: JournalFs = diskJournalFs) {}

  /** Fails the given operation from now on (writes and fsyncs, and the recovery probe). */
  fail(op: 'write' | 'datasync', errno: string): void {
    this.fault = { op, errno };
  }

  heal(): void {
    this.fault = null;
  }

  private check(op: 'write' | 'datasync' | 'probe'): void {
    if (!this.fault) return;
    // A disk that refuses writes refuses the recovery probe too.
    if (this.fault.op === op || op === 'probe') throw failure(this.fault.errno);
  }

  async open(path: string): Promise<JournalHandle> {
    const handle = await this.real.open(path);
    return {
      write: async (data) => {
        this.check('write');
        await handle.write(data);
      },
      datasync: async () => {
        await this.hold;
        this.check('datasync');
        await handle.datasync();
        this.datasyncs += 1;
      },
      truncate: (length) => handle.truncate(length),
      size: () => handle.size(),
      close: () => handle.close(),
    };
  }

  syncDirectory(dir: string): Promise<void> {
    return this.real.syncDirectory(dir);
  }

  async probe(dir: string): Promise<void> {
    this.check('probe');
    await this.real.probe(dir);
  }
}
