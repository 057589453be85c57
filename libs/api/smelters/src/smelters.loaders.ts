import { LoaderFactory, MaybeActor } from '@commonground/api-core';
import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { DataSource, In } from 'typeorm';
import { DeclarationEntity, DeclaredSmelterEntity, SmelterEntity } from './smelters.entities';

/** Per-request loaders of the smelter feature. */
@Injectable()
export class SmelterLoaders implements LoaderFactory<ReturnType<SmelterLoaders['createLoaders']>> {
  constructor(private readonly dataSource: DataSource) {}

  createLoaders(_actor: MaybeActor) {
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
      rows: new DataLoader<string, DeclaredSmelterEntity[]>(async (ids) => {
        const rows = await ds.getRepository(DeclaredSmelterEntity).find({ where: { declarationId: In([...ids]) }, order: { row: 'ASC' } });
        return ids.map((id) => rows.filter((r) => r.declarationId === id));
      }),
    };
  }
}
