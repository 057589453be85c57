import {
  APP_CONFIG,
  Access,
  Actor,
  AppConfig,
  CurrentActor,
  GraphQLContext,
  MaybeActor,
  SignedInActor,
  unauthenticated,
} from '@commonground/api-core';
import { Inject } from '@nestjs/common';
import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { AccountService } from './account.service';
import { Organization, OrganizationMembership, User, Viewer } from './dto/identity.objects';
import { SignInInput, SignUpInput } from './dto/identity.inputs';
import { IdentityLoaders } from './identity.loaders';
import { toOrganization, toUser } from './identity.mapper';
import { SessionService } from './session.service';
import { clearSessionCookie, requestMeta, setSessionCookie } from './session-cookie';
import { InvitationService } from './invitation.service';

/** The signed-in user, sessions and the active organization. */
@Resolver(() => Viewer)
export class ViewerResolver {
  constructor(
    private readonly accounts: AccountService,
    private readonly sessions: SessionService,
    private readonly invitations: InvitationService,
    private readonly loaders: IdentityLoaders,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Query(() => Viewer, { nullable: true, description: 'The signed-in user; null when signed out.' })
  @Access('public')
  async viewer(@CurrentActor() actor: MaybeActor, @Context() ctx: GraphQLContext): Promise<Viewer | null> {
    return actor ? this.viewerOf(actor, ctx) : null;
  }

  @Mutation(() => Viewer)
  @Access('public')
  async signUp(@Args('input') input: SignUpInput, @Context() ctx: GraphQLContext): Promise<Viewer> {
    const { token } = await this.accounts.signUp(input, requestMeta(ctx.req));
    return this.startSession(token, ctx);
  }

  @Mutation(() => Viewer)
  @Access('public')
  async signIn(@Args('input') input: SignInInput, @Context() ctx: GraphQLContext): Promise<Viewer> {
    const { token } = await this.accounts.signIn(input, requestMeta(ctx.req));
    return this.startSession(token, ctx);
  }

  @Mutation(() => Boolean, { description: 'Ends the session everywhere its cookie is used.' })
  @Access('signed-in')
  async signOut(@SignedInActor() actor: Actor, @Context() ctx: GraphQLContext): Promise<boolean> {
    await this.accounts.signOut(actor, requestMeta(ctx.req));
    clearSessionCookie(ctx.res, this.config);
    ctx.req.actor = null;
    return true;
  }

  @Mutation(() => Viewer)
  @Access('signed-in')
  async switchOrganization(
    @SignedInActor() actor: Actor,
    @Args('organizationId', { type: () => ID }) organizationId: string,
    @Context() ctx: GraphQLContext,
  ): Promise<Viewer> {
    await this.accounts.switchOrganization(actor, organizationId);
    return this.reload(ctx);
  }

  @Mutation(() => Viewer)
  @Access('signed-in')
  async acceptInvitation(@SignedInActor() actor: Actor, @Args('token') token: string, @Context() ctx: GraphQLContext): Promise<Viewer> {
    await this.invitations.accept(actor, token);
    return this.reload(ctx);
  }

  @Mutation(() => User, { description: 'Keeps the interface language of the user (en, fr, es).' })
  @Access('signed-in')
  async setLocale(@SignedInActor() actor: Actor, @Args('locale') locale: string): Promise<User> {
    return toUser(await this.accounts.setLocale(actor, locale));
  }

  private async startSession(token: string, ctx: GraphQLContext): Promise<Viewer> {
    setSessionCookie(ctx.res, token, this.config);
    const actor = await this.sessions.fromSessionToken(token);
    if (!actor) throw unauthenticated();
    ctx.req.actor = actor;
    return this.viewerOf(actor, ctx);
  }

  /** The session changed (organization switched or joined): read the actor again. */
  private async reload(ctx: GraphQLContext): Promise<Viewer> {
    const token = ctx.req.cookies?.cg_session as string;
    const actor = await this.sessions.fromSessionToken(token);
    if (!actor) throw unauthenticated();
    ctx.req.actor = actor;
    return this.viewerOf(actor, ctx);
  }

  private async viewerOf(actor: Actor, ctx: GraphQLContext): Promise<Viewer> {
    const loaders = ctx.loaders.for(this.loaders);
    const [user, org] = await Promise.all([
      loaders.user.load(actor.userId),
      actor.organizationId ? loaders.organization.load(actor.organizationId) : Promise.resolve(null),
    ]);
    if (!user) throw unauthenticated();
    return { user: toUser(user), activeOrganization: org ? toOrganization(org) : null, isPlatformAdmin: actor.isPlatformAdmin };
  }
}

@Resolver(() => User)
export class UserResolver {
  constructor(private readonly loaders: IdentityLoaders) {}

  @ResolveField(() => String, { description: 'Shown to the user, to members of a shared organization and to platform administrators; empty for anyone else.' })
  async email(@Parent() user: User, @Context() ctx: GraphQLContext): Promise<string> {
    return (await ctx.loaders.for(this.loaders).mayReadEmail.load(user.id)) ? user.email : '';
  }

  @ResolveField(() => [OrganizationMembership], { description: "The user's organizations; shown to the user only." })
  async memberships(@Parent() user: User, @CurrentActor() actor: MaybeActor, @Context() ctx: GraphQLContext): Promise<OrganizationMembership[]> {
    if (actor?.userId !== user.id) return [];
    const rows = await ctx.loaders.for(this.loaders).membershipsOfUser.load(user.id);
    return rows.map((m) => ({ role: m.role, organizationId: m.organizationId }));
  }

}

@Resolver(() => OrganizationMembership)
export class OrganizationMembershipResolver {
  constructor(private readonly loaders: IdentityLoaders) {}

  @ResolveField(() => Organization)
  async organization(@Parent() m: OrganizationMembership, @Context() ctx: GraphQLContext) {
    const org = await ctx.loaders.for(this.loaders).organization.load(m.organizationId);
    return org ? toOrganization(org) : null;
  }
}
