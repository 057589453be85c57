import { GraphQLContext } from '@commonground/api-core';
import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Initiative, Organization } from './dto/identity.objects';
import { VisibilityRule } from './dto/visibility-rule.object';
import { IdentityLoaders } from './identity.loaders';
import { toInitiative, toOrganization } from './identity.mapper';

@Resolver(() => VisibilityRule)
export class VisibilityRuleResolver {
  constructor(private readonly loaders: IdentityLoaders) {}

  @ResolveField(() => [Initiative])
  async initiatives(@Parent() rule: VisibilityRule, @Context() ctx: GraphQLContext): Promise<Initiative[]> {
    const rows = await ctx.loaders.for(this.loaders).initiative.loadMany(rule.initiativeIds);
    return rows.filter((r): r is NonNullable<typeof r> & { id: string } => !!r && !(r instanceof Error)).map((r) => toInitiative(r as never));
  }

  @ResolveField(() => [Organization])
  async organizations(@Parent() rule: VisibilityRule, @Context() ctx: GraphQLContext): Promise<Organization[]> {
    const rows = await ctx.loaders.for(this.loaders).organization.loadMany(rule.organizationIds);
    return rows.filter((r) => !!r && !(r instanceof Error)).map((r) => toOrganization(r as never));
  }
}
