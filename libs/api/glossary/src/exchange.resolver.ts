import { Access, Actor, CurrentActor, MaybeActor, SignedInActor } from '@commonground/api-core';
import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { GlossaryFormat, ImportReport } from './dto/glossary.objects';
import { GlossaryExchangeService } from './exchange.service';

@Resolver()
export class ExchangeResolver {
  constructor(private readonly exchange: GlossaryExchangeService) {}

  @Query(() => String, { description: "An initiative's glossary or a selection of terms as SKOS Turtle, SKOS JSON-LD or CSV." })
  @Access('public')
  exportGlossary(
    @CurrentActor() actor: MaybeActor,
    @Args('format', { type: () => GlossaryFormat }) format: GlossaryFormat,
    @Args('initiativeId', { type: () => ID, nullable: true }) initiativeId?: string,
    @Args('termIds', { type: () => [ID], nullable: true }) termIds?: string[],
  ): Promise<string> {
    return this.exchange.export(actor, format, initiativeId, termIds);
  }

  @Mutation(() => ImportReport, { description: 'Imports SKOS Turtle or CSV in one transaction: a file with errors imports nothing.' })
  @Access('organization')
  importGlossary(
    @SignedInActor() actor: Actor,
    @Args('format', { type: () => GlossaryFormat }) format: GlossaryFormat,
    @Args('content') content: string,
    @Args('initiativeId', { type: () => ID, nullable: true }) initiativeId?: string,
  ): Promise<ImportReport> {
    return this.exchange.import(actor, format, content, initiativeId);
  }
}
