// Errors of the PostgreSQL store that stop start-up, with the URL's password never shown.
export class DatabaseError extends Error {
  readonly code = 'database_unusable';
  constructor(message: string) {
    super(message);
    this.name = 'DatabaseError';
  }
}

/** The URL as it may be printed: the password replaced by ***. */
export function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return '(unparsable URL)';
  }
}

/** The code of a pg or system error (SQLSTATE or errno). */
export function errorCode(error: unknown): string {
  return (error as { code?: string } | null)?.code ?? 'EUNKNOWN';
}
