import { LoaderFactory, MaybeActor } from '@commonground/api-core';
import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { DataSource, In } from 'typeorm';
import { DeclarationEntity, DeclaredSmelterEntity, SmelterEntity } from './smelters.entities';

/** Per-request loaders of the smelter feature. */
@Injectable()
export class SmelterLoaders implements LoaderFactory<ReturnType<SmelterLoaders['createLoaders']>> {
  constructor(private readonly dataSource: DataSource) {}

  createLoaders(actor: MaybeActor) {
    const ds = this.dataSource;
    return {
      smelter: new DataLoader<string, SmelterEntity | null>(async (ids) => {
        const rows = await ds.getRepository(SmelterEntity).findBy({ id: In([...ids]) });
        return ids.map((id) => rows.find((r) => r.id === id) ?? null);
      }),
      declaration: new DataLoader<string, DeclarationEntity | null>(async (ids) => {
        const rows = await ds.getRepository(DeclarationEntity).findBy({ id: In([...ids]) });
        return ids.map((id) => rows.find((r) => r.id === id) ?? null);
      }),
      /** supplier companies whose current declarations (imported by the viewer's organization) report the smelter */
      reportedBy: new DataLoader<string, string[]>(async (ids) => {
        if (!actor?.organizationId) return ids.map(() => []);
        const rows: Array<{ smelter_id: string; company_name: string }> = await ds.query(
          `SELECT DISTINCT d.smelter_id, x.company_name FROM declared_smelters d JOIN declarations x ON x.id = d.declaration_id
            WHERE x.organization_id = $1 AND x.is_current AND d.smelter_id = ANY($2) ORDER BY x.company_name`,
          [actor.organizationId, [...ids]],
        );
        return ids.map((id) => rows.filter((r) => r.smelter_id === id).map((r) => r.company_name));
      }),
      rows: new DataLoader<string, DeclaredSmelterEntity[]>(async (ids) => {
        const rows = await ds.getRepository(DeclaredSmelterEntity).find({ where: { declarationId: In([...ids]) }, order: { row: 'ASC' } });
        return ids.map((id) => rows.filter((r) => r.declarationId === id));
      }),
    };
  }
}
