import { Access, Actor, CurrentActor, GraphQLContext, MaybeActor, Money, MoneyInput, SignedInActor } from '@commonground/api-core';
import { IdentityLoaders, Initiative, Organization, toInitiative, toOrganization } from '@commonground/api-identity';
import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CostPoolService } from './cost-pool.service';
import { CostPool, DuesStatement, PoolShare, PoolShareChange, PoolSharePreview, Tier, TierEligibility, TierMembership } from './dto/membership.objects';
import { CostPoolInput, TierInput } from './dto/membership.inputs';
import { MembershipLoaders } from './membership.loaders';
import { money, toCostPool, toPoolShare, toTier, toTierMembership } from './membership.mapper';
import { TierService } from './tier.service';

type PoolObject = Omit<CostPool, 'participantCount'>;

@Resolver(() => Tier)
export class TierResolver {
  constructor(
    private readonly tierService: TierService,
    private readonly identity: IdentityLoaders,
    private readonly membershipLoaders: MembershipLoaders,
  ) {}

  @Query(() => [Tier], { description: "An initiative's tiers, heaviest weight first." })
  @Access('signed-in')
  async tiers(@Args('initiativeId', { type: () => ID }) initiativeId: string): Promise<Tier[]> {
    return (await this.tierService.list(initiativeId)).map(toTier);
  }

  @Mutation(() => Tier)
  @Access('organization')
  async createTier(@SignedInActor() actor: Actor, @Args('initiativeId', { type: () => ID }) initiativeId: string, @Args('input') input: TierInput): Promise<Tier> {
    return toTier(await this.tierService.create(actor, initiativeId, input));
  }

  @Mutation(() => Tier)
  @Access('organization')
  async updateTier(@SignedInActor() actor: Actor, @Args('id', { type: () => ID }) id: string, @Args('input') input: TierInput): Promise<Tier> {
    return toTier(await this.tierService.update(actor, id, input));
  }

  @ResolveField(() => TierEligibility, { nullable: true, description: "Whether the viewer's active organization may apply, and why not." })
  async viewerEligibility(@Parent() tier: Tier, @CurrentActor() actor: MaybeActor, @Context() ctx: GraphQLContext): Promise<TierEligibility | null> {
    if (!actor?.organizationId) return null;
    const org = await ctx.loaders.for(this.identity).organization.load(actor.organizationId);
    const entity = await ctx.loaders.for(this.membershipLoaders).tier.load(tier.id);
    if (!org || !entity) return null;
    const reason = this.tierService.ineligibility(entity, org);
    return { eligible: !reason, reason };
  }

  @ResolveField(() => Initiative)
  async initiative(@Parent() tier: Tier, @Context() ctx: GraphQLContext): Promise<Initiative> {
    return toInitiative((await ctx.loaders.for(this.identity).initiative.load(tier.initiativeId))!);
  }
}

@Resolver(() => TierMembership)
export class TierMembershipResolver {
  constructor(
    private readonly tierService: TierService,
    private readonly identity: IdentityLoaders,
    private readonly loaders: MembershipLoaders,
  ) {}

  @Query(() => [TierMembership], { description: 'Tier applications and periods, newest first: all for the secretariat, your own otherwise.' })
  @Access('signed-in')
  async tierMemberships(@SignedInActor() actor: Actor, @Args('initiativeId', { type: () => ID }) initiativeId: string): Promise<TierMembership[]> {
    return (await this.tierService.memberships(actor, initiativeId)).map(toTierMembership);
  }

  @Mutation(() => TierMembership)
  @Access('organization')
  async applyToTier(@SignedInActor() actor: Actor, @Args('tierId', { type: () => ID }) tierId: string): Promise<TierMembership> {
    return toTierMembership(await this.tierService.apply(actor, tierId));
  }

  @Mutation(() => TierMembership)
  @Access('organization')
  async decideTierApplication(
    @SignedInActor() actor: Actor,
    @Args('tierId', { type: () => ID }) tierId: string,
    @Args('organizationId', { type: () => ID }) organizationId: string,
    @Args('approve') approve: boolean,
    @Args('reason', { type: () => String, nullable: true }) reason?: string | null,
  ): Promise<TierMembership> {
    return toTierMembership(await this.tierService.decide(actor, tierId, organizationId, approve, reason));
  }

