import { Access, Actor, Connection, CurrentActor, GraphQLContext, MaybeActor, Money, MoneyInput, SignedInActor, VisibilityPolicy, columnsOf, mapConnection, paginate, requireId } from '@commonground/api-core';
import { IdentityLoaders, Organization, VisibilityRule, toOrganization } from '@commonground/api-identity';
import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { DataSource } from 'typeorm';
import { DecisionService } from './decision.service';
import { DonorProfileService } from './donor.service';
import {
  CoFundingRound,
  Decision,
  DonorMatch,
  DonorMatchConnection,
  DonorPipeline,
  DonorProfile,
  FundingSummary,
  Highlight,
  Pledge,
  Project,
  ProjectConnection,
  ProjectMatch,
  ProjectMatchConnection,
  Referral,
} from './dto/matchmaking.objects';
import { DecisionInput, DonorProfileInput, ProjectInput } from './dto/matchmaking.inputs';
import { FundingService } from './funding.service';
import { MatchingService } from './matching.service';
import { MatchmakingLoaders } from './matchmaking.loaders';
import { toDecision, toDonorProfile, toPledge, toProject, toReferral, toRound } from './matchmaking.mapper';
import { CoFundingRoundEntity, HighlightEntity, PledgeStatus, ProjectEntity } from './matchmaking.entities';
import { PipelineService } from './pipeline.service';
import { ProjectService } from './project.service';

const org = async (ctx: GraphQLContext, identity: IdentityLoaders, id: string) => toOrganization((await ctx.loaders.for(identity).organization.load(id))!);

@Resolver(() => Project)
export class ProjectResolver {
  constructor(
    private readonly projectService: ProjectService,
    private readonly decisionService: DecisionService,
    private readonly fundingService: FundingService,
    private readonly loaders: MatchmakingLoaders,
    private readonly identity: IdentityLoaders,
    private readonly dataSource: DataSource,
    private readonly policy: VisibilityPolicy,
  ) {}

  @Query(() => Project, { nullable: true })
  @Access('public')
  async project(@CurrentActor() actor: MaybeActor, @Args('id', { type: () => ID }) id: string) {
    const p = await this.projectService.find(actor, id, 'id').catch(() => null);
    return p && toProject(p);
  }

  @Query(() => ProjectConnection, { description: 'Projects the viewer may see, newest first.' })
  @Access('public')
  async projects(
    @CurrentActor() actor: MaybeActor,
    @Args('first', { type: () => Int, nullable: true }) first?: number,
    @Args('after', { nullable: true }) after?: string,
    @Args('query', { nullable: true }) query?: string,
    @Args('mine', { type: () => Boolean, nullable: true, description: "only the active organization's own projects" }) mine?: boolean,
  ): Promise<Connection<Project>> {
    return mapConnection(await this.projectService.list(actor, { first, after, query, mine }), toProject);
  }

  @Query(() => ProjectConnection, { description: 'Projects highlighted as catalytic by donors, newest projects first.' })
  @Access('signed-in')
  async highlightedProjects(
    @SignedInActor() actor: Actor,
    @Args('first', { type: () => Int, nullable: true }) first?: number,
    @Args('after', { nullable: true }) after?: string,
  ): Promise<Connection<Project>> {
    const visible = this.policy.sqlCondition(actor, columnsOf('p'));
    const q = this.dataSource
      .getRepository(ProjectEntity)
      .createQueryBuilder('p')
      .where(visible.where, visible.parameters)
      .andWhere('EXISTS (SELECT 1 FROM project_highlights h WHERE h.project_id = p.id)');
    return mapConnection(await paginate(q, { first, after }, { expression: 'p.created_at', key: (p) => p.createdAt.toISOString(), idExpression: 'p.id', id: (p) => p.id, direction: 'DESC' }), toProject);
  }

  @Mutation(() => Project)
  @Access('organization')
  async createProject(@SignedInActor() actor: Actor, @Args('input') input: ProjectInput) {
    return toProject(await this.projectService.create(actor, input));
  }

  @Mutation(() => Project)
  @Access('organization')
  async updateProject(@SignedInActor() actor: Actor, @Args('id', { type: () => ID }) id: string, @Args('input') input: ProjectInput) {
    return toProject(await this.projectService.update(actor, id, input));
  }

