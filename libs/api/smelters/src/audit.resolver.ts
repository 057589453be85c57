import { APP_CONFIG, Access, Actor, AppConfig, Connection, CurrentActor, GraphQLContext, MaybeActor, SignedInActor, mapConnection, paginate, requireId } from '@commonground/api-core';
import { IdentityLoaders, Organization, User, VisibilityRule, toOrganization, toUser } from '@commonground/api-identity';
import { Inject } from '@nestjs/common';
import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { DataSource } from 'typeorm';
import { AuditService } from './audit.service';
import { AccessLogEntry, AccessRequest, Audit, AuditConnection, AuditReport, Smelter } from './dto/smelters.objects';
import { AuditInput } from './dto/smelters.inputs';
import { SmelterLoaders } from './smelters.loaders';
import { AccessLogEntity, AccessRequestEntity, AuditEntity } from './smelters.entities';
import { toSmelter } from './smelters.mapper';

/** An audit as the viewer may see it: the summary only, unless it reads it in full. */
export const toAudit = (a: AuditEntity, access: { full: boolean; owner: boolean }): Audit => ({
  id: a.id,
  standard: a.standard,
  type: a.type,
  auditor: a.auditor,
  startedOn: a.startedOn,
  completedOn: a.completedOn,
  validUntil: a.validUntil,
  outcome: access.full ? a.outcome : null,
  summary: access.full ? a.summary : null,
  correctiveActions: access.full ? a.correctiveActions.map((c) => ({ description: c.description, dueDate: c.dueDate ? new Date(c.dueDate) : null, status: c.status })) : [],
  discoverable: a.discoverable,
  viewerCanDownload: access.full,
  viewerIsOwner: access.owner,
  createdAt: a.createdAt,
  smelterId: a.smelterId,
  ownerOrganizationId: a.ownerOrganizationId,
  visibilityLevel: a.visibility,
  visibilityInitiativeIds: a.visibilityInitiativeIds,
  visibilityOrganizationIds: a.visibilityOrganizationIds,
});

const toRequest = (r: AccessRequestEntity): AccessRequest => ({
  id: r.id,
  purpose: r.purpose,
  status: r.status,
  expiresAt: r.expiresAt,
  createdAt: r.createdAt,
  decidedAt: r.decidedAt,
  auditId: r.auditId,
  requesterOrganizationId: r.requesterOrganizationId,
});

const toLogEntry = (e: AccessLogEntity): AccessLogEntry => ({ at: e.at, action: e.action, reportId: e.reportId, organizationId: e.organizationId, userId: e.userId });

/** Audits the viewer sees (at least the summary), newest first; one more query marks the ones it reads in full. */
export async function listAudits(dataSource: DataSource, audits: AuditService, actor: MaybeActor, args: { first?: number | null; after?: string | null; smelterId?: string | null }): Promise<Connection<Audit>> {
  const visible = audits.summaryCondition(actor, 'a');
  const q = dataSource.getRepository(AuditEntity).createQueryBuilder('a').where(visible.where, visible.parameters);
  if (args.smelterId) {
    requireId(args.smelterId, 'smelterId');
    q.andWhere('a.smelter_id = :smelterId', { smelterId: args.smelterId });
  }
  const page = await paginate(q, args, { expression: 'a.created_at', key: (a) => a.createdAt.toISOString(), idExpression: 'a.id', id: (a) => a.id, direction: 'DESC' });
  const ids = page.edges.map((e) => e.node.id);
  const full = new Set<string>();
  if (ids.length) {
    const condition = audits.fullCondition(actor, 'a');
    const rows = await dataSource.getRepository(AuditEntity).createQueryBuilder('a').select('a.id', 'id').where('a.id IN (:...ids)', { ids }).andWhere(condition.where, condition.parameters).getRawMany();
    for (const r of rows) full.add(r.id);
  }
  return mapConnection(page, (a) => toAudit(a, { full: full.has(a.id) || a.ownerOrganizationId === actor?.organizationId, owner: a.ownerOrganizationId === actor?.organizationId }));
}

