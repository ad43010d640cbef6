// One error shape for every response: {"error":{"code","message"}}, never a stack trace.
import type { ErrorRequestHandler, Response } from 'express';
import { knownError, ServiceError } from '../services/service-error.js';
import { StoreWriteError } from '../store/errors.js';
import type { Logger } from '../services/ports.js';

export function sendError(res: Response, error: ServiceError): void {
  const retryAfter = (error.details as { retryAfterSeconds?: unknown } | undefined)?.retryAfterSeconds;
  if (typeof retryAfter === 'number') res.set('Retry-After', String(retryAfter));
  res.status(error.status).json({ error: error.toJSON() });
}

interface BodyParserError {
  type?: string;
  status?: number;
}

export function errorHandler(logger: Logger): ErrorRequestHandler {
  return (error: unknown, req, res, _next) => {
    if (res.headersSent) return;
    if (error instanceof StoreWriteError) {
      logger.error({ file: error.file, errno: error.errno, path: req.path }, 'data write refused');
    }
    const known = knownError(error);
    if (known) return sendError(res, known);
    const parserError = error as BodyParserError;
    if (parserError?.type === 'entity.too.large') {
      return sendError(res, new ServiceError(413, 'payload_too_large', 'Dữ liệu gửi lên quá lớn.'));
    }
    if (
      parserError?.type === 'entity.parse.failed' ||
      parserError?.type === 'encoding.unsupported' ||
      parserError?.status === 400
    ) {
      return sendError(
        res,
        new ServiceError(400, 'invalid_input', 'Dữ liệu gửi lên không đọc được (JSON không hợp lệ).'),
      );
    }
    logger.error(
      { err: error instanceof Error ? error.message : String(error), path: req.path },
      'unhandled error',
    );
    sendError(res, new ServiceError(500, 'internal', 'Lỗi hệ thống. Vui lòng thử lại.'));
  };
}