  @Mutation(() => Project)
  @Access('organization')
  async highlightProject(@SignedInActor() actor: Actor, @Args('projectId', { type: () => ID }) projectId: string, @Args('note', { type: () => String, nullable: true }) note?: string) {
    return toProject(await this.decisionService.highlight(actor, projectId, note));
  }

  @ResolveField(() => Organization)
  applicant(@Parent() p: Project, @Context() ctx: GraphQLContext) {
    return org(ctx, this.identity, p.ownerOrganizationId);
  }

  @ResolveField(() => [Organization])
  async partners(@Parent() p: Project, @Context() ctx: GraphQLContext) {
    const rows = await ctx.loaders.for(this.loaders).partners.load(p.id);
    return Promise.all(rows.map((r) => org(ctx, this.identity, r.organizationId)));
  }

  @ResolveField(() => VisibilityRule)
  visibility(@Parent() p: Project): VisibilityRule {
    return { level: p.visibilityLevel as never, initiativeIds: p.visibilityInitiativeIds, organizationIds: p.visibilityOrganizationIds };
  }

  @ResolveField(() => [Pledge], { description: 'All pledges for the applicant; its own for a donor; confirmed pledges (without conditions) for other viewers.' })
  async pledges(@Parent() p: Project, @CurrentActor() actor: MaybeActor, @Context() ctx: GraphQLContext): Promise<Pledge[]> {
    if (!actor) return [];
    const rows = await ctx.loaders.for(this.loaders).pledges.load(p.id);
    const applicant = actor.organizationId === p.ownerOrganizationId;
    return rows
      .filter((x) => applicant || x.donorOrganizationId === actor.organizationId || x.status === PledgeStatus.CONFIRMED)
      .map((x) => toPledge(x, applicant || x.donorOrganizationId === actor.organizationId));
  }

  @ResolveField(() => [Highlight])
  async highlights(@Parent() p: Project, @Context() ctx: GraphQLContext): Promise<Highlight[]> {
    return (await ctx.loaders.for(this.loaders).highlights.load(p.id)).map((h: HighlightEntity) => ({ note: h.note, createdAt: h.createdAt, donorOrganizationId: h.donorOrganizationId }));
  }

  @ResolveField(() => [Referral], { description: 'Referrers and referred donors see theirs with the note; the applicant sees who referred it to whom when it consented.' })
  async referrals(@Parent() p: Project, @CurrentActor() actor: MaybeActor, @Context() ctx: GraphQLContext): Promise<Referral[]> {
    if (!actor?.organizationId) return [];
    const rows = await ctx.loaders.for(this.loaders).referrals.load(p.id);
    const applicant = actor.organizationId === p.ownerOrganizationId && p.consentToReferral;
    return rows
      .filter((r) => applicant || r.fromDonorOrganizationId === actor.organizationId || r.toDonorOrganizationId === actor.organizationId)
      .map((r) => toReferral(r, r.fromDonorOrganizationId === actor.organizationId || r.toDonorOrganizationId === actor.organizationId));
  }

  @ResolveField(() => [Decision], { description: "Each donor sees its own decision with its reason; the applicant sees decisions without reasons." })
  async decisions(@Parent() p: Project, @CurrentActor() actor: MaybeActor, @Context() ctx: GraphQLContext): Promise<Decision[]> {
    if (!actor?.organizationId) return [];
    const rows = await ctx.loaders.for(this.loaders).decisions.load(p.id);
    const applicant = actor.organizationId === p.ownerOrganizationId;
    return rows.filter((d) => applicant || d.donorOrganizationId === actor.organizationId).map((d) => toDecision(d, d.donorOrganizationId === actor.organizationId));
  }

  @ResolveField(() => FundingSummary, { description: 'Budget, confirmed and proposed funding and the gap, converted with the dated rate table.' })
  async funding(@Parent() p: Project): Promise<FundingSummary> {
    const entity = await this.dataSource.getRepository(ProjectEntity).findOneByOrFail({ id: p.id });
    const s = (await this.fundingService.summaries([entity])).get(p.id)!;
    return { budget: s.budget, confirmed: s.confirmed, proposed: s.proposed, gap: s.gap, rateDates: s.rateDates, progress: s.budget.amountMinor ? s.confirmed.amountMinor / s.budget.amountMinor : 0 };
  }

