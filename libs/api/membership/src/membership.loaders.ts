import { LoaderFactory, MaybeActor, isAdminRole } from '@commonground/api-core';
import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { DataSource, In } from 'typeorm';
import { PoolParticipantEntity } from './cost-pool.entity';
import { TierEntity } from './tier.entity';

@Injectable()
export class MembershipLoaders implements LoaderFactory<ReturnType<MembershipLoaders['createLoaders']>> {
  constructor(private readonly dataSource: DataSource) {}

  createLoaders(actor: MaybeActor) {
    const ds = this.dataSource;
    return {
      /**
       * Shares of pools as the actor may see them: every share for an admin of
       * the pool's secretariat, its own share for a participant.
       */
      visibleShares: new DataLoader<string, PoolParticipantEntity[]>(async (poolIds) => {
        if (!actor?.organizationId) return poolIds.map(() => []);
        const rows = await ds
          .getRepository(PoolParticipantEntity)
          .createQueryBuilder('pp')
          .innerJoin('cost_pools', 'p', 'p.id = pp.pool_id')
          .innerJoin('initiatives', 'i', 'i.id = p.initiative_id')
          .where('pp.pool_id IN (:...poolIds)', { poolIds: [...poolIds] })
          .andWhere('(pp.organization_id = :org OR (i.secretariat_organization_id = :org AND :admin))', { org: actor.organizationId, admin: isAdminRole(actor.role) })
          .orderBy('pp.joined_at', 'ASC')
          .addOrderBy('pp.organization_id', 'ASC')
          .getMany();
        return poolIds.map((id) => rows.filter((r) => r.poolId === id));
      }),
      tier: new DataLoader<string, TierEntity | null>(async (ids) => {
        const rows = await ds.getRepository(TierEntity).findBy({ id: In([...ids]) });
        const map = new Map(rows.map((r) => [r.id, r]));
        return ids.map((id) => map.get(id) ?? null);
      }),
      participantCount: new DataLoader<string, number>(async (poolIds) => {
        const rows: Array<{ id: string; n: string }> = await ds.query(
          'SELECT pool_id AS id, count(*) AS n FROM cost_pool_participants WHERE pool_id = ANY($1) GROUP BY pool_id',
          [[...poolIds]],
        );
        const map = new Map(rows.map((r) => [r.id, Number(r.n)]));
        return poolIds.map((id) => map.get(id) ?? 0);
      }),
    };
  }
}
