import {
  Connection,
  InitiativeMembershipStatus,
  LoaderFactory,
  MaybeActor,
  OrganizationRole,
  decodeCursor,
  encodeCursor,
  pageSize,
} from '@commonground/api-core';
import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { DataSource, In } from 'typeorm';
import { InitiativeMemberEntity } from './initiative-member.entity';
import { InitiativeEntity } from './initiative.entity';
import { InitiativeService } from './initiative.service';
import { OrganizationMembershipEntity } from './organization-membership.entity';
import { OrganizationEntity } from './organization.entity';
import { UserEntity } from './user.entity';

const byIds = <T extends { id: string }>(rows: T[], ids: readonly string[]) => {
  const map = new Map(rows.map((r) => [r.id, r]));
  return ids.map((id) => map.get(id) ?? null);
};

const groupBy = <T>(rows: T[], key: (row: T) => string, ids: readonly string[]) => {
  const map = new Map<string, T[]>();
  for (const row of rows) {
    const k = key(row);
    if (!map.has(k)) map.set(k, []);
    map.get(k)!.push(row);
  }
  return ids.map((id) => map.get(id) ?? []);
};

export interface MembersPageKey {
  initiativeId: string;
  first: number;
  after: string | null;
}

/**
 * Per-request loaders of identity: whatever the page size, related objects
 * cost one statement per kind.
 */
@Injectable()
export class IdentityLoaders implements LoaderFactory<ReturnType<IdentityLoaders['build']>> {
  constructor(
    private readonly dataSource: DataSource,
    private readonly initiatives: InitiativeService,
  ) {}

  createLoaders(actor: MaybeActor) {
    return this.build(actor);
  }

