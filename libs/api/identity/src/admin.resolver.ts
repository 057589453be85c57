import {
  Access,
  ActivityEntry,
  Actor,
  Connection,
  GraphQLContext,
  MailMessage,
  SignedInActor,
  forbidden,
  isAdminRole,
  mapConnection,
  paginate,
} from '@commonground/api-core';
import { Args, Context, Int, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { DataSource } from 'typeorm';
import { ActivityEntryConnection, ActivityEntryObject, MailMessageConnection, MailMessageObject, Organization, User } from './dto/identity.objects';
import { IdentityLoaders } from './identity.loaders';
import { toActivityEntry, toMailMessage, toOrganization, toUser } from './identity.mapper';

@Resolver(() => ActivityEntryObject)
export class AdminResolver {
  constructor(
    private readonly dataSource: DataSource,
    private readonly loaders: IdentityLoaders,
  ) {}

  @Query(() => MailMessageConnection, { description: 'Every e-mail the hub sent (newest first); for platform administrators.' })
  @Access('platform-admin')
  async mailOutbox(
    @Args('first', { type: () => Int, nullable: true }) first?: number,
    @Args('after', { nullable: true }) after?: string,
  ): Promise<Connection<MailMessageObject>> {
    const query = this.dataSource.getRepository(MailMessage).createQueryBuilder('m');
    const page = await paginate(query, { first, after }, {
      expression: 'm.created_at',
      key: (m) => m.createdAt.toISOString(),
      idExpression: 'm.id',
      id: (m) => m.id,
      direction: 'DESC',
    });
    return mapConnection(page, toMailMessage);
  }

  @Query(() => ActivityEntryConnection, {
    description: "The activity log, newest first: an organization's owners and admins see their organization's entries; platform administrators see all.",
  })
  @Access('signed-in')
  async activityLog(
    @SignedInActor() actor: Actor,
    @Args('first', { type: () => Int, nullable: true }) first?: number,
    @Args('after', { nullable: true }) after?: string,
  ): Promise<Connection<ActivityEntryObject>> {
    const query = this.dataSource.getRepository(ActivityEntry).createQueryBuilder('a');
    if (!actor.isPlatformAdmin) {
      if (!actor.organizationId || !isAdminRole(actor.role)) throw forbidden('Only owners and administrators read the activity log.');
      query.where('a.organization_id = :org', { org: actor.organizationId });
    }
    const page = await paginate(query, { first, after }, {
      expression: 'a.id',
      key: (a) => Number(a.id),
      idExpression: 'a.id',
      id: (a) => a.id,
      direction: 'DESC',
    });
    return mapConnection(page, toActivityEntry);
  }

  @ResolveField(() => User, { nullable: true })
  async user(@Parent() entry: ActivityEntryObject, @Context() ctx: GraphQLContext) {
    if (!entry.userId) return null;
    const user = await ctx.loaders.for(this.loaders).user.load(entry.userId);
    return user ? toUser(user) : null;
  }

  @ResolveField(() => Organization, { nullable: true })
  async organization(@Parent() entry: ActivityEntryObject, @Context() ctx: GraphQLContext) {
    if (!entry.organizationId) return null;
    const org = await ctx.loaders.for(this.loaders).organization.load(entry.organizationId);
    return org ? toOrganization(org) : null;
  }
}
