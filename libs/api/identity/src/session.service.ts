import { APP_CONFIG, Actor, ActorLoader, AppConfig, InitiativeMembershipStatus, MaybeActor, OrganizationRole } from '@commonground/api-core';
import { Inject, Injectable } from '@nestjs/common';
import { createHash, randomBytes } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { SessionEntity } from './session.entity';

export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');
export const newToken = () => randomBytes(32).toString('base64url');

/**
 * Server-side sessions: create, resolve to an Actor, switch organization,
 * revoke. Revocation is a column, so a signed-out token is dead on every
 * replica at once.
 */
@Injectable()
export class SessionService implements ActorLoader {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async create(
    manager: EntityManager,
    userId: string,
    activeOrganizationId: string | null,
    meta: { ip?: string | null; userAgent?: string | null },
  ): Promise<{ token: string; session: SessionEntity }> {
    const token = newToken();
    const session = await manager.save(
      SessionEntity,
      manager.create(SessionEntity, {
        tokenHash: hashToken(token),
        userId,
        activeOrganizationId,
        expiresAt: new Date(Date.now() + this.config.sessionTtlHours * 3600_000),
        revokedAt: null,
        ip: meta.ip ?? null,
        userAgent: meta.userAgent?.slice(0, 300) ?? null,
      }),
    );
    return { token, session };
  }

  /**
   * One statement: the live session, its user, the role in the active
   * organization and the initiatives that organization takes part in.
   */
  async fromSessionToken(token: string): Promise<MaybeActor> {
    if (token.length > 100) return null;
    const rows: Array<{
      session_id: string;
      user_id: string;
      locale: string;
      is_platform_admin: boolean;
      organization_id: string | null;
      role: OrganizationRole | null;
      initiative_ids: string[] | null;
    }> = await this.dataSource.query(
      `SELECT s.id AS session_id, u.id AS user_id, u.locale, u.is_platform_admin,
              m.organization_id, m.role,
              (SELECT array_agg(x.id) FROM (
                 SELECT im.initiative_id AS id FROM initiative_members im
                  WHERE im.organization_id = m.organization_id AND im.status = $2
                 UNION
                 SELECT i.id FROM initiatives i WHERE i.secretariat_organization_id = m.organization_id) x) AS initiative_ids
         FROM sessions s
         JOIN users u ON u.id = s.user_id
         LEFT JOIN organization_memberships m ON m.user_id = s.user_id AND m.organization_id = s.active_organization_id
        WHERE s.token_hash = $1 AND s.revoked_at IS NULL AND s.expires_at > now()`,
      [hashToken(token), InitiativeMembershipStatus.ACTIVE],
    );
    const row = rows[0];
    if (!row) return null;
    const actor: Actor = {
      userId: row.user_id,
      sessionId: row.session_id,
      isPlatformAdmin: row.is_platform_admin,
      organizationId: row.organization_id,
      role: row.role,
      initiativeIds: row.initiative_ids ?? [],
      locale: row.locale,
    };
    return actor;
  }

  /**
   * Actors for work done without a request (digests, reminders, private
   * feeds): the user acting for the organization, if still a member; null for
   * users that no longer exist. One statement for any number of pairs.
   * Keys are `${userId}:${organizationId ?? ''}`.
   */
  async actorsFor(pairs: ReadonlyArray<{ userId: string; organizationId: string | null }>, via: string): Promise<Map<string, Actor>> {
    const out = new Map<string, Actor>();
    if (!pairs.length) return out;
    const rows: Array<{ user_id: string; wanted_org: string | null; locale: string; is_platform_admin: boolean; organization_id: string | null; role: OrganizationRole | null; initiative_ids: string[] | null }> =
      await this.dataSource.query(
        `SELECT u.id AS user_id, p.org AS wanted_org, u.locale, u.is_platform_admin, m.organization_id, m.role,
                (SELECT array_agg(x.id) FROM (
                   SELECT im.initiative_id AS id FROM initiative_members im
                    WHERE im.organization_id = m.organization_id AND im.status = $3
                   UNION
                   SELECT i.id FROM initiatives i WHERE i.secretariat_organization_id = m.organization_id) x) AS initiative_ids
           FROM unnest($1::uuid[], $2::uuid[]) AS p(usr, org)
           JOIN users u ON u.id = p.usr
           LEFT JOIN organization_memberships m ON m.user_id = u.id AND m.organization_id = p.org`,
        [pairs.map((p) => p.userId), pairs.map((p) => p.organizationId), InitiativeMembershipStatus.ACTIVE],
      );
    for (const row of rows) {
      out.set(`${row.user_id}:${row.wanted_org ?? ''}`, {
        userId: row.user_id,
        sessionId: via,
        isPlatformAdmin: row.is_platform_admin,
        organizationId: row.organization_id,
        role: row.role,
        initiativeIds: row.initiative_ids ?? [],
        locale: row.locale,
      });
    }
    return out;
  }

  async switchOrganization(sessionId: string, organizationId: string | null, manager: EntityManager = this.dataSource.manager) {
    await manager.update(SessionEntity, { id: sessionId }, { activeOrganizationId: organizationId });
  }

  async revoke(sessionId: string): Promise<void> {
    await this.dataSource.getRepository(SessionEntity).update({ id: sessionId }, { revokedAt: new Date() });
  }
}
