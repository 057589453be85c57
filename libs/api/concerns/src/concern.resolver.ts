import { Access, Actor, Connection, CurrentActor, GraphQLContext, MaybeActor, SignedInActor } from '@commonground/api-core';
import { IdentityLoaders, User, toOrganization, toUser } from '@commonground/api-identity';
import { Smelter } from '@commonground/api-smelters';
import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { ConcernEvidenceService } from './concern-evidence.service';
import { ConcernService } from './concern.service';
import { ConcernAuthorKind, ConcernEvidenceEntity, ConcernStatus } from './concerns.entities';
import { ConcernLoaders } from './concerns.loaders';
import { ConcernPolicy } from './concerns.policy';
import { Concern, ConcernConnection, ConcernCount, ConcernEvidence, ConcernFiled, ConcernMessage, ConcernRecipient, GrievanceOfficer } from './dto/concern.objects';
import { ConcernInput } from './dto/concern.inputs';
import { GrievanceOfficerService } from './grievance-officer.service';

const addressOf = (ctx: GraphQLContext) => ({ ip: ctx.req.ip ?? null });

export const toEvidence = (e: ConcernEvidenceEntity): ConcernEvidence => ({
  id: e.id,
  fileName: e.fileName,
  contentType: e.contentType,
  sizeBytes: e.sizeBytes,
  createdAt: e.createdAt,
  shared: !!e.sharedAt,
  addedBy: e.addedBy,
  url: `/api/concern-evidence/${e.id}`,
});

const toSmelterObject = (s: NonNullable<Awaited<ReturnType<ReturnType<ConcernLoaders['createLoaders']>['smelter']['load']>>>): Smelter => ({
  id: s.id,
  cid: s.cid,
  name: s.name,
  aliases: s.aliases,
  metal: s.metal,
  country: s.country,
  city: s.city,
  stateProvince: s.stateProvince,
  source: s.source,
  status: s.status,
  statusAsOf: s.statusAsOf,
});

@Resolver(() => Concern)
export class ConcernResolver {
  constructor(
    private readonly service: ConcernService,
    private readonly evidenceService: ConcernEvidenceService,
    private readonly policy: ConcernPolicy,
    private readonly loaders: ConcernLoaders,
    private readonly identity: IdentityLoaders,
  ) {}

  private viewer(ctx: GraphQLContext) {
    return ctx.loaders.for(this.loaders).viewer();
  }

  // ------------------------------------------------------------ queries

  @Query(() => Concern, { nullable: true, description: 'A concern, for its case handlers and the organizations it reached; null for everyone else.' })
  @Access('public')
  async concern(@Context() ctx: GraphQLContext, @Args('id', { type: () => ID }) id: string) {
    return this.service.get(await this.viewer(ctx), id);
  }

  @Query(() => ConcernConnection, { description: 'Case handlers: every concern they handle (the queue: statuses [RECEIVED]); organizations: those that reached them. Newest first.' })
  @Access('signed-in')
  async concerns(
    @Context() ctx: GraphQLContext,
    @Args('first', { type: () => Int, nullable: true }) first?: number,
    @Args('after', { nullable: true }) after?: string,
    @Args('statuses', { type: () => [ConcernStatus], nullable: true }) statuses?: ConcernStatus[],
  ): Promise<Connection<Concern>> {
    return this.service.list(await this.viewer(ctx), { first, after, statuses });
  }

  @Query(() => Concern, { nullable: true, description: "The reporter's view, signed out: null for a wrong or revoked code; wrong codes are counted and limited per address." })
  @Access('public')
  async concernByFollowUpCode(@Context() ctx: GraphQLContext, @Args('code') code: string) {
    return this.service.byCode(await this.viewer(ctx), code, addressOf(ctx));
  }

  @Query(() => [ConcernCount], { description: 'Public: per category, how many concerns about the smelter were accepted and how many of those were resolved.' })
  @Access('public')
  smelterConcernCounts(@Args('smelterId', { type: () => ID }) smelterId: string) {
    return this.service.smelterCounts(smelterId);
  }

  @Query(() => Boolean, { description: 'The viewer handles concerns: a platform administrator or a grievance officer.' })
  @Access('public')
  async viewerIsConcernCaseHandler(@Context() ctx: GraphQLContext) {
    return this.policy.isCaseHandler(await this.viewer(ctx));
  }

  // ------------------------------------------------------------ mutations

