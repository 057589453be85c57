import { Access, Actor, Connection, GraphQLContext, SignedInActor, mapConnection, notFound, paginate, requireId } from '@commonground/api-core';
import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { DataSource } from 'typeorm';
import { DeclarationImportService } from './declaration-import.service';
import { Declaration, DeclarationConnection, DeclarationImport, DeclaredSmelter, MatchReview, Smelter, SmelterCandidate } from './dto/smelters.objects';
import { MatchReviewService } from './match-review.service';
import { SmelterLoaders } from './smelters.loaders';
import { DeclarationEntity, DeclarationImportEntity, DeclaredSmelterEntity, MatchReviewEntity } from './smelters.entities';
import { toSmelter } from './smelters.mapper';

export const toDeclaration = (d: DeclarationEntity): Declaration => ({
  id: d.id,
  template: d.template,
  revision: d.revision,
  companyName: d.companyName,
  declarationScope: d.declarationScope,
  scopeDescription: d.scopeDescription,
  effectiveDate: d.effectiveDate,
  contactName: d.contactName,
  contactEmail: d.contactEmail,
  authorizer: d.authorizer,
  answers: d.answers,
  products: d.products,
  issues: d.issues,
  isCurrent: d.isCurrent,
  createdAt: d.createdAt,
});

export const toImport = (i: DeclarationImportEntity): DeclarationImport => ({
  id: i.id,
  fileName: i.fileName,
  sha256: i.sha256,
  sizeBytes: i.sizeBytes,
  state: i.state,
  progress: i.progress,
  rowsRead: i.rowsRead,
  error: i.error,
  duplicateOfImportId: i.duplicateOfImportId,
  createdAt: i.createdAt,
  declarationId: i.declarationId,
});

const toRow = (r: DeclaredSmelterEntity): DeclaredSmelter => ({
  row: r.row,
  metal: r.metal,
  reportedName: r.reportedName,
  reportedCountry: r.reportedCountry,
  reportedCid: r.reportedCid,
  matchMethod: r.matchMethod,
  confidence: r.confidence,
  unidentified: r.unidentified,
  inReview: !!r.reviewId && !r.smelterId && r.matchMethod === 'NONE' && !r.unidentified,
  smelterId: r.smelterId,
});

export const toReview = (r: MatchReviewEntity & { rowCount?: number }): MatchReview => ({
  id: r.id,
  reportedName: r.reportedName,
  reportedCountry: r.reportedCountry,
  metal: r.metal,
  candidates: r.candidates,
  resolvedAt: r.resolvedAt,
  rowCount: r.rowCount ?? 0,
  resolvedSmelterId: r.resolvedSmelterId,
});

@Resolver(() => DeclarationImport)
export class DeclarationImportResolver {
  constructor(
    private readonly imports: DeclarationImportService,
    private readonly loaders: SmelterLoaders,
  ) {}

  @Query(() => DeclarationImport, { nullable: true, description: "An import of the viewer's organization (poll it for progress)." })
  @Access('organization')
  async declarationImport(@SignedInActor() actor: Actor, @Args('id', { type: () => ID }) id: string) {
    const i = await this.imports.find(actor, id).catch(() => null);
    return i && toImport(i);
  }

  @ResolveField(() => Declaration, { nullable: true })
  async declaration(@Parent() i: DeclarationImport, @Context() ctx: GraphQLContext) {
    if (!i.declarationId) return null;
    const d = await ctx.loaders.for(this.loaders).declaration.load(i.declarationId);
    return d && toDeclaration(d);
  }
}

@Resolver(() => Declaration)
export class DeclarationResolver {
  constructor(
    private readonly dataSource: DataSource,
    private readonly loaders: SmelterLoaders,
  ) {}

  @Query(() => DeclarationConnection, { description: "Supplier declarations imported by the viewer's organization, newest first (superseded ones included, isCurrent false)." })
  @Access('organization')
  async declarations(@SignedInActor() actor: Actor, @Args('first', { type: () => Int, nullable: true }) first?: number, @Args('after', { nullable: true }) after?: string): Promise<Connection<Declaration>> {
    const q = this.dataSource.getRepository(DeclarationEntity).createQueryBuilder('d').where('d.organization_id = :org', { org: actor.organizationId });
    return mapConnection(await paginate(q, { first, after }, { expression: 'd.created_at', key: (d) => d.createdAt.toISOString(), idExpression: 'd.id', id: (d) => d.id, direction: 'DESC' }), toDeclaration);
  }

  @Query(() => Declaration, { nullable: true })
  @Access('organization')
  async declaration(@SignedInActor() actor: Actor, @Args('id', { type: () => ID }) id: string) {
    requireId(id, 'id');
    const d = await this.dataSource.getRepository(DeclarationEntity).findOneBy({ id, organizationId: actor.organizationId! });
    return d && toDeclaration(d);
  }

  @ResolveField(() => [DeclaredSmelter])
  async smelterRows(@Parent() d: Declaration, @Context() ctx: GraphQLContext) {
    return (await ctx.loaders.for(this.loaders).rows.load(d.id)).map(toRow);
  }
}

@Resolver(() => DeclaredSmelter)
export class DeclaredSmelterResolver {
  constructor(private readonly loaders: SmelterLoaders) {}

  @ResolveField(() => Smelter, { nullable: true })
  async smelter(@Parent() r: DeclaredSmelter, @Context() ctx: GraphQLContext) {
    if (!r.smelterId) return null;
    const s = await ctx.loaders.for(this.loaders).smelter.load(r.smelterId);
    return s && toSmelter(s);
  }
}

@Resolver(() => SmelterCandidate)
export class SmelterCandidateResolver {
  constructor(private readonly loaders: SmelterLoaders) {}

  @ResolveField(() => Smelter)
  async smelter(@Parent() c: SmelterCandidate, @Context() ctx: GraphQLContext) {
    const s = await ctx.loaders.for(this.loaders).smelter.load(c.smelterId);
    if (!s) throw notFound('The smelter');
    return toSmelter(s);
  }
}

@Resolver(() => MatchReview)
export class MatchReviewResolver {
  constructor(private readonly reviews: MatchReviewService) {}

  @Query(() => [MatchReview], { description: "The organization's open review items: reported names waiting for a person." })
  @Access('organization')
  async matchReviews(@SignedInActor() actor: Actor, @Args('first', { type: () => Int, nullable: true }) first?: number) {
    return (await this.reviews.open(actor, first)).map(toReview);
  }

  @Mutation(() => MatchReview, { description: 'Confirms a smelter for a reported name (null smelterId rejects every candidate); remembered for later uploads.' })
  @Access('organization')
  async resolveMatchReview(@SignedInActor() actor: Actor, @Args('id', { type: () => ID }) id: string, @Args('smelterId', { type: () => ID, nullable: true }) smelterId?: string) {
    return toReview(await this.reviews.resolve(actor, id, smelterId));
  }
}
