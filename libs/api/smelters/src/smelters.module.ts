import { NodeRegistry } from '@commonground/api-core';
import { IdentityModule } from '@commonground/api-identity';
import { Module, OnApplicationBootstrap, OnModuleInit } from '@nestjs/common';
import { AccessLogEntryResolver, AccessRequestResolver, AuditResolver } from './audit.resolver';
import { AuditReportController } from './audit.controller';
import { AuditService } from './audit.service';
import { CoverageResolver, CoverageSmelterResolver, JointAuditResolver, JointAuditShareResolver } from './coverage.resolver';
import { CoverageExportController } from './coverage.controller';
import { CoverageService } from './coverage.service';
import { DeclarationImportService } from './declaration-import.service';
import { JointAuditService } from './joint-audit.service';
import { DeclarationController } from './declaration.controller';
import { DeclarationImportResolver, DeclarationResolver, DeclaredSmelterResolver, MatchReviewResolver, SmelterCandidateResolver } from './declaration.resolver';
import { MatchReviewService } from './match-review.service';
import { SmelterResolver } from './smelter.resolver';
import { SmelterLoaders } from './smelters.loaders';
import { SmelterService } from './smelter.service';
import { toSmelter } from './smelters.mapper';
import { SmelterSearchIndexer } from './smelters.indexer';

/** Smelters and joint audit sharing (SPEC §4). */
@Module({
  imports: [IdentityModule],
  controllers: [DeclarationController, AuditReportController, CoverageExportController],
  providers: [
    SmelterService,
    SmelterSearchIndexer,
    DeclarationImportService,
    MatchReviewService,
    AuditService,
    CoverageService,
    JointAuditService,
    SmelterLoaders,
    SmelterResolver,
    DeclarationImportResolver,
    DeclarationResolver,
    DeclaredSmelterResolver,
    SmelterCandidateResolver,
    MatchReviewResolver,
    AuditResolver,
    AccessRequestResolver,
    AccessLogEntryResolver,
    CoverageResolver,
    CoverageSmelterResolver,
    JointAuditResolver,
    JointAuditShareResolver,
  ],
  exports: [SmelterService, DeclarationImportService, MatchReviewService, AuditService, CoverageService, JointAuditService],
})
export class SmeltersModule implements OnModuleInit, OnApplicationBootstrap {
  constructor(
    private readonly nodes: NodeRegistry,
    private readonly smelters: SmelterService,
  ) {}

  onModuleInit() {
    this.nodes.register({ typename: 'Smelter', table: 'smelters', load: async (_actor, id) => toSmelter(await this.smelters.get(id, 'id')) });
  }

  async onApplicationBootstrap() {
    // every shipped smelter is in the registry from the first start
    await this.smelters.syncRegistry();
  }
}