  @Mutation(() => ConcernFiled, { description: 'Files a concern; signed out is fine. The follow-up code is in this answer only.' })
  @Access('public')
  fileConcern(@CurrentActor() actor: MaybeActor, @Context() ctx: GraphQLContext, @Args('input') input: ConcernInput) {
    return this.service.file(actor, input, addressOf(ctx));
  }

  @Mutation(() => Concern, { description: 'Writes in the thread: the reporter with its follow-up code (always visible to it), or a case participant with its session.' })
  @Access('public')
  async addConcernMessage(
    @Context() ctx: GraphQLContext,
    @Args('body') body: string,
    @Args('concernId', { type: () => ID, nullable: true }) concernId?: string,
    @Args('followUpCode', { type: () => String, nullable: true }) followUpCode?: string,
    @Args('visibleToReporter', { type: () => Boolean, nullable: true }) visibleToReporter?: boolean,
  ) {
    return this.service.addMessage(await this.viewer(ctx), { concernId, followUpCode, body, visibleToReporter }, addressOf(ctx));
  }

  @Mutation(() => Concern, { description: 'Case handlers: accept (routes it), merge into another (mergeIntoId), refer (referTo), or reject (accept false alone; the note is the reason).' })
  @Access('signed-in')
  async triageConcern(
    @Context() ctx: GraphQLContext,
    @Args('id', { type: () => ID }) id: string,
    @Args('accept') accept: boolean,
    @Args('note', { type: () => String, nullable: true }) note?: string,
    @Args('mergeIntoId', { type: () => ID, nullable: true }) mergeIntoId?: string,
    @Args('referTo', { type: () => String, nullable: true }) referTo?: string,
  ) {
    return this.service.triage(await this.viewer(ctx), { id, accept, note, mergeIntoId, referTo });
  }

  @Mutation(() => Concern, { description: 'An organization the concern reached joins its case; with lead, it leads it (owners and administrators).' })
  @Access('organization')
  async joinConcernCase(@Context() ctx: GraphQLContext, @Args('id', { type: () => ID }) id: string, @Args('lead', { type: () => Boolean, nullable: true }) lead?: boolean) {
    return this.service.join(await this.viewer(ctx), id, !!lead);
  }

  @Mutation(() => Concern, { description: 'Case handlers and the lead organization: IN_PROGRESS, RESPONDED, CLOSED (with the outcome and actions taken).' })
  @Access('signed-in')
  async setConcernStatus(
    @Context() ctx: GraphQLContext,
    @Args('id', { type: () => ID }) id: string,
    @Args('status', { type: () => ConcernStatus }) status: ConcernStatus,
    @Args('outcome', { type: () => String, nullable: true }) outcome?: string,
  ) {
    return this.service.setStatus(await this.viewer(ctx), { id, status, outcome });
  }

  @Mutation(() => ConcernEvidence, { description: 'Case handlers: share an evidence file with the organizations of the case (shared: false stops sharing).' })
  @Access('signed-in')
  async shareConcernEvidence(@Context() ctx: GraphQLContext, @Args('evidenceId', { type: () => ID }) evidenceId: string, @Args('shared', { type: () => Boolean, nullable: true }) shared?: boolean) {
    const { evidence } = await this.evidenceService.share(await this.viewer(ctx), evidenceId, shared !== false);
    return toEvidence(evidence);
  }

  @Mutation(() => String, { nullable: true, description: 'The reporter revokes its follow-up code; with issueNew, answers a new code (shown once), else null.' })
  @Access('public')
  revokeConcernFollowUpCode(@Context() ctx: GraphQLContext, @Args('code') code: string, @Args('issueNew', { type: () => Boolean, nullable: true }) issueNew?: boolean) {
    return this.service.revokeCode(code, !!issueNew, addressOf(ctx));
  }

  // ------------------------------------------------------------ fields

  @ResolveField(() => Smelter, { nullable: true })
  async smelter(@Parent() c: Concern, @Context() ctx: GraphQLContext) {
    if (!c.smelterId) return null;
    const s = await ctx.loaders.for(this.loaders).smelter.load(c.smelterId);
    return s && toSmelterObject(s);
  }

