import {
  Access,
  Actor,
  Connection,
  CurrentActor,
  GraphQLContext,
  MaybeActor,
  OrganizationKind,
  OrganizationRole,
  SignedInActor,
  mapConnection,
} from '@commonground/api-core';
import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Initiative, InitiativeMember, Organization, OrganizationConnection, OrganizationMember } from './dto/identity.objects';
import { CreateOrganizationInput, UpdateOrganizationInput } from './dto/identity.inputs';
import { IdentityLoaders } from './identity.loaders';
import { toInitiative, toInitiativeMember, toOrganization, toUser } from './identity.mapper';
import { OrganizationService } from './organization.service';

@Resolver(() => Organization)
export class OrganizationResolver {
  constructor(
    private readonly organizationService: OrganizationService,
    private readonly loaders: IdentityLoaders,
  ) {}

  @Query(() => Organization, { nullable: true })
  @Access('public')
  async organization(
    @Args('id', { type: () => ID, nullable: true }) id?: string,
    @Args('slug', { nullable: true }) slug?: string,
  ): Promise<Organization | null> {
    const org = await this.organizationService.find({ id, slug });
    return org ? toOrganization(org) : null;
  }

  @Query(() => OrganizationConnection, { description: 'The public directory of organizations.' })
  @Access('public')
  async organizations(
    @Args('first', { type: () => Int, nullable: true }) first?: number,
    @Args('after', { nullable: true }) after?: string,
    @Args('query', { nullable: true }) query?: string,
    @Args('kinds', { type: () => [OrganizationKind], nullable: true }) kinds?: OrganizationKind[],
  ): Promise<Connection<Organization>> {
    return mapConnection(await this.organizationService.list({ first, after, query, kinds }), toOrganization);
  }

  @Query(() => [OrganizationMember], { description: 'The users of an organization; for its members.' })
  @Access('signed-in')
  async organizationMembers(
    @SignedInActor() actor: Actor,
    @Args('organizationId', { type: () => ID }) organizationId: string,
  ): Promise<OrganizationMember[]> {
    const members = await this.organizationService.members(actor, organizationId);
    return members.map((m) => ({ user: toUser(m.user), role: m.role, since: m.since }));
  }

  @Mutation(() => Organization)
  @Access('signed-in')
  async createOrganization(@SignedInActor() actor: Actor, @Args('input') input: CreateOrganizationInput): Promise<Organization> {
    return toOrganization(await this.organizationService.create(actor, input));
  }

  @Mutation(() => Organization)
  @Access('signed-in')
  async updateOrganization(
    @SignedInActor() actor: Actor,
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: UpdateOrganizationInput,
  ): Promise<Organization> {
    return toOrganization(await this.organizationService.update(actor, id, input));
  }

  @Mutation(() => Organization, { description: 'Platform administrators vouch for an organization.' })
  @Access('platform-admin')
  async verifyOrganization(
    @SignedInActor() actor: Actor,
    @Args('id', { type: () => ID }) id: string,
    @Args('verified') verified: boolean,
  ): Promise<Organization> {
    return toOrganization(await this.organizationService.verify(actor, id, verified));
  }

  @Mutation(() => OrganizationMember)
  @Access('signed-in')
  async setMemberRole(
    @SignedInActor() actor: Actor,
    @Args('organizationId', { type: () => ID }) organizationId: string,
    @Args('userId', { type: () => ID }) userId: string,
    @Args('role', { type: () => OrganizationRole }) role: OrganizationRole,
  ): Promise<OrganizationMember> {
    const m = await this.organizationService.setMemberRole(actor, organizationId, userId, role);
    return { user: toUser(m.user), role: m.role, since: m.since };
  }

  @ResolveField(() => [InitiativeMember])
  async initiatives(@Parent() org: Organization, @Context() ctx: GraphQLContext): Promise<InitiativeMember[]> {
    return (await ctx.loaders.for(this.loaders).initiativesOfOrganization.load(org.id)).map(toInitiativeMember);
  }

  @ResolveField(() => [Initiative], { description: 'The initiatives this organization runs as their secretariat.' })
  async runsInitiatives(@Parent() org: Organization, @Context() ctx: GraphQLContext): Promise<Initiative[]> {
    return (await ctx.loaders.for(this.loaders).initiativesRunBy.load(org.id)).map(toInitiative);
  }

  @ResolveField(() => OrganizationRole, { nullable: true, description: "The signed-in user's role in it." })
  async viewerRole(@Parent() org: Organization, @CurrentActor() actor: MaybeActor, @Context() ctx: GraphQLContext) {
    return actor ? ctx.loaders.for(this.loaders).viewerRole.load(org.id) : null;
  }
}
