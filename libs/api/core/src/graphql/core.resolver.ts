import { Args, Field, ID, Int, ObjectType, Query, Resolver } from '@nestjs/graphql';
import type { MaybeActor } from '../auth/actor';
import { Access, CurrentActor } from '../auth/access.decorator';
import { SearchService } from '../search/search.service';
import { NodeInterface } from './common.objects';
import { NodeRegistry } from './node.registry';

@ObjectType()
export class SearchHit {
  @Field({ description: 'TERM | DEFINITION | OPPORTUNITY | PROJECT | SMELTER | AUDIT | ORGANIZATION | INITIATIVE' }) kind: string;
  @Field(() => ID) id: string;
  @Field() title: string;
  @Field(() => String, { nullable: true }) snippet: string | null;
  @Field() url: string;
}

@ObjectType()
export class SearchResult {
  @Field(() => [SearchHit]) hits: SearchHit[];
  @Field(() => Int) totalCount: number;
  @Field({ description: 'true when answered without the search engine' }) degraded: boolean;
}

@Resolver()
export class CoreResolver {
  constructor(
    private readonly nodes: NodeRegistry,
    private readonly searchService: SearchService,
  ) {}

  @Query(() => NodeInterface, { nullable: true })
  @Access('public')
  node(@CurrentActor() actor: MaybeActor, @Args('id', { type: () => ID }) id: string) {
    return this.nodes.resolve(actor, id);
  }

  @Query(() => SearchResult, { description: 'One search box over everything the viewer may see.' })
  @Access('public')
  search(
    @CurrentActor() actor: MaybeActor,
    @Args('query') query: string,
    @Args('kinds', { type: () => [String], nullable: true }) kinds?: string[],
    @Args('first', { type: () => Int, nullable: true }) first?: number,
  ): Promise<SearchResult> {
    return this.searchService.search(actor, query, kinds, first);
  }
}