  @ResolveField(() => [ConcernRecipient], { description: 'the organizations it reached, and why: for case handlers and those organizations; empty for the reporter' })
  async recipients(@Parent() c: Concern, @Context() ctx: GraphQLContext): Promise<ConcernRecipient[]> {
    if (!this.policy.canSeeRecipients(c.viewer, c.record)) return [];
    const rows = await ctx.loaders.for(this.loaders).recipients.load(c.id);
    const orgs = await ctx.loaders.for(this.identity).organization.loadMany(rows.map((r) => r.organizationId));
    return rows.flatMap((r, i) => {
      const o = orgs[i];
      if (!o || o instanceof Error) return [];
      return [{ organization: toOrganization(o), organizationId: r.organizationId, reason: r.reason, joined: !!r.joinedAt, joinedAt: r.joinedAt, lead: r.lead, kind: r.kind, reachedAt: r.reachedAt }];
    });
  }

  @ResolveField(() => [ConcernMessage], { description: 'the thread; the reporter sees only the messages marked for it' })
  async messages(@Parent() c: Concern, @Context() ctx: GraphQLContext): Promise<ConcernMessage[]> {
    const rows = (await ctx.loaders.for(this.loaders).messages.load(c.id)).filter((m) => this.policy.canReadMessage(c.viewer, c.record, m));
    const participant = this.policy.canRead(c.viewer, c.record);
    const orgIds = participant ? [...new Set(rows.map((m) => m.authorOrganizationId).filter((id): id is string => !!id))] : [];
    const orgs = await ctx.loaders.for(this.identity).organization.loadMany(orgIds);
    const nameOf = new Map(orgIds.map((id, i) => [id, orgs[i] instanceof Error ? null : orgs[i]?.name]));
    return rows.map((m) => ({
      id: m.id,
      at: m.createdAt,
      body: m.body,
      visibleToReporter: m.visibleToReporter,
      authorLabel:
        m.authorKind === ConcernAuthorKind.REPORTER
          ? 'Reporter'
          : m.authorKind === ConcernAuthorKind.HANDLER
            ? 'Case handler'
            : ((participant && m.authorOrganizationId && nameOf.get(m.authorOrganizationId)) || 'An organization of the case'),
    }));
  }

  @ResolveField(() => [ConcernEvidence], { description: 'evidence files: all for case handlers; the shared ones for the organizations of the case; its own for the reporter' })
  async evidence(@Parent() c: Concern, @Context() ctx: GraphQLContext): Promise<ConcernEvidence[]> {
    const rows = await ctx.loaders.for(this.loaders).evidence.load(c.id);
    return rows.filter((e) => this.policy.canSeeEvidence(c.viewer, c.record, e) || (this.policy.isReporter(c.viewer, c.record) && e.addedBy === 'REPORTER')).map(toEvidence);
  }
}

@Resolver(() => GrievanceOfficer)
export class GrievanceOfficerResolver {
  constructor(private readonly officers: GrievanceOfficerService) {}

  private static map(rows: Array<{ initiativeId: string; createdAt: Date; user: Parameters<typeof toUser>[0] }>): GrievanceOfficer[] {
    return rows.map((r) => ({ initiativeId: r.initiativeId, namedAt: r.createdAt, user: toUser(r.user) as User }));
  }

  @Query(() => [GrievanceOfficer], { description: "An initiative's grievance officers (its secretariat's owners and administrators)." })
  @Access('signed-in')
  async grievanceOfficers(@SignedInActor() actor: Actor, @Args('initiativeId', { type: () => ID }) initiativeId: string) {
    return GrievanceOfficerResolver.map(await this.officers.list(actor, initiativeId));
  }

  @Mutation(() => [GrievanceOfficer], { description: "A secretariat names a grievance officer for its initiative: a member of the secretariat organization, by e-mail. Answers the officers." })
  @Access('signed-in')
  async nameGrievanceOfficer(@SignedInActor() actor: Actor, @Args('initiativeId', { type: () => ID }) initiativeId: string, @Args('email') email: string) {
    return GrievanceOfficerResolver.map(await this.officers.name(actor, initiativeId, email));
  }

  @Mutation(() => [GrievanceOfficer], { description: 'A secretariat removes a grievance officer of its initiative. Answers the officers.' })
  @Access('signed-in')
  async removeGrievanceOfficer(@SignedInActor() actor: Actor, @Args('initiativeId', { type: () => ID }) initiativeId: string, @Args('userId', { type: () => ID }) userId: string) {
    return GrievanceOfficerResolver.map(await this.officers.remove(actor, initiativeId, userId));
  }
}
