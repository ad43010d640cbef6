// A data file that cannot be trusted. Start-up stops with this message rather than reset data.
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
