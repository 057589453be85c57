import { NodeRegistry } from '@commonground/api-core';
import { IdentityModule } from '@commonground/api-identity';
import { Module, OnModuleInit } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AlertsService } from './alerts.service';
import { ClearinghouseLoaders } from './clearinghouse.loaders';
import { toOpportunity } from './clearinghouse.mapper';
import { AmplificationResolver, OpportunityResolver, RegistrationResolver, SavedSearchResolver, loadRegistration } from './clearinghouse.resolver';
import { FeedController } from './feed.controller';
import { FeedService } from './feed.service';
import { LifecycleService } from './lifecycle.service';
import { OpportunityFileService } from './opportunity-file.service';
import { OpportunityService } from './opportunity.service';
import { RegistrationService } from './registration.service';
import { OpportunitySearchIndexer } from './search/opportunity.indexer';
import { OpportunitySearchService } from './search/opportunity-search.service';

/** The funding-call clearinghouse (SPEC §2). */
@Module({
  imports: [IdentityModule],
  controllers: [FeedController],
  providers: [
    OpportunityService,
    OpportunityFileService,
    OpportunitySearchService,
    OpportunitySearchIndexer,
    RegistrationService,
    AlertsService,
    LifecycleService,
    FeedService,
    ClearinghouseLoaders,
    OpportunityResolver,
    AmplificationResolver,
    RegistrationResolver,
    SavedSearchResolver,
  ],
  exports: [OpportunityService, OpportunitySearchService, AlertsService, LifecycleService, RegistrationService, FeedService],
})
export class ClearinghouseModule implements OnModuleInit {
  constructor(
    private readonly nodes: NodeRegistry,
    private readonly opportunities: OpportunityService,
    private readonly dataSource: DataSource,
  ) {}

  onModuleInit() {
    this.nodes.register({ typename: 'Opportunity', table: 'opportunities', load: async (actor, id) => toOpportunity(await this.opportunities.find(actor, id)) });
    this.nodes.register({ typename: 'Registration', table: 'opportunity_registrations', load: (actor, id) => loadRegistration(this.dataSource, this.opportunities, actor, id) });
  }
}