@Resolver(() => Audit)
export class AuditResolver {
  constructor(
    private readonly auditService: AuditService,
    private readonly dataSource: DataSource,
    private readonly loaders: SmelterLoaders,
    private readonly identity: IdentityLoaders,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Query(() => Audit, { nullable: true })
  @Access('public')
  async audit(@CurrentActor() actor: MaybeActor, @Args('id', { type: () => ID }) id: string) {
    const found = await this.auditService.find(actor, id).catch(() => null);
    if (!found) return null;
    // reading an audit in full is logged for its owner (not the owner's own views)
    if (found.access.full && !found.access.owner && actor) await this.auditService.log(this.dataSource.manager, actor, found.audit.id, null, 'VIEW');
    return toAudit(found.audit, found.access);
  }

  @Query(() => AuditConnection, { description: 'Audits the viewer sees: in full (visibility or granted access) or, when discoverable, their summary.' })
  @Access('public')
  audits(@CurrentActor() actor: MaybeActor, @Args('first', { type: () => Int, nullable: true }) first?: number, @Args('after', { nullable: true }) after?: string, @Args('smelterId', { type: () => ID, nullable: true }) smelterId?: string) {
    return listAudits(this.dataSource, this.auditService, actor, { first, after, smelterId });
  }

  @Mutation(() => Audit)
  @Access('organization')
  async createAudit(@SignedInActor() actor: Actor, @Args('input') input: AuditInput) {
    return toAudit(await this.auditService.create(actor, input), { full: true, owner: true });
  }

  @Mutation(() => Audit)
  @Access('organization')
  async updateAudit(@SignedInActor() actor: Actor, @Args('id', { type: () => ID }) id: string, @Args('input') input: AuditInput) {
    return toAudit(await this.auditService.update(actor, id, input), { full: true, owner: true });
  }

  @Query(() => [AccessLogEntry], { description: "Every full view and report download of one of the organization's audits, newest first." })
  @Access('organization')
  async accessLog(@SignedInActor() actor: Actor, @Args('auditId', { type: () => ID }) auditId: string) {
    return (await this.auditService.accessLog(actor, auditId)).map(toLogEntry);
  }

  @ResolveField(() => Smelter)
  async smelter(@Parent() a: Audit, @Context() ctx: GraphQLContext) {
    return toSmelter((await ctx.loaders.for(this.loaders).smelter.load(a.smelterId))!);
  }

  @ResolveField(() => Organization)
  async owner(@Parent() a: Audit, @Context() ctx: GraphQLContext) {
    return toOrganization((await ctx.loaders.for(this.identity).organization.load(a.ownerOrganizationId))!);
  }

  @ResolveField(() => VisibilityRule)
  visibility(@Parent() a: Audit): VisibilityRule {
    return { level: a.visibilityLevel as never, initiativeIds: a.visibilityInitiativeIds, organizationIds: a.visibilityOrganizationIds };
  }

  @ResolveField(() => [AuditReport], { description: 'empty for a viewer outside the visibility without granted access' })
  async reports(@Parent() a: Audit): Promise<AuditReport[]> {
    if (!a.viewerCanDownload) return [];
    return (await this.auditService.reports(a.id)).map((r) => ({ id: r.id, fileName: r.fileName, sizeBytes: r.sizeBytes, createdAt: r.createdAt, downloadUrl: `${this.config.publicUrl}/api/reports/${r.id}` }));
  }
}

@Resolver(() => AccessRequest)
export class AccessRequestResolver {
  constructor(
    private readonly audits: AuditService,
    private readonly identity: IdentityLoaders,
  ) {}

  @Query(() => [AccessRequest], { description: 'incoming: requests for your audits; otherwise your organization’s requests.' })
  @Access('organization')
  async accessRequests(@SignedInActor() actor: Actor, @Args('incoming', { type: () => Boolean }) incoming: boolean) {
    return (await this.audits.requests(actor, incoming)).map(toRequest);
  }

  @Mutation(() => AccessRequest, { description: 'Asks the owner of a discoverable audit to read it in full; the owner is notified.' })
  @Access('organization')
  async requestAuditAccess(@SignedInActor() actor: Actor, @Args('auditId', { type: () => ID }) auditId: string, @Args('purpose') purpose: string) {
    return toRequest(await this.audits.requestAccess(actor, auditId, purpose));
  }

  @Mutation(() => AccessRequest, { description: 'The owner approves (optionally until expiresAt) or denies; the requester is notified.' })
  @Access('organization')
  async decideAccessRequest(@SignedInActor() actor: Actor, @Args('id', { type: () => ID }) id: string, @Args('approve', { type: () => Boolean }) approve: boolean, @Args('expiresAt', { type: () => Date, nullable: true }) expiresAt?: Date) {
    return toRequest(await this.audits.decide(actor, id, approve, expiresAt));
  }

  @ResolveField(() => Audit)
  async audit(@Parent() r: AccessRequest, @CurrentActor() actor: MaybeActor) {
    const { audit, access } = await this.audits.find(actor, r.auditId);
    return toAudit(audit, access);
  }

  @ResolveField(() => Organization)
  async requester(@Parent() r: AccessRequest, @Context() ctx: GraphQLContext) {
    return toOrganization((await ctx.loaders.for(this.identity).organization.load(r.requesterOrganizationId))!);
  }
}

@Resolver(() => AccessLogEntry)
export class AccessLogEntryResolver {
  constructor(private readonly identity: IdentityLoaders) {}

  @ResolveField(() => Organization)
  async organization(@Parent() e: AccessLogEntry, @Context() ctx: GraphQLContext) {
    return toOrganization((await ctx.loaders.for(this.identity).organization.load(e.organizationId!))!);
  }

  @ResolveField(() => User)
  async user(@Parent() e: AccessLogEntry, @Context() ctx: GraphQLContext) {
    return toUser((await ctx.loaders.for(this.identity).user.load(e.userId))!);
  }
}
