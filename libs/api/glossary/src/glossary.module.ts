import { JobsService, NodeRegistry } from '@commonground/api-core';
import { IdentityModule } from '@commonground/api-identity';
import { Module, OnModuleInit } from '@nestjs/common';
import { DefinitionService } from './definition.service';
import { ExchangeResolver } from './exchange.resolver';
import { GlossaryExchangeService } from './exchange.service';
import { GlossaryAccess } from './glossary-access';
import { GlossarySearchIndexers } from './glossary.indexers';
import { GlossaryLoaders } from './glossary.loaders';
import { toDefinition, toPrinciple, toPrincipleSet, toTerm } from './glossary.mapper';
import {
  CommentResolver,
  DefinitionResolver,
  DefinitionRevisionResolver,
  EndorsementResolver,
  PrincipleResolver,
  PrincipleSetResolver,
  PrincipleSetRevisionResolver,
  TermResolver,
} from './glossary.resolver';
import { PrincipleService } from './principle.service';
import { TermService } from './term.service';

/** Shared definitions and principles: terms, definitions side by side, revisions, consultation, SKOS. */
@Module({
  imports: [IdentityModule],
  providers: [
    GlossaryAccess,
    TermService,
    DefinitionService,
    PrincipleService,
    GlossaryExchangeService,
    GlossaryLoaders,
    GlossarySearchIndexers,
    TermResolver,
    DefinitionResolver,
    DefinitionRevisionResolver,
    EndorsementResolver,
    CommentResolver,
    PrincipleSetResolver,
    PrincipleSetRevisionResolver,
    PrincipleResolver,
    ExchangeResolver,
  ],
  exports: [TermService, DefinitionService, PrincipleService, GlossaryExchangeService],
})
export class GlossaryModule implements OnModuleInit {
  constructor(
    private readonly jobs: JobsService,
    private readonly nodes: NodeRegistry,
    private readonly terms: TermService,
    private readonly definitions: DefinitionService,
    private readonly principles: PrincipleService,
  ) {}

  onModuleInit() {
    // consultations close by themselves at their date and tell the participants
    this.jobs.register('glossary.close-consultations', async () => {
      await this.definitions.closeEndedConsultations();
    }, { cron: '* * * * *' });
    this.nodes.register({ typename: 'Term', table: 'terms', load: async (_a, id) => { const t = await this.terms.find({ id }); return t && toTerm(t); } });
    this.nodes.register({ typename: 'Definition', table: 'definitions', load: async (actor, id) => toDefinition(await this.definitions.find(actor, id)) });
    this.nodes.register({ typename: 'PrincipleSet', table: 'principle_sets', load: async (actor, id) => toPrincipleSet(await this.principles.find(actor, id)) });
    this.nodes.register({ typename: 'Principle', table: 'principles', load: async (actor, id) => toPrinciple(await this.principles.principle(actor, id)) });
  }
}
