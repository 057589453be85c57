import { NodeRegistry } from '@commonground/api-core';
import { IdentityModule } from '@commonground/api-identity';
import { Module, OnModuleInit } from '@nestjs/common';
import { DecisionService } from './decision.service';
import { DonorProfileService } from './donor.service';
import { FundingService } from './funding.service';
import { MatchingService } from './matching.service';
import { ProjectSearchIndexer } from './matchmaking.indexer';
import { MatchmakingLoaders } from './matchmaking.loaders';
import { toProject } from './matchmaking.mapper';
import {
  CoFundingRoundResolver,
  DecisionResolver,
  DonorProfileResolver,
  HighlightResolver,
  PledgeResolver,
  ProjectResolver,
  ReferralResolver,
} from './matchmaking.resolver';
import { PipelineService } from './pipeline.service';
import { ProjectService } from './project.service';

/** Donor matchmaking and co-funding. */
@Module({
  imports: [IdentityModule],
  providers: [
    ProjectService,
    DonorProfileService,
    FundingService,
    MatchingService,
    DecisionService,
    PipelineService,
    MatchmakingLoaders,
    ProjectSearchIndexer,
    ProjectResolver,
    DonorProfileResolver,
    DecisionResolver,
    ReferralResolver,
    HighlightResolver,
    PledgeResolver,
    CoFundingRoundResolver,
  ],
  exports: [ProjectService, DonorProfileService, FundingService, MatchingService, DecisionService],
})
export class MatchmakingModule implements OnModuleInit {
  constructor(
    private readonly nodes: NodeRegistry,
    private readonly projects: ProjectService,
  ) {}

  onModuleInit() {
    this.nodes.register({ typename: 'Project', table: 'projects', load: async (actor, id) => toProject(await this.projects.find(actor, id)) });
  }
}