  @ResolveField(() => [CoFundingRound], { description: 'Rounds for the lead, the invited donors and the applicant.' })
  async coFundingRounds(@Parent() p: Project, @CurrentActor() actor: MaybeActor): Promise<CoFundingRound[]> {
    if (!actor?.organizationId) return [];
    const rounds = await this.dataSource.getRepository(CoFundingRoundEntity).find({ where: { projectId: p.id }, order: { createdAt: 'DESC' } });
    return rounds
      .filter((r) => p.ownerOrganizationId === actor.organizationId || r.leadOrganizationId === actor.organizationId || r.invitedOrganizationIds.includes(actor.organizationId!))
      .map(toRound);
  }
}

@Resolver(() => DonorProfile)
export class DonorProfileResolver {
  constructor(
    private readonly donors: DonorProfileService,
    private readonly matching: MatchingService,
    private readonly pipeline: PipelineService,
    private readonly identity: IdentityLoaders,
  ) {}

  @Query(() => DonorProfile, { nullable: true })
  @Access('signed-in')
  async donorProfile(@Args('organizationId', { type: () => ID }) organizationId: string) {
    requireId(organizationId, 'organizationId');
    const p = await this.donors.byOrganization(organizationId);
    return p && toDonorProfile(p);
  }

  @Mutation(() => DonorProfile)
  @Access('organization')
  async upsertDonorProfile(@SignedInActor() actor: Actor, @Args('input') input: DonorProfileInput) {
    return toDonorProfile(await this.donors.upsert(actor, input));
  }

  @Query(() => DonorMatchConnection, { description: 'Donors that fit a project best, with the score and its reasons.' })
  @Access('signed-in')
  async donorMatches(
    @SignedInActor() actor: Actor,
    @Args('projectId', { type: () => ID }) projectId: string,
    @Args('first', { type: () => Int, nullable: true }) first?: number,
    @Args('after', { nullable: true }) after?: string,
  ): Promise<Connection<DonorMatch>> {
    const page = await this.matching.donorsForProject(actor, projectId, first, after);
    return mapConnection(page, (n) => ({ donor: toDonorProfile(n.profile), score: n.result.score, reasons: n.result.reasons }));
  }

  @Query(() => ProjectMatchConnection, { description: "Projects that fit the active donor organization's profile best." })
  @Access('organization')
  async projectMatches(
    @SignedInActor() actor: Actor,
    @Args('first', { type: () => Int, nullable: true }) first?: number,
    @Args('after', { nullable: true }) after?: string,
  ): Promise<Connection<ProjectMatch>> {
    const page = await this.matching.projectsForDonor(actor, first, after);
    return mapConnection(page, (n) => ({ project: toProject(n.project), score: n.result.score, reasons: n.result.reasons }));
  }

  @Query(() => DonorPipeline, { description: "The active donor's pipeline by stage, theme and decision (for charts)." })
  @Access('organization')
  donorPipeline(@SignedInActor() actor: Actor): Promise<DonorPipeline> {
    return this.pipeline.forDonor(actor);
  }

  @ResolveField(() => Organization)
  organization(@Parent() p: DonorProfile, @Context() ctx: GraphQLContext) {
    return org(ctx, this.identity, p.organizationId);
  }
}

@Resolver(() => Decision)
export class DecisionResolver {
  constructor(
    private readonly decisions: DecisionService,
    private readonly projects: ProjectService,
    private readonly identity: IdentityLoaders,
  ) {}

  @Mutation(() => Decision)
  @Access('organization')
  async decideOnProject(@SignedInActor() actor: Actor, @Args('input') input: DecisionInput) {
    return toDecision(await this.decisions.decide(actor, input), true);
  }

  @ResolveField(() => Project)
  async project(@Parent() d: Decision, @CurrentActor() actor: MaybeActor) {
    return toProject(await this.projects.find(actor, d.projectId));
  }

  @ResolveField(() => Organization)
  donor(@Parent() d: Decision, @Context() ctx: GraphQLContext) {
    return org(ctx, this.identity, d.donorOrganizationId);
  }
}

