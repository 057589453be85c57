import { Access, Actor, GraphQLContext, MoneyInput, SignedInActor } from '@commonground/api-core';
import { IdentityLoaders, Organization, toOrganization } from '@commonground/api-identity';
import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CoverageService } from './coverage.service';
import { Coverage, CoverageSmelter, JointAudit, JointAuditShare, Smelter } from './dto/smelters.objects';
import { JointAuditService } from './joint-audit.service';
import { SmelterLoaders } from './smelters.loaders';
import { JointAuditEntity, JointAuditSponsorEntity } from './smelters.entities';
import { toSmelter } from './smelters.mapper';

@Resolver(() => Coverage)
export class CoverageResolver {
  constructor(private readonly coverageService: CoverageService) {}

  @Query(() => Coverage, { description: "The organization's smelters across all current supplier declarations, by evidence." })
  @Access('organization')
  async coverage(@SignedInActor() actor: Actor): Promise<Coverage> {
    const [summary, suppliers] = await Promise.all([this.coverageService.summary(actor), this.coverageService.suppliers(actor)]);
    const { rows, ...counts } = summary;
    return {
      ...counts,
      smelters: rows.map((r) => ({ evidence: r.evidence, suppliers: r.suppliers, smelterId: r.smelterId })),
      suppliers,
    };
  }
}

@Resolver(() => CoverageSmelter)
export class CoverageSmelterResolver {
  constructor(private readonly loaders: SmelterLoaders) {}

  @ResolveField(() => Smelter)
  async smelter(@Parent() r: CoverageSmelter, @Context() ctx: GraphQLContext) {
    return toSmelter((await ctx.loaders.for(this.loaders).smelter.load(r.smelterId))!);
  }
}

const toJointAudit = (j: JointAuditEntity, sponsors: JointAuditSponsorEntity[], viewerOrg: string | null): JointAudit => ({
  id: j.id,
  estimatedCost: j.estimatedCostMinor === null || !j.currency ? null : { amountMinor: Number(j.estimatedCostMinor), currency: j.currency },
  status: j.status,
  createdAt: j.createdAt,
  shares: sponsors.map((s) => ({ amount: s.shareMinor === null || !j.currency ? null : { amountMinor: s.shareMinor, currency: j.currency }, joinedAt: s.joinedAt, organizationId: s.organizationId })),
  viewerIsSponsor: sponsors.some((s) => s.organizationId === viewerOrg),
  smelterId: j.smelterId,
  proposerOrganizationId: j.proposerOrganizationId,
  sponsorIds: sponsors.map((s) => s.organizationId),
});

@Resolver(() => JointAudit)
export class JointAuditResolver {
  constructor(
    private readonly jointAuditService: JointAuditService,
    private readonly loaders: SmelterLoaders,
    private readonly identity: IdentityLoaders,
  ) {}

  private async withSponsors(actor: Actor, rows: JointAuditEntity[]) {
    const sponsors = await this.jointAuditService.sponsors(rows.map((r) => r.id));
    return rows.map((r) => toJointAudit(r, sponsors.filter((s) => s.jointAuditId === r.id), actor.organizationId));
  }

  @Query(() => [JointAudit], { description: 'Joint audits your organization sponsors, or of smelters your suppliers report.' })
  @Access('organization')
  async jointAudits(@SignedInActor() actor: Actor) {
    return this.withSponsors(actor, await this.jointAuditService.list(actor));
  }

  @Mutation(() => JointAudit, { description: 'Proposes a joint audit of a smelter without coverage; companies whose suppliers report it are told.' })
  @Access('organization')
  async proposeJointAudit(@SignedInActor() actor: Actor, @Args('smelterId', { type: () => ID }) smelterId: string, @Args('estimatedCost', { type: () => MoneyInput, nullable: true }) estimatedCost?: MoneyInput) {
    const [j] = await this.withSponsors(actor, [await this.jointAuditService.propose(actor, smelterId, estimatedCost)]);
    return j;
  }

  @Mutation(() => JointAudit, { description: 'Joins as a sponsor; the estimated cost is split again equally.' })
  @Access('organization')
  async joinJointAudit(@SignedInActor() actor: Actor, @Args('id', { type: () => ID }) id: string) {
    const [j] = await this.withSponsors(actor, [await this.jointAuditService.join(actor, id)]);
    return j;
  }

  @ResolveField(() => Smelter)
  async smelter(@Parent() j: JointAudit, @Context() ctx: GraphQLContext) {
    return toSmelter((await ctx.loaders.for(this.loaders).smelter.load(j.smelterId))!);
  }

  @ResolveField(() => Organization)
  async proposer(@Parent() j: JointAudit, @Context() ctx: GraphQLContext) {
    return toOrganization((await ctx.loaders.for(this.identity).organization.load(j.proposerOrganizationId))!);
  }

  @ResolveField(() => [Organization])
  async sponsors(@Parent() j: JointAudit, @Context() ctx: GraphQLContext) {
    return Promise.all(j.sponsorIds.map(async (id) => toOrganization((await ctx.loaders.for(this.identity).organization.load(id))!)));
  }
}

@Resolver(() => JointAuditShare)
export class JointAuditShareResolver {
  constructor(private readonly identity: IdentityLoaders) {}

  @ResolveField(() => Organization)
  async organization(@Parent() s: JointAuditShare, @Context() ctx: GraphQLContext) {
    return toOrganization((await ctx.loaders.for(this.identity).organization.load(s.organizationId))!);
  }
}
