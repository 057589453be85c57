import { OrganizationRole } from '../graphql/enums';

/**
 * Who acts, built once per request from the session cookie and nothing else.
 * Services take it as their first argument; resolvers never read identity
 * from arguments.
 */
export interface Actor {
  readonly userId: string;
  readonly sessionId: string;
  readonly isPlatformAdmin: boolean;
  /** the organization the user acts for in this session, if any */
  readonly organizationId: string | null;
  readonly role: OrganizationRole | null;
  /** initiatives in which the active organization is an ACTIVE member (or the secretariat) */
  readonly initiativeIds: readonly string[];
  readonly locale: string;
}

/** A request without a session. */
export const ANONYMOUS = null;
export type MaybeActor = Actor | null;

export const isAdminRole = (role: OrganizationRole | null | undefined) =>
  role === OrganizationRole.OWNER || role === OrganizationRole.ADMIN;
