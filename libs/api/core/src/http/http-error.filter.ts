import { ArgumentsHost, Catch, ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import type { Response } from 'express';
import { AppError } from '../errors/app-error';

const STATUS: Record<string, number> = {
  BAD_USER_INPUT: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  PAYLOAD_TOO_LARGE: 413,
  RATE_LIMITED: 429,
  SEARCH_UNAVAILABLE: 503,
};

const CODE_OF_STATUS: Record<number, string> = Object.fromEntries(Object.entries(STATUS).map(([code, status]) => [status, code]));

/**
 * Errors of the REST endpoints as `{ error: { code, message } }` with the
 * matching HTTP status. GraphQL errors pass through to the GraphQL formatter.
 */
@Catch()
export class HttpErrorFilter implements ExceptionFilter {
  private readonly logger = new Logger('HTTP');

  catch(exception: unknown, host: ArgumentsHost) {
    if (host.getType<string>() === 'graphql') return exception;
    const res = host.switchToHttp().getResponse<Response>();
    if (exception instanceof AppError) {
      const code = String(exception.extensions.code);
      return res.status(STATUS[code] ?? 400).json({ error: { code, message: exception.message, ...(exception.field ? { field: exception.field } : {}) } });
    }
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      return res.status(status).json({ error: { code: CODE_OF_STATUS[status] ?? (status >= 500 ? 'INTERNAL_SERVER_ERROR' : 'BAD_REQUEST'), message: exception.message } });
    }
    this.logger.error(exception instanceof Error ? (exception.stack ?? exception.message) : String(exception));
    return res.status(500).json({ error: { code: 'INTERNAL_SERVER_ERROR', message: 'Something went wrong on our side. It has been logged.' } });
  }
}
