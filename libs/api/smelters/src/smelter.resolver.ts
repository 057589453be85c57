import { Access, Connection, CurrentActor, GraphQLContext, MaybeActor, mapConnection } from '@commonground/api-core';
import { DataSource } from 'typeorm';
import { listAudits } from './audit.resolver';
import { AuditService } from './audit.service';
import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { SmelterLoaders } from './smelters.loaders';
import { Audit, AuditConnection, Smelter, SmelterConnection } from './dto/smelters.objects';
import { SmelterService } from './smelter.service';
import { AssessmentStatus, Metal } from './smelters.entities';
import { toSmelter } from './smelters.mapper';

@Resolver(() => Smelter)
export class SmelterResolver {
  constructor(
    private readonly smelterService: SmelterService,
    private readonly auditService: AuditService,
    private readonly dataSource: DataSource,
    private readonly loaders: SmelterLoaders,
  ) {}

  @ResolveField(() => [String], { description: "Supplier companies whose current declarations, imported by the viewer's organization, report this smelter." })
  reportedBy(@Parent() s: Smelter, @Context() ctx: GraphQLContext) {
    return ctx.loaders.for(this.loaders).reportedBy.load(s.id);
  }

  @ResolveField(() => AuditConnection, { description: 'Audits of this smelter the viewer sees (in full, or the summary of discoverable ones).' })
  audits(@Parent() s: Smelter, @CurrentActor() actor: MaybeActor, @Args('first', { type: () => Int, nullable: true }) first?: number, @Args('after', { nullable: true }) after?: string): Promise<Connection<Audit>> {
    return listAudits(this.dataSource, this.auditService, actor, { first, after, smelterId: s.id });
  }

  @Query(() => Smelter, { nullable: true, description: 'A smelter by id or by CID (any spelling: CID000015, cid 15).' })
  @Access('public')
  async smelter(@Args('id', { type: () => ID, nullable: true }) id?: string, @Args('cid', { type: () => String, nullable: true }) cid?: string) {
    const s = await this.smelterService.find(id, cid);
    return s && toSmelter(s);
  }

  @Query(() => SmelterConnection, { description: 'The registry, by name; filter by metal, country, assessment status, or search names, aliases and CIDs.' })
  @Access('public')
  async smelters(
    @CurrentActor() actor: MaybeActor,
    @Args('first', { type: () => Int, nullable: true }) first?: number,
    @Args('after', { nullable: true }) after?: string,
    @Args('query', { nullable: true }) query?: string,
    @Args('metals', { type: () => [Metal], nullable: true }) metals?: Metal[],
    @Args('countries', { type: () => [String], nullable: true }) countries?: string[],
    @Args('statuses', { type: () => [AssessmentStatus], nullable: true }) statuses?: AssessmentStatus[],
  ): Promise<Connection<Smelter>> {
    return mapConnection(await this.smelterService.list(actor, { first, after, query, metals, countries, statuses }), toSmelter);
  }

  @Mutation(() => Int, { description: 'Platform administrators: update assessment statuses in bulk from a CSV with the columns cid,status[,as_of]. All or nothing; returns how many smelters changed.' })
  @Access('platform-admin')
  importSmelterStatuses(@Args('csv') csv: string) {
    return this.smelterService.importStatuses(csv);
  }
}
