import { MaybeActor, SearchDocument, SearchEngine, SearchHitData, VisibilityPolicy, columnsOf, containsPattern } from '@commonground/api-core';
import { Injectable, OnModuleInit } from '@nestjs/common';
import { DataSource, In } from 'typeorm';
import { ProjectEntity } from './matchmaking.entities';
import { PROJECT_KIND } from './project.service';

/** Projects in the search box, with their visibility. */
@Injectable()
export class ProjectSearchIndexer implements OnModuleInit {
  constructor(
    private readonly dataSource: DataSource,
    private readonly engine: SearchEngine,
    private readonly policy: VisibilityPolicy,
  ) {}

  onModuleInit() {
    const ds = this.dataSource;
    const toHit = (d: SearchDocument): SearchHitData => ({ kind: PROJECT_KIND, id: d.id, title: String(d.title), snippet: String(d.summary ?? '').slice(0, 200) || null, url: `/funding/projects/${d.id}` });
    this.engine.register({
      kind: PROJECT_KIND,
      index: 'projects',
      searchableAttributes: ['title', 'summary', 'description', 'themes', 'countries'],
      filterableAttributes: ['stage', 'themes', 'countries', 'minerals', 'visibility', 'visibility_initiatives', 'visibility_organizations', 'owner_organization'],
      documents: async (ids) =>
        (await ds.getRepository(ProjectEntity).findBy({ id: In(ids) })).map((p) => ({
          id: p.id,
          title: p.title,
          summary: p.summary,
          description: p.description,
          themes: p.themes,
          countries: p.countries,
          minerals: p.minerals,
          stage: p.stage,
          ...this.policy.documentFields(p),
        })),
      allIds: async function* (size) {
        let last = '00000000-0000-0000-0000-000000000000';
        for (;;) {
          const rows: Array<{ id: string }> = await ds.query('SELECT id FROM projects WHERE id > $1 ORDER BY id LIMIT $2', [last, size]);
          if (!rows.length) return;
          yield rows.map((r) => r.id);
          last = rows[rows.length - 1].id;
        }
      },
      toHit,
      fallback: async (actor: MaybeActor, query: string, limit: number) => {
        const visible = this.policy.sqlCondition(actor, columnsOf('p'));
        const [rows, total] = await ds
          .getRepository(ProjectEntity)
          .createQueryBuilder('p')
          .where('(p.title ILIKE :q OR p.summary ILIKE :q)', { q: containsPattern(query, 'query', 500) })
          .andWhere(visible.where, visible.parameters)
          .orderBy('p.created_at', 'DESC')
          .take(limit)
          .getManyAndCount();
        return { hits: rows.map((p) => toHit({ id: p.id, title: p.title, summary: p.summary })), total };
      },
    });
  }
}
