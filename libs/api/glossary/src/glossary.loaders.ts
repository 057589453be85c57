import { columnsOf, LoaderFactory, MaybeActor, VisibilityPolicy } from '@commonground/api-core';
import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { DataSource, In } from 'typeorm';
import {
  CommentEntity,
  DefinitionEntity,
  DefinitionRevisionEntity,
  DefinitionTextEntity,
  PrincipleEntity,
  PrincipleSetRevisionEntity,
  StanceEntity,
  TermEntity,
  TermLabelEntity,
} from './glossary.entities';

function grouped<K, T>(keys: readonly K[], rows: T[], keyOf: (row: T) => K): T[][] {
  const map = new Map<K, T[]>();
  for (const row of rows) {
    const k = keyOf(row);
    if (!map.has(k)) map.set(k, []);
    map.get(k)!.push(row);
  }
  return keys.map((k) => map.get(k) ?? []);
}

/** Per-request loaders of the glossary: a term page costs the same statements whatever its counts. */
@Injectable()
export class GlossaryLoaders implements LoaderFactory<ReturnType<GlossaryLoaders['createLoaders']>> {
  constructor(
    private readonly dataSource: DataSource,
    private readonly policy: VisibilityPolicy,
  ) {}

  createLoaders(actor: MaybeActor) {
    const ds = this.dataSource;
    const visible = this.policy.sqlCondition(actor, columnsOf('d'));
    const relation = (direction: 'up' | 'down', kind: 'BROADER' | 'RELATED') =>
      new DataLoader<string, TermEntity[]>(async (ids) => {
        const [from, to] = direction === 'up' ? ['term_id', 'other_term_id'] : ['other_term_id', 'term_id'];
        const rows: Array<TermEntity & { anchor: string }> = await ds
          .getRepository(TermEntity)
          .createQueryBuilder('t')
          .innerJoin('term_relations', 'r', `r.${to} = t.id AND r.kind = :kind`, { kind })
          .addSelect(`r.${from}`, 'anchor')
          .where(`r.${from} IN (:...ids)`, { ids: [...ids] })
          .orderBy('t.slug')
          .getRawAndEntities()
          .then(({ raw, entities }) => entities.map((e, i) => Object.assign(e, { anchor: raw[i].anchor as string })));
        return grouped(ids, rows, (r) => r.anchor);
      });
    return {
      term: new DataLoader<string, TermEntity | null>(async (ids) => {
        const rows = await ds.getRepository(TermEntity).findBy({ id: In([...ids]) });
        return ids.map((id) => rows.find((r) => r.id === id) ?? null);
      }),
      labels: new DataLoader<string, TermLabelEntity[]>(async (ids) =>
        grouped(ids, await ds.getRepository(TermLabelEntity).find({ where: { termId: In([...ids]) }, order: { position: 'ASC' } }), (l) => l.termId),
      ),
      broader: relation('up', 'BROADER'),
      narrower: relation('down', 'BROADER'),
      related: relation('up', 'RELATED'),
      /** the definitions of terms that the viewer may see */
      definitionsOfTerm: new DataLoader<string, DefinitionEntity[]>(async (ids) =>
        grouped(
          ids,
          await ds.getRepository(DefinitionEntity).createQueryBuilder('d').where('d.term_id IN (:...ids)', { ids: [...ids] }).andWhere(visible.where, visible.parameters).orderBy('d.created_at', 'ASC').getMany(),
          (d) => d.termId,
        ),
      ),
      texts: new DataLoader<string, DefinitionTextEntity[]>(async (ids) =>
        grouped(ids, await ds.getRepository(DefinitionTextEntity).findBy({ definitionId: In([...ids]) }), (t) => t.definitionId),
      ),
      revisions: new DataLoader<string, DefinitionRevisionEntity[]>(async (ids) =>
        grouped(ids, await ds.getRepository(DefinitionRevisionEntity).find({ where: { definitionId: In([...ids]) }, order: { number: 'ASC' } }), (r) => r.definitionId),
      ),
      /** key: `${targetType}:${id}` */
      stances: new DataLoader<string, StanceEntity[]>(async (keys) => {
        const ids = keys.map((k) => k.split(':')[1]);
        const rows = await ds.getRepository(StanceEntity).find({ where: { targetId: In(ids) }, order: { createdAt: 'ASC' } });
        return grouped(keys, rows, (s) => `${s.targetType}:${s.targetId}`);
      }),
      /** key: `${targetType}:${id}`; every comment, oldest first (paged in memory) */
      comments: new DataLoader<string, CommentEntity[]>(async (keys) => {
        const ids = keys.map((k) => k.split(':')[1]);
        const rows = await ds.getRepository(CommentEntity).find({ where: { targetId: In(ids) }, order: { createdAt: 'ASC', id: 'ASC' } });
        return grouped(keys, rows, (c) => `${c.targetType}:${c.targetId}`);
      }),
      setRevisions: new DataLoader<string, PrincipleSetRevisionEntity[]>(async (ids) =>
        grouped(ids, await ds.getRepository(PrincipleSetRevisionEntity).find({ where: { setId: In([...ids]) }, order: { number: 'ASC' } }), (r) => r.setId),
      ),
      principles: new DataLoader<string, PrincipleEntity[]>(async (ids) =>
        grouped(ids, await ds.getRepository(PrincipleEntity).find({ where: { revisionId: In([...ids]) }, order: { position: 'ASC' } }), (p) => p.revisionId),
      ),
    };
  }
}
