import { APP_CONFIG, Access, Actor, AppConfig, CurrentActor, GraphQLContext, MaybeActor, SignedInActor, badInput, forbidden, notFound } from '@commonground/api-core';
import { IdentityLoaders, Initiative, Organization, User, VisibilityRule, toInitiative, toOrganization, toUser } from '@commonground/api-identity';
import { LANGUAGES, countryName, label, getMineral, regionName, themeName } from '@commonground/shared-reference';
import { Inject } from '@nestjs/common';
import { Args, Context, ID, Info, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { DataSource } from 'typeorm';
import { AlertsService } from './alerts.service';
import { RegistrationEntity } from './clearinghouse.entities';
import { ClearinghouseLoaders } from './clearinghouse.loaders';
import { toAmplification, toOpportunity, toRegistration, toSavedSearch } from './clearinghouse.mapper';
import { OpportunityFilterInput, OpportunityInput, SavedSearchInput } from './dto/clearinghouse.inputs';
import {
  Amplification,
  Attendee,
  Facet,
  FeedTokenInfo,
  Opportunity,
  OpportunityConnection,
  OpportunityFile,
  OpportunitySort,
  Registration,
  SavedSearch,
  UnsubscribeResult,
} from './dto/clearinghouse.objects';
import { FeedService } from './feed.service';
import { OpportunityFileService } from './opportunity-file.service';
import { OpportunityService, textIn } from './opportunity.service';
import { RegistrationService } from './registration.service';
import { FacetResult, OpportunitySearchService, cursorAt } from './search/opportunity-search.service';
import { FilterError, OpportunityFilter, normalizeFilter } from './search/opportunity-filter';

const org = async (ctx: GraphQLContext, identity: IdentityLoaders, id: string) => toOrganization((await ctx.loaders.for(identity).organization.load(id))!);

function checkedFilter(input: OpportunityFilterInput | null | undefined, prefix: string): OpportunityFilter {
  try {
    return normalizeFilter(input, prefix);
  } catch (error) {
    if (error instanceof FilterError) throw badInput(error.field, error.message);
    throw error;
  }
}

@Resolver(() => Opportunity)
export class OpportunityResolver {
  constructor(
    private readonly opportunityService: OpportunityService,
    private readonly searchService: OpportunitySearchService,
    private readonly registrations: RegistrationService,
    private readonly alerts: AlertsService,
    private readonly loaders: ClearinghouseLoaders,
    private readonly identity: IdentityLoaders,
    private readonly fileService: OpportunityFileService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Query(() => Opportunity, { nullable: true })
  @Access('public')
  async opportunity(@CurrentActor() actor: MaybeActor, @Args('id', { type: () => ID }) id: string) {
    const o = await this.opportunityService.find(actor, id).catch(() => null);
    return o && toOpportunity(o);
  }

  @Query(() => OpportunityConnection, { description: 'Search and browse opportunities the viewer may see, with facet counts. Without statuses, published ones only.' })
  @Access('public')
  async opportunities(
    @CurrentActor() actor: MaybeActor,
    @Context() ctx: GraphQLContext,
    @Args('filter', { type: () => OpportunityFilterInput, nullable: true }) filter?: OpportunityFilterInput,
    @Args('sort', { type: () => OpportunitySort, nullable: true }) sort?: OpportunitySort,
    @Args('first', { type: () => Int, nullable: true }) first?: number,
    @Args('after', { nullable: true }) after?: string,
    @Info() info?: GraphQLResolveInfo,
  ): Promise<OpportunityConnection> {
    const f = checkedFilter(filter, 'filter');
    if (sort === OpportunitySort.RELEVANCE && !f.query) sort = OpportunitySort.NEWEST;
    // facet counts cost most of a search: skip them when the query does not ask for them ("load more")
    const facets = !info || info.fieldNodes.some((node) => node.selectionSet?.selections.some((s) => s.kind !== 'Field' || s.name.value === 'facets'));
    const result = await this.searchService.search(actor, f, { sort, first, after, facets });
    const edges = result.opportunities.map((o, i) => ({ cursor: cursorAt(result.offset + i, o.id), node: toOpportunity(o) }));
    return {
      edges,
      pageInfo: { hasNextPage: result.hasNextPage, endCursor: edges.length ? edges[edges.length - 1].cursor : null },
      totalCount: result.totalCount,
      facets: await this.labelFacets(result.facets, actor?.locale ?? 'en', ctx),
      degraded: result.degraded,
    };
  }

  private async labelFacets(facets: FacetResult[], lang: string, ctx: GraphQLContext): Promise<Facet[]> {
    const labelOf = async (facet: string, value: string): Promise<string | null> => {
      switch (facet) {
        case 'country':
          return countryName(value, lang) ?? null;
        case 'region':
          return regionName(value, lang) ?? null;
        case 'mineral': {
          const m = getMineral(value);
          return m ? label(m.name, lang) : null;
        }
        case 'theme':
          return themeName(value, lang) ?? null;
        case 'language':
          return LANGUAGES.find((l) => l.code === value)?.nativeName ?? null;
        case 'publisher':
          return (await ctx.loaders.for(this.identity).organization.load(value))?.name ?? null;
        default:
          return null;
      }
    };
    return Promise.all(facets.map(async (f) => ({ name: f.name, values: await Promise.all(f.values.map(async (v) => ({ ...v, label: await labelOf(f.name, v.value) }))) })));
  }

  @Mutation(() => Opportunity, { description: 'Creates a draft; publishOpportunity publishes (or schedules) it.' })
  @Access('organization')
  async createOpportunity(@SignedInActor() actor: Actor, @Args('input') input: OpportunityInput) {
    return toOpportunity(await this.opportunityService.create(actor, input));
  }

  @Mutation(() => Opportunity)
  @Access('organization')
  async updateOpportunity(@SignedInActor() actor: Actor, @Args('id', { type: () => ID }) id: string, @Args('input') input: OpportunityInput) {
    return toOpportunity(await this.opportunityService.update(actor, id, input));
  }

  @Mutation(() => Opportunity, { description: 'Publishes a draft now, or schedules it when its publishAt lies ahead.' })
  @Access('organization')
  async publishOpportunity(@SignedInActor() actor: Actor, @Args('id', { type: () => ID }) id: string) {
    return toOpportunity(await this.opportunityService.publish(actor, id));
  }

  @Mutation(() => Opportunity, { description: 'Takes it out of listings; it stays readable by its audience.' })
  @Access('organization')
  async archiveOpportunity(@SignedInActor() actor: Actor, @Args('id', { type: () => ID }) id: string) {
    return toOpportunity(await this.opportunityService.archive(actor, id));
  }

  @Mutation(() => Opportunity)
  @Access('organization')
  async amplifyOpportunity(
    @SignedInActor() actor: Actor,
    @Args('id', { type: () => ID }) id: string,
    @Args('note', { type: () => String, nullable: true }) note?: string,
    @Args('initiativeId', { type: () => ID, nullable: true }) initiativeId?: string,
  ) {
    return toOpportunity(await this.opportunityService.amplify(actor, id, note, initiativeId));
  }

  @Mutation(() => Registration, { description: 'Takes a seat, or a place on the waiting list when the event is full.' })
  @Access('signed-in')
  async registerForOpportunity(@SignedInActor() actor: Actor, @Args('id', { type: () => ID }) id: string) {
    return toRegistration(await this.registrations.register(actor, id));
  }

  @Mutation(() => Registration, { description: 'Cancels a registration (yours, or any as the organizer); the first person waiting gets the seat.' })
  @Access('signed-in')
  async cancelRegistration(@SignedInActor() actor: Actor, @Args('id', { type: () => ID }) id: string) {
    return toRegistration(await this.registrations.cancel(actor, id));
  }

  @Mutation(() => Boolean, { description: 'Sets the days before the deadline at which to be reminded (e-mail and in-app); [] removes them.' })
  @Access('signed-in')
  setDeadlineReminder(@SignedInActor() actor: Actor, @Args('opportunityId', { type: () => ID }) opportunityId: string, @Args('daysBefore', { type: () => [Int] }) daysBefore: number[]) {
    return this.alerts.setReminders(actor, opportunityId, daysBefore);
  }

  @ResolveField(() => Organization)
  publisher(@Parent() o: Opportunity, @Context() ctx: GraphQLContext) {
    return org(ctx, this.identity, o.ownerOrganizationId);
  }

  @ResolveField(() => Initiative, { nullable: true })
  async initiative(@Parent() o: Opportunity, @Context() ctx: GraphQLContext) {
    if (!o.initiativeId) return null;
    const i = await ctx.loaders.for(this.identity).initiative.load(o.initiativeId);
    return i && toInitiative(i);
  }

  @ResolveField(() => String, { description: 'The title in this language, else the original.' })
  title(@Parent() o: Opportunity, @Args('language', { type: () => String, nullable: true }) language?: string) {
    return textIn(o, language).title;
  }

  @ResolveField(() => VisibilityRule)
  visibility(@Parent() o: Opportunity): VisibilityRule {
    return { level: o.visibilityLevel as never, initiativeIds: o.visibilityInitiativeIds, organizationIds: o.visibilityOrganizationIds };
  }

  @ResolveField(() => [Amplification])
  async amplifications(@Parent() o: Opportunity, @Context() ctx: GraphQLContext) {
    return (await ctx.loaders.for(this.loaders).amplifications.load(o.id)).map(toAmplification);
  }

  @ResolveField(() => [OpportunityFile], { description: 'documents uploaded with it (POST /api/opportunities/:id/files)' })
  async files(@Parent() o: Opportunity, @Context() ctx: GraphQLContext): Promise<OpportunityFile[]> {
    return (await ctx.loaders.for(this.loaders).files.load(o.id)).map((f) => ({
      id: f.id,
      fileName: f.fileName,
      contentType: f.contentType,
      sizeBytes: f.sizeBytes,
      createdAt: f.createdAt,
      url: `${this.config.publicUrl}/api/opportunities/${o.id}/files/${f.id}`,
    }));
  }

  @Mutation(() => Boolean, { description: 'The publisher removes an uploaded document.' })
  @Access('organization')
  removeOpportunityFile(@SignedInActor() actor: Actor, @Args('id', { type: () => ID }) id: string) {
    return this.fileService.remove(actor, id);
  }

  @ResolveField(() => String)
  icsUrl(@Parent() o: Opportunity) {
    return `${this.config.publicUrl}/api/opportunities/${o.id}.ics`;
  }

  @ResolveField(() => Int, { description: 'confirmed seats' })
  async registrationCount(@Parent() o: Opportunity, @Context() ctx: GraphQLContext) {
    return (await ctx.loaders.for(this.loaders).seats.load(o.id)).confirmed;
  }

  @ResolveField(() => Int)
  async waitlistCount(@Parent() o: Opportunity, @Context() ctx: GraphQLContext) {
    return (await ctx.loaders.for(this.loaders).seats.load(o.id)).waitlisted;
  }

  @ResolveField(() => Registration, { nullable: true })
  async viewerRegistration(@Parent() o: Opportunity, @Context() ctx: GraphQLContext) {
    const mine = await ctx.loaders.for(this.loaders).viewerRegistration.load(o.id);
    return mine && toRegistration(mine.registration, mine.position);
  }

  @ResolveField(() => [Int], { description: "the viewer's deadline reminders (days before)" })
  viewerReminders(@Parent() o: Opportunity, @Context() ctx: GraphQLContext) {
    return ctx.loaders.for(this.loaders).viewerReminders.load(o.id);
  }

  @ResolveField(() => Boolean, { description: "true when the viewer's organization publishes it (may edit)" })
  viewerIsPublisher(@Parent() o: Opportunity, @CurrentActor() actor: MaybeActor) {
    return !!actor?.organizationId && actor.organizationId === o.ownerOrganizationId;
  }

  @ResolveField(() => [Attendee], { nullable: true, description: 'the organizer only: who registered, confirmed first, then the waiting list in order' })
  async attendees(@Parent() o: Opportunity, @CurrentActor() actor: MaybeActor) {
    if (!actor?.organizationId || actor.organizationId !== o.ownerOrganizationId) return null;
    return this.registrations.attendees(actor, o.id);
  }
}

@Resolver(() => Amplification)
export class AmplificationResolver {
  constructor(private readonly identity: IdentityLoaders) {}

  @ResolveField(() => Organization)
  organization(@Parent() a: Amplification, @Context() ctx: GraphQLContext) {
    return org(ctx, this.identity, a.organizationId);
  }

  @ResolveField(() => Initiative, { nullable: true })
  async initiative(@Parent() a: Amplification, @Context() ctx: GraphQLContext) {
    if (!a.initiativeId) return null;
    const i = await ctx.loaders.for(this.identity).initiative.load(a.initiativeId);
    return i && toInitiative(i);
  }
}

@Resolver(() => Registration)
export class RegistrationResolver {
  constructor(
    private readonly opportunities: OpportunityService,
    private readonly identity: IdentityLoaders,
  ) {}

  @ResolveField(() => Opportunity)
  async opportunity(@Parent() r: Registration, @CurrentActor() actor: MaybeActor) {
    return toOpportunity(await this.opportunities.find(actor, r.opportunityId));
  }

  @ResolveField(() => User)
  async user(@Parent() r: Registration, @Context() ctx: GraphQLContext) {
    return toUser((await ctx.loaders.for(this.identity).user.load(r.userId))!);
  }

  @ResolveField(() => Organization, { nullable: true })
  organization(@Parent() r: Registration, @Context() ctx: GraphQLContext) {
    return r.organizationId ? org(ctx, this.identity, r.organizationId) : null;
  }
}

@Resolver(() => SavedSearch)
export class SavedSearchResolver {
  constructor(
    private readonly alerts: AlertsService,
    private readonly feeds: FeedService,
    private readonly dataSource: DataSource,
  ) {}

  private toObject(s: Parameters<typeof toSavedSearch>[0]) {
    let filter: OpportunityFilter;
    try {
      filter = normalizeFilter(s.filter as never, '');
    } catch {
      filter = normalizeFilter({}, '');
    }
    return toSavedSearch(s, { rssUrl: this.feeds.feedUrl(filter, 'rss'), atomUrl: this.feeds.feedUrl(filter, 'atom'), calendarUrl: this.feeds.feedUrl(filter, 'ics') });
  }

  @Query(() => [SavedSearch])
  @Access('signed-in')
  async savedSearches(@SignedInActor() actor: Actor) {
    return (await this.alerts.list(actor)).map((s) => this.toObject(s));
  }

  @Mutation(() => SavedSearch, { description: 'Saves a search; new matches arrive as alerts (in-app and e-mail) at the chosen frequency.' })
  @Access('signed-in')
  async saveSearch(@SignedInActor() actor: Actor, @Args('input') input: SavedSearchInput) {
    return this.toObject(await this.alerts.save(actor, input));
  }

  @Mutation(() => Boolean)
  @Access('signed-in')
  deleteSavedSearch(@SignedInActor() actor: Actor, @Args('id', { type: () => ID }) id: string) {
    return this.alerts.delete(actor, id);
  }

  @Mutation(() => UnsubscribeResult, { description: 'Follows the unsubscribe link of an alert or reminder e-mail; needs no session.' })
  @Access('public')
  unsubscribe(@Args('token') token: string) {
    return this.alerts.unsubscribe(token);
  }

  @Query(() => FeedTokenInfo, { nullable: true, description: "The viewer's private feed token, if one is live (the token itself is shown only when created)." })
  @Access('signed-in')
  async feedToken(@SignedInActor() actor: Actor) {
    return this.feeds.liveToken(actor);
  }

  @Mutation(() => String, { description: 'A new private feed token (add ?token= to feed URLs); the previous one stops working. Shown once.' })
  @Access('signed-in')
  createFeedToken(@SignedInActor() actor: Actor) {
    return this.feeds.createToken(actor);
  }

  @Mutation(() => Boolean)
  @Access('signed-in')
  revokeFeedToken(@SignedInActor() actor: Actor) {
    return this.feeds.revokeToken(actor);
  }
}

/** Registrations are reachable by node id for their registrant and the organizer. */
export async function loadRegistration(dataSource: DataSource, opportunities: OpportunityService, actor: MaybeActor, id: string) {
  const r = await dataSource.getRepository(RegistrationEntity).findOneBy({ id });
  if (!r || !actor) throw notFound('The registration');
  const o = await opportunities.find(actor, r.opportunityId);
  if (r.userId !== actor.userId && o.ownerOrganizationId !== actor.organizationId) throw forbidden();
  return toRegistration(r);
}
