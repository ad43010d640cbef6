// Structured JSON logs (pino). Secrets never reach a log: known secret fields are redacted.
import pino from 'pino';
import type { Logger } from './services/ports.js';

export function createLogger(level: string): Logger {
  return pino({
    level,
    redact: {
      paths: [
        'password',
        'token',
        'key',
        '*.password',
        '*.token',
        '*.key',
        'req.headers.authorization',
        'req.headers.cookie',
      ],
      censor: '[redacted]',
    },
  });
}

/** A logger that drops everything (tests). */
export const silentLogger: Logger = {
  debug: () => undefined,
  info: () => undefined,
  warn: () => undefined,
  error: () => undefined,
};
