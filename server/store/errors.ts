// Errors of the data directory. CorruptDataError: a file that cannot be trusted (start-up stops
// rather than reset data). StoreWriteError: the disk refused a write (full, read-only, failing);
// the hub answers 503 and resumes by itself once writes succeed again.
export class CorruptDataError extends Error {
  readonly code = 'corrupt_data_file';
  constructor(
    readonly file: string,
    readonly problem: string,
  ) {
    super(
      `Data file ${file} is damaged: ${problem}. Lượt will not start on it and has not changed it; restore it from a backup or fix it by hand.`,
    );
    this.name = 'CorruptDataError';
  }
}

export class StoreWriteError extends Error {
  readonly code = 'storage_unavailable';
  constructor(
    readonly file: string,
    /** The system error code, e.g. ENOSPC, EIO, EROFS. */
    readonly errno: string,
    cause: unknown,
  ) {
    super(`Cannot write ${file} (${errno}): ${cause instanceof Error ? cause.message : String(cause)}`);
    this.name = 'StoreWriteError';
  }

  static of(file: string, error: unknown): StoreWriteError {
    if (error instanceof StoreWriteError) return error;
    const errno = (error as NodeJS.ErrnoException | null)?.code ?? 'EUNKNOWN';
    return new StoreWriteError(file, errno, error);
  }
}

/** A data directory the hub cannot run on (locked by another process, not writable). */
export class DataDirError extends Error {
  readonly code = 'data_dir_unusable';
  constructor(message: string) {
    super(message);
    this.name = 'DataDirError';
  }
}
