import { SetMetadata, createParamDecorator, ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { Request } from 'express';
import type { Actor, MaybeActor } from './actor';

/**
 * Who may call an operation. Every query, mutation and REST handler declares
 * one; the AccessGuard refuses (fails closed) any handler that does not.
 * - public: anyone, signed in or not (the actor may be null)
 * - signed-in: a valid session
 * - organization: a valid session acting for an organization
 * - platform-admin: a platform administrator
 */
export type AccessLevel = 'public' | 'signed-in' | 'organization' | 'platform-admin';
export const ACCESS_KEY = 'commonground:access';
export const Access = (level: AccessLevel) => SetMetadata(ACCESS_KEY, level);

export function requestOf(context: ExecutionContext): Request & { actor?: MaybeActor } {
  if (context.getType<string>() === 'graphql') return GqlExecutionContext.create(context).getContext().req;
  return context.switchToHttp().getRequest();
}

/** The actor of the request; null for a signed-out caller of a public operation. */
export const CurrentActor = createParamDecorator((_data: unknown, context: ExecutionContext): MaybeActor => {
  return requestOf(context).actor ?? null;
});

/** The actor of a request whose access level guarantees a session. */
export const SignedInActor = createParamDecorator((_data: unknown, context: ExecutionContext): Actor => {
  const actor = requestOf(context).actor;
  if (!actor) throw new Error('SignedInActor used on an operation that does not require a session');
  return actor;
});