  @Mutation(() => TierMembership, { description: 'The secretariat moves a member to another tier from now on (fees are pro-rated to the day).' })
  @Access('organization')
  async moveToTier(
    @SignedInActor() actor: Actor,
    @Args('organizationId', { type: () => ID }) organizationId: string,
    @Args('tierId', { type: () => ID }) tierId: string,
  ): Promise<TierMembership> {
    return toTierMembership(await this.tierService.move(actor, organizationId, tierId));
  }

  @Query(() => DuesStatement, { description: "An organization's dues for a calendar year (your own; the secretariat sees anyone's)." })
  @Access('organization')
  async duesStatement(
    @SignedInActor() actor: Actor,
    @Args('initiativeId', { type: () => ID }) initiativeId: string,
    @Args('year', { type: () => Int }) year: number,
    @Args('organizationId', { type: () => ID, nullable: true }) organizationId?: string | null,
  ): Promise<DuesStatement> {
    const { statement, periods, organizationId: orgId } = await this.tierService.duesStatement(actor, initiativeId, organizationId, year);
    const lines = statement.lines.map((line, i) => ({
      tierName: line.tierName,
      from: line.from,
      to: line.to,
      days: line.days,
      annualFee: money(periods[i].annualFeeMinor, periods[i].currency),
      amount: money(line.amount, periods[i].currency),
    }));
    const totals = new Map<string, number>();
    for (const l of lines) totals.set(l.amount.currency, (totals.get(l.amount.currency) ?? 0) + l.amount.amountMinor);
    return { year, lines, totals: [...totals].map(([currency, amountMinor]) => ({ currency, amountMinor })), organizationId: orgId };
  }

  @ResolveField(() => Organization)
  async organization(@Parent() m: TierMembership, @Context() ctx: GraphQLContext): Promise<Organization> {
    return toOrganization((await ctx.loaders.for(this.identity).organization.load(m.organizationId))!);
  }

  @ResolveField(() => Tier)
  async tier(@Parent() m: TierMembership, @Context() ctx: GraphQLContext): Promise<Tier> {
    return toTier((await ctx.loaders.for(this.loaders).tier.load(m.tierId))!);
  }
}

@Resolver(() => CostPool)
export class CostPoolResolver {
  constructor(
    private readonly pools: CostPoolService,
    private readonly identity: IdentityLoaders,
    private readonly loaders: MembershipLoaders,
  ) {}

  @Query(() => CostPool, { nullable: true })
  @Access('signed-in')
  async costPool(@SignedInActor() actor: Actor, @Args('id', { type: () => ID }) id: string): Promise<PoolObject | null> {
    const pool = await this.pools.get(actor, id);
    return pool && toCostPool(pool);
  }

  @Query(() => [CostPool], { description: 'Pools of your initiatives, and those you take part in or were invited to.' })
  @Access('signed-in')
  async costPools(@SignedInActor() actor: Actor, @Args('initiativeId', { type: () => ID, nullable: true }) initiativeId?: string | null): Promise<PoolObject[]> {
    return (await this.pools.list(actor, initiativeId)).map(toCostPool);
  }

  @Query(() => Money, { description: "What the viewer's organization would pay if it joined now." })
  @Access('organization')
  async previewPoolShare(@SignedInActor() actor: Actor, @Args('poolId', { type: () => ID }) poolId: string): Promise<Money> {
    const preview = await this.pools.preview(actor, poolId);
    return money(preview.share, preview.currency);
  }

  @Query(() => PoolSharePreview, { description: 'The same with the saving against paying alone.' })
  @Access('organization')
  async poolSharePreview(@SignedInActor() actor: Actor, @Args('poolId', { type: () => ID }) poolId: string): Promise<PoolSharePreview> {
    const p = await this.pools.preview(actor, poolId);
    return { share: money(p.share, p.currency), capped: p.capped, aloneCost: money(p.aloneCost, p.currency), saving: money(p.saving, p.currency), participantsAfterJoining: p.participantsAfterJoining };
  }