  private build(actor: MaybeActor) {
    const ds = this.dataSource;
    const memberCondition = this.initiatives.memberVisibilityCondition(actor);
    return {
      user: new DataLoader<string, UserEntity | null>(async (ids) => byIds(await ds.getRepository(UserEntity).findBy({ id: In([...ids]) }), ids)),
      organization: new DataLoader<string, OrganizationEntity | null>(async (ids) =>
        byIds(await ds.getRepository(OrganizationEntity).findBy({ id: In([...ids]) }), ids),
      ),
      initiative: new DataLoader<string, InitiativeEntity | null>(async (ids) =>
        byIds(await ds.getRepository(InitiativeEntity).findBy({ id: In([...ids]) }), ids),
      ),
      /** organization memberships of users (shown only for the viewer themself) */
      membershipsOfUser: new DataLoader<string, OrganizationMembershipEntity[]>(async (userIds) =>
        groupBy(
          await ds.getRepository(OrganizationMembershipEntity).find({ where: { userId: In([...userIds]) }, order: { createdAt: 'ASC' } }),
          (m) => m.userId,
          userIds,
        ),
      ),
      /** the initiatives an organization takes part in, as the viewer may see them */
      initiativesOfOrganization: new DataLoader<string, InitiativeMemberEntity[]>(async (orgIds) =>
        groupBy(
          await ds
            .getRepository(InitiativeMemberEntity)
            .createQueryBuilder('m')
            .where('m.organization_id IN (:...orgIds)', { orgIds: [...orgIds] })
            .andWhere(memberCondition.where, memberCondition.parameters)
            .orderBy('m.applied_at', 'ASC')
            .getMany(),
          (m) => m.organizationId,
          orgIds,
        ),
      ),
      /** the initiatives each organization runs as secretariat */
      initiativesRunBy: new DataLoader<string, InitiativeEntity[]>(async (orgIds) =>
        groupBy(
          await ds.getRepository(InitiativeEntity).find({ where: { secretariatOrganizationId: In([...orgIds]) }, order: { name: 'ASC' } }),
          (i) => i.secretariatOrganizationId,
          orgIds,
        ),
      ),
      /** ACTIVE member counts */
      activeMemberCount: new DataLoader<string, number>(async (initiativeIds) => {
        const rows: Array<{ id: string; n: string }> = await ds.query(
          `SELECT initiative_id AS id, count(*) AS n FROM initiative_members WHERE initiative_id = ANY($1) AND status = $2 GROUP BY initiative_id`,
          [[...initiativeIds], InitiativeMembershipStatus.ACTIVE],
        );
        const map = new Map(rows.map((r) => [r.id, Number(r.n)]));
        return initiativeIds.map((id) => map.get(id) ?? 0);
      }),
      /** the viewer's active organization's membership of initiatives */
      viewerMembership: new DataLoader<string, InitiativeMemberEntity | null>(async (initiativeIds) => {
        if (!actor?.organizationId) return initiativeIds.map(() => null);
        const rows = await ds
          .getRepository(InitiativeMemberEntity)
          .findBy({ initiativeId: In([...initiativeIds]), organizationId: actor.organizationId });
        const map = new Map(rows.map((r) => [r.initiativeId, r]));
        return initiativeIds.map((id) => map.get(id) ?? null);
      }),
      /** whether the viewer may read a user's e-mail: themself, a platform admin, or a co-member of an organization */
      mayReadEmail: new DataLoader<string, boolean>(async (userIds) => {
        if (!actor) return userIds.map(() => false);
        if (actor.isPlatformAdmin) return userIds.map(() => true);
        const rows: Array<{ user_id: string }> = await ds.query(
          `SELECT DISTINCT b.user_id FROM organization_memberships a JOIN organization_memberships b ON a.organization_id = b.organization_id
            WHERE a.user_id = $1 AND b.user_id = ANY($2)`,
          [actor.userId, [...userIds]],
        );
        const ok = new Set(rows.map((r) => r.user_id));
        return userIds.map((id) => id === actor.userId || ok.has(id));
      }),
      /** the viewer's role in organizations */
      viewerRole: new DataLoader<string, OrganizationRole | null>(async (orgIds) => {
        if (!actor) return orgIds.map(() => null);
        const rows = await ds.getRepository(OrganizationMembershipEntity).findBy({ userId: actor.userId, organizationId: In([...orgIds]) });
        const map = new Map(rows.map((r) => [r.organizationId, r.role]));
        return orgIds.map((id) => map.get(id) ?? null);
      }),
      /**
       * A page of members per initiative: pages of the same size and cursor
       * are fetched together with a window function and counted with one
       * GROUP BY, so a list of initiatives with their members stays at a
       * constant number of statements.
       */
      membersPage: new DataLoader<MembersPageKey, Connection<InitiativeMemberEntity>, string>(
        async (keys) => {
          const results = new Map<string, Connection<InitiativeMemberEntity>>();
          const groups = new Map<string, MembersPageKey[]>();
          for (const key of keys) {
            const g = `${key.first}|${key.after ?? ''}`;
            if (!groups.has(g)) groups.set(g, []);
            groups.get(g)!.push(key);
          }
          const allIds = [...new Set(keys.map((k) => k.initiativeId))];
          const counts = await ds
            .getRepository(InitiativeMemberEntity)
            .createQueryBuilder('m')
            .select('m.initiative_id', 'id')
            .addSelect('count(*)', 'n')
            .where('m.initiative_id IN (:...allIds)', { allIds })
            .andWhere(memberCondition.where, memberCondition.parameters)
            .groupBy('m.initiative_id')
            .getRawMany<{ id: string; n: string }>();
          const countOf = new Map(counts.map((c) => [c.id, Number(c.n)]));
          for (const group of groups.values()) {
            const { first, after } = group[0];
            const ids = group.map((k) => k.initiativeId);
            const query = ds
              .getRepository(InitiativeMemberEntity)
              .createQueryBuilder('m')
              .where('m.initiative_id IN (:...ids)', { ids })
              .andWhere(memberCondition.where, memberCondition.parameters);
            if (after) {
              const [appliedAt, orgId] = decodeCursor(after);
              query.andWhere('(m.applied_at, m.organization_id) > (:appliedAt, :orgId)', { appliedAt, orgId });
            }
            const [sql, params] = query
              .select('m.*')
              .addSelect('row_number() OVER (PARTITION BY m.initiative_id ORDER BY m.applied_at, m.organization_id)', 'rn')
              .getQueryAndParameters();
            const rows: Array<Record<string, unknown>> = await ds.query(
              `SELECT * FROM (${sql}) ranked WHERE rn <= ${first + 1} ORDER BY applied_at, organization_id`,
              params,
            );
            for (const id of ids) {
              const mine = rows.filter((r) => r.initiative_id === id);
              const nodes = mine.slice(0, first).map((r) =>
                Object.assign(new InitiativeMemberEntity(), {
                  initiativeId: r.initiative_id as string,
                  organizationId: r.organization_id as string,
                  status: r.status as InitiativeMembershipStatus,
                  appliedAt: r.applied_at as Date,
                  joinedAt: (r.joined_at as Date | null) ?? null,
                  decidedAt: (r.decided_at as Date | null) ?? null,
                }),
              );
              const edges = nodes.map((node) => ({ cursor: encodeCursor(node.appliedAt.toISOString(), node.organizationId), node }));
              results.set(`${id}|${first}|${after ?? ''}`, {
                edges,
                pageInfo: { hasNextPage: mine.length > first, endCursor: edges.at(-1)?.cursor ?? null },
                totalCount: countOf.get(id) ?? 0,
              });
            }
          }
          return keys.map((k) => results.get(`${k.initiativeId}|${k.first}|${k.after ?? ''}`)!);
        },
        { cacheKeyFn: (k) => `${k.initiativeId}|${k.first}|${k.after ?? ''}` },
      ),
    };
  }
}

export type IdentityLoaderSet = ReturnType<IdentityLoaders['createLoaders']>;
export { pageSize };
