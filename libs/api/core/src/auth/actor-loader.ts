import type { MaybeActor } from './actor';

/**
 * Turns a session token into an Actor. Implemented by the identity library,
 * which owns users, organizations and sessions; the guard in core only knows
 * this interface.
 */
export interface ActorLoader {
  fromSessionToken(token: string): Promise<MaybeActor>;
}
export const ACTOR_LOADER = Symbol('ACTOR_LOADER');
export const SESSION_COOKIE = 'cg_session';
