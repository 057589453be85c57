import { MaybeActor, SearchDocument, SearchEngine, SearchHitData, VisibilityPolicy } from '@commonground/api-core';
import { Injectable, OnModuleInit } from '@nestjs/common';
import { DataSource, In } from 'typeorm';
import { OpportunityEntity } from '../clearinghouse.entities';
import { OPPORTUNITY_KIND, OpportunityService, audienceOf, textIn } from '../opportunity.service';
import { FACETS, coveredRegions, reachedCountries } from './opportunity-filter';

export const OPPORTUNITY_INDEXER = OPPORTUNITY_KIND;
/** Bodies are searched up to this many characters each (the rest is still on the page). */
const BODY_INDEXED = 4_000;

/** The search document of an opportunity: texts of every language, facet attributes, audience. */
export function opportunityDocument(o: OpportunityEntity, publisherName: string, amplifiedBy: string[], policy: VisibilityPolicy): SearchDocument {
  return {
    id: o.id,
    kind: o.kind,
    status: o.status,
    title: textIn(o).title,
    titles: o.texts.map((t) => t.title),
    summaries: o.texts.map((t) => t.summary ?? ''),
    bodies: o.texts.map((t) => (t.body ?? '').slice(0, BODY_INDEXED)),
    languages: o.texts.map((t) => t.language),
    minerals: o.minerals,
    themes: o.themes,
    reached_countries: reachedCountries(o.countries, o.regions),
    covered_regions: coveredRegions(o.countries, o.regions),
    publisher: o.ownerOrganizationId,
    publisher_name: publisherName,
    amplified_by: amplifiedBy,
    deadline_ts: o.deadline ? o.deadline.getTime() : null,
    published_ts: o.publishedAt ? o.publishedAt.getTime() : null,
    ...policy.documentFields(audienceOf(o)),
  };
}

/** Opportunities in Meilisearch (the discovery page) and in the one search box. */
@Injectable()
export class OpportunitySearchIndexer implements OnModuleInit {
  constructor(
    private readonly dataSource: DataSource,
    private readonly engine: SearchEngine,
    private readonly policy: VisibilityPolicy,
    private readonly opportunities: OpportunityService,
  ) {}

  onModuleInit() {
    const ds = this.dataSource;
    const toHit = (d: SearchDocument): SearchHitData => ({
      kind: OPPORTUNITY_KIND,
      id: d.id,
      title: String(d.title ?? (d.titles as string[] | undefined)?.[0] ?? ''),
      snippet: String((d.summaries as string[] | undefined)?.[0] ?? '').slice(0, 200) || null,
      url: `/calls/${d.id}`,
    });
    this.engine.register({
      kind: OPPORTUNITY_KIND,
      index: 'opportunities',
      searchableAttributes: ['titles', 'summaries', 'publisher_name', 'amplified_by', 'bodies'],
      filterableAttributes: [...FACETS.map((f) => f.attribute), 'deadline_ts', 'published_ts', 'id', 'visibility', 'visibility_initiatives', 'visibility_organizations', 'owner_organization'],
      sortableAttributes: ['deadline_ts', 'published_ts'],
      settings: { pagination: { maxTotalHits: 10_000 }, faceting: { maxValuesPerFacet: 300 } },
      documents: async (ids) => {
        const rows = await ds.getRepository(OpportunityEntity).findBy({ id: In(ids) });
        if (!rows.length) return [];
        const orgIds = [...new Set(rows.map((o) => o.ownerOrganizationId))];
        const names: Array<{ id: string; name: string }> = await ds.query('SELECT id, name FROM organizations WHERE id = ANY($1)', [orgIds]);
        const amplifiers: Array<{ opportunity_id: string; name: string }> = await ds.query(
          'SELECT a.opportunity_id, o.name FROM opportunity_amplifications a JOIN organizations o ON o.id = a.organization_id WHERE a.opportunity_id = ANY($1)',
          [rows.map((r) => r.id)],
        );
        const nameOf = new Map(names.map((n) => [n.id, n.name]));
        return rows.map((o) =>
          opportunityDocument(
            o,
            nameOf.get(o.ownerOrganizationId) ?? '',
            amplifiers.filter((a) => a.opportunity_id === o.id).map((a) => a.name),
            this.policy,
          ),
        );
      },
      allIds: async function* (size) {
        let last = '00000000-0000-0000-0000-000000000000';
        for (;;) {
          const rows: Array<{ id: string }> = await ds.query('SELECT id FROM opportunities WHERE id > $1 ORDER BY id LIMIT $2', [last, size]);
          if (!rows.length) return;
          yield rows.map((r) => r.id);
          last = rows[rows.length - 1].id;
        }
      },
      toHit,
      fallback: async (actor: MaybeActor, query: string, limit: number) => {
        const visible = this.opportunities.visibleCondition(actor, 'o');
        const [rows, total] = await ds
          .getRepository(OpportunityEntity)
          .createQueryBuilder('o')
          .where(visible.where, visible.parameters)
          .andWhere('o.texts::text ILIKE :q', { q: `%${query.replace(/[\\%_]/g, (c) => `\\${c}`)}%` })
          .orderBy('o.published_at', 'DESC', 'NULLS LAST')
          .take(limit)
          .getManyAndCount();
        return { hits: rows.map((o) => toHit({ id: o.id, title: textIn(o).title, summaries: [textIn(o).summary ?? ''] })), total };
      },
    });
  }
}
