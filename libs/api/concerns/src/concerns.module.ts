import { NodeRegistry } from '@commonground/api-core';
import { IdentityModule } from '@commonground/api-identity';
import { Module, OnModuleInit } from '@nestjs/common';
import { ConcernEvidenceController } from './concern-evidence.controller';
import { ConcernEvidenceService } from './concern-evidence.service';
import { ConcernResolver, GrievanceOfficerResolver } from './concern.resolver';
import { ConcernRoutingService } from './concern-routing.service';
import { ConcernService } from './concern.service';
import { ConcernLoaders } from './concerns.loaders';
import { ConcernPolicy } from './concerns.policy';
import { FollowUpCodeService } from './follow-up-code.service';
import { GrievanceOfficerService } from './grievance-officer.service';

/** Community concerns (SPEC §6). */
@Module({
  imports: [IdentityModule],
  controllers: [ConcernEvidenceController],
  providers: [ConcernPolicy, FollowUpCodeService, ConcernRoutingService, ConcernService, ConcernEvidenceService, GrievanceOfficerService, ConcernLoaders, ConcernResolver, GrievanceOfficerResolver],
  exports: [ConcernService, ConcernRoutingService, ConcernPolicy, FollowUpCodeService],
})
export class ConcernsModule implements OnModuleInit {
  constructor(
    private readonly nodes: NodeRegistry,
    private readonly concerns: ConcernService,
  ) {}

  onModuleInit() {
    this.nodes.register({ typename: 'Concern', table: 'concerns', load: async (actor, id) => this.concerns.get(await this.concerns.viewerOf(actor), id) });
  }
}