  @Mutation(() => CostPool)
  @Access('organization')
  async openCostPool(@SignedInActor() actor: Actor, @Args('input') input: CostPoolInput): Promise<PoolObject> {
    return toCostPool(await this.pools.open(actor, input));
  }

  @Mutation(() => CostPool)
  @Access('organization')
  async joinCostPool(@SignedInActor() actor: Actor, @Args('id', { type: () => ID }) id: string): Promise<PoolObject> {
    return toCostPool(await this.pools.join(actor, id));
  }

  @Mutation(() => CostPool)
  @Access('organization')
  async recordPoolPayment(
    @SignedInActor() actor: Actor,
    @Args('poolId', { type: () => ID }) poolId: string,
    @Args('organizationId', { type: () => ID }) organizationId: string,
    @Args('amount') amount: MoneyInput,
  ): Promise<PoolObject> {
    return toCostPool(await this.pools.recordPayment(actor, poolId, organizationId, amount));
  }

  @Mutation(() => CostPool, { description: "The secretariat pays back a participant's credit (after late joiners lowered its share)." })
  @Access('organization')
  async refundPoolCredit(
    @SignedInActor() actor: Actor,
    @Args('poolId', { type: () => ID }) poolId: string,
    @Args('organizationId', { type: () => ID }) organizationId: string,
    @Args('amount') amount: MoneyInput,
  ): Promise<PoolObject> {
    return toCostPool(await this.pools.refundCredit(actor, poolId, organizationId, amount));
  }

  @Mutation(() => CostPool)
  @Access('organization')
  async closeCostPool(@SignedInActor() actor: Actor, @Args('id', { type: () => ID }) id: string): Promise<PoolObject> {
    return toCostPool(await this.pools.close(actor, id));
  }

  @ResolveField(() => Initiative)
  async initiative(@Parent() pool: PoolObject, @Context() ctx: GraphQLContext): Promise<Initiative> {
    return toInitiative((await ctx.loaders.for(this.identity).initiative.load(pool.initiativeId))!);
  }

  @ResolveField(() => Int)
  participantCount(@Parent() pool: PoolObject, @Context() ctx: GraphQLContext): Promise<number> {
    return ctx.loaders.for(this.loaders).participantCount.load(pool.id);
  }

  @ResolveField(() => [PoolShare], { description: 'Every share for the secretariat; your own share for a participant; none otherwise.' })
  async shares(@Parent() pool: PoolObject, @Context() ctx: GraphQLContext): Promise<PoolShare[]> {
    return (await ctx.loaders.for(this.loaders).visibleShares.load(pool.id)).map((s) => toPoolShare(s, pool.total.currency));
  }

  @ResolveField(() => [PoolShareChange], { description: "How the viewer's own share changed over time." })
  async viewerShareHistory(@Parent() pool: PoolObject, @SignedInActor() actor: Actor): Promise<PoolShareChange[]> {
    if (!actor.organizationId) return [];
    const entity = await this.pools.find(pool.id);
    const { changes } = await this.pools.shareHistory(actor, entity, actor.organizationId);
    return changes.map((c) => ({ at: c.at, previous: c.previousMinor === null ? null : money(c.previousMinor, pool.total.currency), amount: money(c.amountMinor, pool.total.currency), cause: c.cause }));
  }
}

@Resolver(() => PoolShare)
export class PoolShareResolver {
  constructor(
    private readonly identity: IdentityLoaders,
    private readonly loaders: MembershipLoaders,
  ) {}

  @ResolveField(() => Organization)
  async organization(@Parent() share: PoolShare, @Context() ctx: GraphQLContext): Promise<Organization> {
    return toOrganization((await ctx.loaders.for(this.identity).organization.load(share.organizationId))!);
  }

  @ResolveField(() => Tier, { nullable: true })
  async tier(@Parent() share: PoolShare, @Context() ctx: GraphQLContext): Promise<Tier | null> {
    if (!share.tierId) return null;
    const tier = await ctx.loaders.for(this.loaders).tier.load(share.tierId);
    return tier && toTier(tier);
  }
}
