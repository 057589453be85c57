import { HttpException, Logger } from '@nestjs/common';
import { GraphQLError, GraphQLFormattedError } from 'graphql';
import { AppError } from './app-error';

const logger = new Logger('GraphQL');

/** Codes that Apollo itself produces for malformed requests; shown as they are. */
const REQUEST_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
]);

/**
 * The one place where errors become what a client sees: AppErrors keep their
 * code, message and field; request errors from Apollo keep theirs; anything
 * else is logged with its stack and shown as INTERNAL_SERVER_ERROR.
 */
export function formatGraphQLError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = error instanceof GraphQLError ? (error.originalError ?? error) : error;
  const { stacktrace: _stack, ...extensions } = (formatted.extensions ?? {}) as Record<string, unknown>;
  if (original instanceof AppError) {
    return { message: original.message, path: formatted.path, locations: formatted.locations, extensions: { ...original.extensions } };
  }
  if (original instanceof HttpException && original.getStatus() === 400) {
    // Nest's own pipes (e.g. ParseArrayPipe) refuse input with a 400
    const response = original.getResponse() as { message?: string | string[] } | string;
    const message = typeof response === 'string' ? response : Array.isArray(response.message) ? response.message.join('; ') : (response.message ?? original.message);
    return { message, path: formatted.path, locations: formatted.locations, extensions: { code: 'BAD_USER_INPUT' } };
  }
  const code = extensions.code as string | undefined;
  if (code && REQUEST_CODES.has(code) && !(original instanceof Error && !(original instanceof GraphQLError))) {
    return { ...formatted, extensions };
  }
  if (original instanceof GraphQLError && !original.originalError && code !== 'INTERNAL_SERVER_ERROR') {
    // errors raised by graphql-js itself (validation, coercion of variables, armor limits)
    return { ...formatted, extensions: { ...extensions, code: code ?? 'BAD_USER_INPUT' } };
  }
  logger.error(original instanceof Error ? original.stack ?? original.message : String(original));
  return {
    message: 'Something went wrong on our side. It has been logged.',
    path: formatted.path,
    locations: formatted.locations,
    extensions: { code: 'INTERNAL_SERVER_ERROR' },
  };
}
