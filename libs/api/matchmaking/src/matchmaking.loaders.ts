import { LoaderFactory, MaybeActor } from '@commonground/api-core';
import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { DataSource, In } from 'typeorm';
import { DecisionEntity, HighlightEntity, PledgeEntity, ProjectPartnerEntity, ReferralEntity } from './matchmaking.entities';

const grouped = <T>(keys: readonly string[], rows: T[], keyOf: (r: T) => string) => keys.map((k) => rows.filter((r) => keyOf(r) === k));

/** Per-request loaders of matchmaking. */
@Injectable()
export class MatchmakingLoaders implements LoaderFactory<ReturnType<MatchmakingLoaders['createLoaders']>> {
  constructor(private readonly dataSource: DataSource) {}

  createLoaders(_actor: MaybeActor) {
    const ds = this.dataSource;
    return {
      partners: new DataLoader<string, ProjectPartnerEntity[]>(async (ids) => grouped(ids, await ds.getRepository(ProjectPartnerEntity).findBy({ projectId: In([...ids]) }), (r) => r.projectId)),
      pledges: new DataLoader<string, PledgeEntity[]>(async (ids) => grouped(ids, await ds.getRepository(PledgeEntity).find({ where: { projectId: In([...ids]) }, order: { createdAt: 'ASC' } }), (r) => r.projectId)),
      highlights: new DataLoader<string, HighlightEntity[]>(async (ids) => grouped(ids, await ds.getRepository(HighlightEntity).find({ where: { projectId: In([...ids]) }, order: { createdAt: 'DESC' } }), (r) => r.projectId)),
      referrals: new DataLoader<string, ReferralEntity[]>(async (ids) => grouped(ids, await ds.getRepository(ReferralEntity).find({ where: { projectId: In([...ids]) }, order: { createdAt: 'ASC' } }), (r) => r.projectId)),
      decisions: new DataLoader<string, DecisionEntity[]>(async (ids) => grouped(ids, await ds.getRepository(DecisionEntity).find({ where: { projectId: In([...ids]) }, order: { createdAt: 'ASC' } }), (r) => r.projectId)),
    };
  }
}
