import { JobsService, NodeRegistry } from '@commonground/api-core';
import { IdentityModule } from '@commonground/api-identity';
import { Module, OnModuleInit } from '@nestjs/common';
import { CostPoolService } from './cost-pool.service';
import { InitiativeAccess } from './initiative-access';
import { MembershipLoaders } from './membership.loaders';
import { CostPoolResolver, PoolShareResolver, TierMembershipResolver, TierResolver } from './membership.resolver';
import { PoolStatementController } from './pool-statement.controller';
import { TierService } from './tier.service';
import { toCostPool, toTier } from './membership.mapper';

/** Tiered membership of initiatives and pooled due-diligence costs. */
@Module({
  imports: [IdentityModule],
  controllers: [PoolStatementController],
  providers: [InitiativeAccess, TierService, CostPoolService, MembershipLoaders, TierResolver, TierMembershipResolver, CostPoolResolver, PoolShareResolver],
  exports: [TierService, CostPoolService],
})
export class MembershipModule implements OnModuleInit {
  constructor(
    private readonly jobs: JobsService,
    private readonly pools: CostPoolService,
    private readonly tiers: TierService,
    private readonly nodes: NodeRegistry,
  ) {}

  onModuleInit() {
    // pools stop taking participants at their deadline
    this.jobs.register('membership.close-expired-pools', async () => {
      await this.pools.closeExpired();
    }, { cron: '*/5 * * * *' });
    this.nodes.register({ typename: 'Tier', table: 'tiers', load: async (actor, id) => (actor ? toTier(await this.tiers.find(id)) : null) });
    this.nodes.register({
      typename: 'CostPool',
      table: 'cost_pools',
      load: async (actor, id) => {
        const pool = actor ? await this.pools.get(actor, id) : null;
        return pool && toCostPool(pool);
      },
    });
  }
}
