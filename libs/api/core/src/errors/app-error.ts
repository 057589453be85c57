import { GraphQLError } from 'graphql';

/** The error codes of the API (extensions.code). Features add domain codes. */
export type ErrorCode =
  | 'BAD_USER_INPUT'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'PAYLOAD_TOO_LARGE'
  | 'SEARCH_UNAVAILABLE'
  | 'RATE_LIMITED'
  | 'INTERNAL_SERVER_ERROR'
  | (string & {});

/**
 * A refusal the caller can act on. Thrown from services; rendered as a
 * GraphQL error with extensions.code (and extensions.field for bad input),
 * or as `{ error: { code, message } }` by the REST endpoints.
 */
export class AppError extends GraphQLError {
  constructor(
    readonly code: ErrorCode,
    message: string,
    extra: { field?: string; [key: string]: unknown } = {},
  ) {
    super(message, { extensions: { code, ...extra } });
  }

  get field(): string | undefined {
    return this.extensions.field as string | undefined;
  }
}

export const badInput = (field: string, message: string, extra: Record<string, unknown> = {}) =>
  new AppError('BAD_USER_INPUT', message, { field, ...extra });
export const notFound = (what: string) => new AppError('NOT_FOUND', `${what} was not found.`);
export const forbidden = (message = 'You are not allowed to do this.') => new AppError('FORBIDDEN', message);
export const unauthenticated = () => new AppError('UNAUTHENTICATED', 'Sign in to do this.');
export const conflict = (message: string, extra: Record<string, unknown> = {}) =>
  new AppError('CONFLICT', message, extra);

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** Identifiers are UUIDs; anything else cannot name a record. */
export const isUuid = (value: unknown): value is string => typeof value === 'string' && UUID.test(value);
/** Refuses an argument that is not an identifier, naming the field. */
export function requireId(value: string, field: string): string {
  if (!isUuid(value)) throw badInput(field, `${field} is not a valid identifier.`);
  return value;
}
