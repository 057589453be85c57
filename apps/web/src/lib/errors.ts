import { CombinedGraphQLErrors, ServerError, ServerParseError } from '@apollo/client';

/** The codes the API puts in extensions.code, plus NETWORK for a request that never got an answer. */
export type ErrorCode =
  | 'BAD_USER_INPUT'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'RATE_LIMITED'
  | 'PAYLOAD_TOO_LARGE'
  | 'SEARCH_UNAVAILABLE'
  | 'INTERNAL_SERVER_ERROR'
  | 'NETWORK';

export interface ApiError {
  code: ErrorCode | (string & {});
  message: string;
  /** For BAD_USER_INPUT: the input field at fault, without its "input." prefix. */
  field?: string;
  /** The field as the API named it, e.g. "input.capAmount.amountMinor". */
  path?: string;
  /** extensions.reason, e.g. NOT_ELIGIBLE or POOL_CLOSED. */
  reason?: string;
  /** For RATE_LIMITED: how long to wait. */
  retryAfterSeconds?: number;
}

interface RawError {
  message?: string;
  extensions?: Record<string, unknown>;
}

function fromRaw(raw: RawError): ApiError {
  const code = typeof raw.extensions?.code === 'string' ? raw.extensions.code : 'INTERNAL_SERVER_ERROR';
  const field = typeof raw.extensions?.field === 'string' ? normalizeField(raw.extensions.field) : undefined;
  const path = typeof raw.extensions?.field === 'string' ? raw.extensions.field : undefined;
  const reason = typeof raw.extensions?.reason === 'string' ? raw.extensions.reason : undefined;
  const retry = raw.extensions?.retryAfterSeconds;
  return { code, message: raw.message ?? '', field, path, reason, retryAfterSeconds: typeof retry === 'number' ? retry : undefined };
}

/** "input.email" -> "email"; "email" -> "email". */
export function normalizeField(field: string): string {
  const parts = field.split('.');
  return parts[parts.length - 1] ?? field;
}

function rawErrorsOf(result: unknown): RawError[] | null {
  if (result && typeof result === 'object' && Array.isArray((result as { errors?: unknown }).errors)) {
    return (result as { errors: RawError[] }).errors;
  }
  return null;
}

/** Every error an Apollo call can give, as a flat list of { code, message, field }. */
export function apiErrors(error: unknown): ApiError[] {
  if (!error) return [];
  if (CombinedGraphQLErrors.is(error)) return error.errors.map((e) => fromRaw(e as RawError));
  if (ServerError.is(error)) {
    let raw: RawError[] | null = null;
    try {
      raw = rawErrorsOf(JSON.parse(error.bodyText));
    } catch {
      raw = null;
    }
    if (raw && raw.length) return raw.map(fromRaw);
    if (error.statusCode === 413) return [{ code: 'PAYLOAD_TOO_LARGE', message: error.message }];
    if (error.statusCode === 429) return [{ code: 'RATE_LIMITED', message: error.message }];
    if (error.statusCode === 401) return [{ code: 'UNAUTHENTICATED', message: error.message }];
    if (error.statusCode === 403) return [{ code: 'FORBIDDEN', message: error.message }];
    return [{ code: 'INTERNAL_SERVER_ERROR', message: error.message }];
  }
  if (ServerParseError.is(error)) return [{ code: 'INTERNAL_SERVER_ERROR', message: error.message }];
  const message = error instanceof Error ? error.message : String(error);
  return [{ code: 'NETWORK', message }];
}

export function hasCode(error: unknown, code: ErrorCode): boolean {
  return apiErrors(error).some((e) => e.code === code);
}

/**
 * Like splitErrors, for forms whose API fields do not map one to one to the
 * form's (nested inputs such as "input.annualFee.amountMinor"): `fieldOf` names
 * the form field for an API field path, or null for the alert.
 */
export function splitErrorsBy(error: unknown, fieldOf: (path: string) => string | null): { fieldErrors: Record<string, string>; others: ApiError[] } {
  const fieldErrors: Record<string, string> = {};
  const others: ApiError[] = [];
  for (const e of apiErrors(error)) {
    const field = (e.code === 'BAD_USER_INPUT' || e.code === 'CONFLICT') && e.path ? fieldOf(e.path) : null;
    if (field) fieldErrors[field] = fieldErrors[field] ? `${fieldErrors[field]} ${e.message}` : e.message;
    else others.push(e);
  }
  return { fieldErrors, others };
}

/**
 * Splits errors between the fields of a form (shown next to the field) and the rest
 * (shown in an alert). `fields` are the names of the form's fields.
 */
export function splitErrors(error: unknown, fields: readonly string[]): { fieldErrors: Record<string, string>; others: ApiError[] } {
  const fieldErrors: Record<string, string> = {};
  const others: ApiError[] = [];
  for (const e of apiErrors(error)) {
    // BAD_USER_INPUT (and CONFLICT, e.g. "this e-mail already has an account") may name the field at fault
    if ((e.code === 'BAD_USER_INPUT' || e.code === 'CONFLICT') && e.field && fields.includes(e.field)) {
      fieldErrors[e.field] = fieldErrors[e.field] ? `${fieldErrors[e.field]} ${e.message}` : e.message;
    } else {
      others.push(e);
    }
  }
  return { fieldErrors, others };
}
