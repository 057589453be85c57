import {
  Access,
  Actor,
  Connection,
  CurrentActor,
  GraphQLContext,
  InitiativeMembershipStatus,
  MaybeActor,
  SignedInActor,
  mapConnection,
  pageSize,
} from '@commonground/api-core';
import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Initiative, InitiativeConnection, InitiativeMember, InitiativeMemberConnection, Organization } from './dto/identity.objects';
import { CreateInitiativeInput } from './dto/identity.inputs';
import { IdentityLoaders } from './identity.loaders';
import { toInitiative, toInitiativeMember, toOrganization } from './identity.mapper';
import { InitiativeService } from './initiative.service';

@Resolver(() => Initiative)
export class InitiativeResolver {
  constructor(
    private readonly initiativeService: InitiativeService,
    private readonly loaders: IdentityLoaders,
  ) {}

  @Query(() => Initiative, { nullable: true })
  @Access('public')
  async initiative(
    @Args('id', { type: () => ID, nullable: true }) id?: string,
    @Args('slug', { nullable: true }) slug?: string,
  ): Promise<Initiative | null> {
    const initiative = await this.initiativeService.find({ id, slug });
    return initiative ? toInitiative(initiative) : null;
  }

  @Query(() => InitiativeConnection)
  @Access('public')
  async initiatives(
    @Args('first', { type: () => Int, nullable: true }) first?: number,
    @Args('after', { nullable: true }) after?: string,
    @Args('query', { nullable: true }) query?: string,
  ): Promise<Connection<Initiative>> {
    return mapConnection(await this.initiativeService.list({ first, after, query }), toInitiative);
  }

  @Mutation(() => Initiative)
  @Access('organization')
  async createInitiative(@SignedInActor() actor: Actor, @Args('input') input: CreateInitiativeInput): Promise<Initiative> {
    return toInitiative(await this.initiativeService.create(actor, input));
  }

  @Mutation(() => InitiativeMember)
  @Access('organization')
  async applyToInitiative(@SignedInActor() actor: Actor, @Args('initiativeId', { type: () => ID }) initiativeId: string): Promise<InitiativeMember> {
    return toInitiativeMember(await this.initiativeService.apply(actor, initiativeId));
  }

  @Mutation(() => InitiativeMember)
  @Access('organization')
  async setInitiativeMemberStatus(
    @SignedInActor() actor: Actor,
    @Args('initiativeId', { type: () => ID }) initiativeId: string,
    @Args('organizationId', { type: () => ID }) organizationId: string,
    @Args('status', { type: () => InitiativeMembershipStatus }) status: InitiativeMembershipStatus,
  ): Promise<InitiativeMember> {
    return toInitiativeMember(await this.initiativeService.setMemberStatus(actor, initiativeId, organizationId, status));
  }

  @ResolveField(() => Organization)
  async secretariat(@Parent() initiative: Initiative, @Context() ctx: GraphQLContext): Promise<Organization> {
    return toOrganization((await ctx.loaders.for(this.loaders).organization.load(initiative.secretariatOrganizationId))!);
  }

  @ResolveField(() => InitiativeMemberConnection)
  async members(
    @Parent() initiative: Initiative,
    @Context() ctx: GraphQLContext,
    @Args('first', { type: () => Int, nullable: true }) first?: number,
    @Args('after', { nullable: true }) after?: string,
  ): Promise<Connection<InitiativeMember>> {
    const page = await ctx.loaders.for(this.loaders).membersPage.load({ initiativeId: initiative.id, first: pageSize(first), after: after ?? null });
    return mapConnection(page, toInitiativeMember);
  }

  @ResolveField(() => Int, { description: 'ACTIVE members' })
  memberCount(@Parent() initiative: Initiative, @Context() ctx: GraphQLContext): Promise<number> {
    return ctx.loaders.for(this.loaders).activeMemberCount.load(initiative.id);
  }

  @ResolveField(() => InitiativeMember, { nullable: true, description: "The viewer's active organization's membership." })
  async viewerMembership(@Parent() initiative: Initiative, @CurrentActor() actor: MaybeActor, @Context() ctx: GraphQLContext) {
    if (!actor?.organizationId) return null;
    const m = await ctx.loaders.for(this.loaders).viewerMembership.load(initiative.id);
    return m ? toInitiativeMember(m) : null;
  }
}

@Resolver(() => InitiativeMember)
export class InitiativeMemberResolver {
  constructor(private readonly loaders: IdentityLoaders) {}

  @ResolveField(() => Initiative)
  async initiative(@Parent() m: InitiativeMember, @Context() ctx: GraphQLContext): Promise<Initiative> {
    return toInitiative((await ctx.loaders.for(this.loaders).initiative.load(m.initiativeId))!);
  }

  @ResolveField(() => Organization)
  async organization(@Parent() m: InitiativeMember, @Context() ctx: GraphQLContext): Promise<Organization> {
    return toOrganization((await ctx.loaders.for(this.loaders).organization.load(m.organizationId))!);
  }
}