@Resolver(() => Referral)
export class ReferralResolver {
  constructor(
    private readonly projects: ProjectService,
    private readonly identity: IdentityLoaders,
  ) {}

  @ResolveField(() => Project)
  async project(@Parent() r: Referral, @CurrentActor() actor: MaybeActor) {
    return toProject(await this.projects.find(actor, r.projectId));
  }

  @ResolveField(() => Organization)
  fromDonor(@Parent() r: Referral, @Context() ctx: GraphQLContext) {
    return org(ctx, this.identity, r.fromDonorOrganizationId);
  }

  @ResolveField(() => Organization)
  toDonor(@Parent() r: Referral, @Context() ctx: GraphQLContext) {
    return org(ctx, this.identity, r.toDonorOrganizationId);
  }
}

@Resolver(() => Highlight)
export class HighlightResolver {
  constructor(private readonly identity: IdentityLoaders) {}

  @ResolveField(() => Organization)
  donor(@Parent() h: Highlight, @Context() ctx: GraphQLContext) {
    return org(ctx, this.identity, h.donorOrganizationId);
  }
}

@Resolver(() => Pledge)
export class PledgeResolver {
  constructor(
    private readonly decisions: DecisionService,
    private readonly projects: ProjectService,
    private readonly identity: IdentityLoaders,
  ) {}

  @Mutation(() => Pledge)
  @Access('organization')
  async pledge(
    @SignedInActor() actor: Actor,
    @Args('projectId', { type: () => ID }) projectId: string,
    @Args('amount') amount: MoneyInput,
    @Args('conditions', { type: () => String, nullable: true }) conditions?: string,
  ) {
    return toPledge(await this.decisions.pledge(actor, projectId, amount, conditions), true);
  }

  @Mutation(() => Pledge)
  @Access('organization')
  async setPledgeStatus(@SignedInActor() actor: Actor, @Args('id', { type: () => ID }) id: string, @Args('status', { type: () => PledgeStatus }) status: PledgeStatus) {
    return toPledge(await this.decisions.setPledgeStatus(actor, id, status), true);
  }

  @ResolveField(() => Project)
  async project(@Parent() p: Pledge, @CurrentActor() actor: MaybeActor) {
    return toProject(await this.projects.find(actor, p.projectId));
  }

  @ResolveField(() => Organization)
  donor(@Parent() p: Pledge, @Context() ctx: GraphQLContext) {
    return org(ctx, this.identity, p.donorOrganizationId);
  }
}

@Resolver(() => CoFundingRound)
export class CoFundingRoundResolver {
  constructor(
    private readonly decisions: DecisionService,
    private readonly projects: ProjectService,
    private readonly identity: IdentityLoaders,
  ) {}

  @Mutation(() => CoFundingRound)
  @Access('organization')
  async openCoFundingRound(
    @SignedInActor() actor: Actor,
    @Args('projectId', { type: () => ID }) projectId: string,
    @Args('inviteOrganizationIds', { type: () => [ID] }) inviteOrganizationIds: string[],
    @Args('closesAt', { type: () => Date, nullable: true }) closesAt?: Date,
  ) {
    return toRound(await this.decisions.openRound(actor, projectId, inviteOrganizationIds, closesAt));
  }

  @ResolveField(() => Project)
  async project(@Parent() r: CoFundingRound, @CurrentActor() actor: MaybeActor) {
    return toProject(await this.projects.find(actor, r.projectId));
  }

  @ResolveField(() => Organization)
  lead(@Parent() r: CoFundingRound, @Context() ctx: GraphQLContext) {
    return org(ctx, this.identity, r.leadOrganizationId);
  }

  @ResolveField(() => [Organization])
  invited(@Parent() r: CoFundingRound, @Context() ctx: GraphQLContext) {
    return Promise.all(r.invitedOrganizationIds.map((id) => org(ctx, this.identity, id)));
  }

  @ResolveField(() => Money)
  async confirmed(@Parent() r: CoFundingRound, @CurrentActor() actor: MaybeActor) {
    const p = await this.projects.find(actor, r.projectId);
    return { amountMinor: p.confirmedMinor, currency: p.currency };
  }
}
