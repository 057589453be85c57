import { LoaderFactory, MaybeActor } from '@commonground/api-core';
import { SmelterEntity } from '@commonground/api-smelters';
import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { DataSource, In } from 'typeorm';
import { ConcernEvidenceEntity, ConcernMessageEntity, ConcernRecipientEntity, GrievanceOfficerEntity } from './concerns.entities';
import type { ConcernViewer } from './concerns.policy';

const groupBy = <T>(rows: T[], ids: readonly string[], key: (row: T) => string) => ids.map((id) => rows.filter((r) => key(r) === id));

/** Per-request loaders of community concerns; each batch is one statement whatever the page size. */
@Injectable()
export class ConcernLoaders implements LoaderFactory<ReturnType<ConcernLoaders['createLoaders']>> {
  constructor(private readonly dataSource: DataSource) {}

  createLoaders(actor: MaybeActor) {
    const ds = this.dataSource;
    let viewer: Promise<ConcernViewer> | null = null;
    return {
      /** the viewer of this request (the actor and the initiatives it is a grievance officer of), loaded once */
      viewer: () =>
        (viewer ??= actor
          ? ds.getRepository(GrievanceOfficerEntity).find({ where: { userId: actor.userId }, select: { initiativeId: true } }).then((rows) => ({ actor, officerInitiativeIds: rows.map((r) => r.initiativeId) }))
          : Promise.resolve({ actor, officerInitiativeIds: [] })),
      messages: new DataLoader<string, ConcernMessageEntity[]>(async (ids) =>
        groupBy(await ds.getRepository(ConcernMessageEntity).find({ where: { concernId: In([...ids]) }, order: { createdAt: 'ASC', id: 'ASC' } }), ids, (r) => r.concernId),
      ),
      recipients: new DataLoader<string, ConcernRecipientEntity[]>(async (ids) =>
        groupBy(await ds.getRepository(ConcernRecipientEntity).find({ where: { concernId: In([...ids]) }, order: { reachedAt: 'ASC', organizationId: 'ASC' } }), ids, (r) => r.concernId),
      ),
      evidence: new DataLoader<string, ConcernEvidenceEntity[]>(async (ids) =>
        groupBy(await ds.getRepository(ConcernEvidenceEntity).find({ where: { concernId: In([...ids]) }, order: { createdAt: 'ASC' } }), ids, (r) => r.concernId),
      ),
      smelter: new DataLoader<string, SmelterEntity | null>(async (ids) => {
        const rows = await ds.getRepository(SmelterEntity).findBy({ id: In([...ids]) });
        return ids.map((id) => rows.find((r) => r.id === id) ?? null);
      }),
    };
  }
}
