import { MaybeActor, SearchDocument, SearchEngine, SearchHitData, SearchIndexer, VisibilityPolicy, Visibility, columnsOf, containsPattern } from '@commonground/api-core';
import { Injectable, OnModuleInit } from '@nestjs/common';
import { DataSource, In } from 'typeorm';
import { DEFINITION_KIND, textsOfRevision } from './definition.service';
import { DefinitionEntity, DefinitionTextEntity, TermEntity, TermLabelEntity } from './glossary.entities';
import { TERM_KIND } from './term.service';

async function* idBatches(dataSource: DataSource, table: string, size: number): AsyncIterable<string[]> {
  let last = '00000000-0000-0000-0000-000000000000';
  for (;;) {
    const rows: Array<{ id: string }> = await dataSource.query(`SELECT id FROM ${table} WHERE id > $1 ORDER BY id LIMIT $2`, [last, size]);
    if (!rows.length) return;
    yield rows.map((r) => r.id);
    last = rows[rows.length - 1].id;
  }
}

/** Terms (labels in every language) and definitions (texts in every language, with their visibility). */
@Injectable()
export class GlossarySearchIndexers implements OnModuleInit {
  constructor(
    private readonly dataSource: DataSource,
    private readonly engine: SearchEngine,
    private readonly policy: VisibilityPolicy,
  ) {}

  onModuleInit() {
    this.engine.register(this.terms());
    this.engine.register(this.definitions());
  }

  private terms(): SearchIndexer {
    const ds = this.dataSource;
    const toHit = (d: SearchDocument): SearchHitData => ({ kind: TERM_KIND, id: d.id, title: String(d.title), snippet: (d.alt_labels as string[] | undefined)?.slice(0, 5).join(' · ') || null, url: `/glossary/${d.slug}` });
    return {
      kind: TERM_KIND,
      index: 'terms',
      searchableAttributes: ['labels', 'alt_labels', 'slug', 'category'],
      filterableAttributes: ['minerals', 'themes', 'visibility', 'visibility_initiatives', 'visibility_organizations', 'owner_organization'],
      documents: async (ids) => {
        const terms = await ds.getRepository(TermEntity).findBy({ id: In(ids) });
        const labels = terms.length ? await ds.getRepository(TermLabelEntity).find({ where: { termId: In(terms.map((t) => t.id)) }, order: { position: 'ASC' } }) : [];
        return terms.map((t) => {
          const mine = labels.filter((l) => l.termId === t.id);
          const prefs = mine.filter((l) => l.kind === 'PREF');
          return {
            id: t.id,
            slug: t.slug,
            title: (prefs.find((l) => l.language === 'en') ?? prefs[0])?.text ?? t.slug,
            labels: prefs.map((l) => l.text),
            alt_labels: mine.filter((l) => l.kind === 'ALT').map((l) => l.text),
            category: t.category,
            minerals: t.minerals,
            themes: t.themes,
            // the vocabulary itself is public; definitions carry their own visibility
            ...this.policy.documentFields({ visibility: Visibility.PUBLIC, visibilityInitiativeIds: [], visibilityOrganizationIds: [], ownerOrganizationId: t.ownerOrganizationId }),
          };
        });
      },
      allIds: (size) => idBatches(ds, 'terms', size),
      toHit,
      fallback: async (_actor: MaybeActor, query: string, limit: number) => {
        const rows: Array<{ id: string; slug: string; text: string }> = await ds.query(
          `SELECT DISTINCT ON (t.slug) t.id, t.slug, l.text FROM terms t JOIN term_labels l ON l.term_id = t.id WHERE l.text ILIKE $1 ORDER BY t.slug LIMIT $2`,
          [containsPattern(query, 'query', 500), limit],
        );
        return { hits: rows.map((r) => toHit({ id: r.id, slug: r.slug, title: r.text })), total: rows.length };
      },
    };
  }

  private definitions(): SearchIndexer {
    const ds = this.dataSource;
    const toHit = (d: SearchDocument): SearchHitData => ({ kind: DEFINITION_KIND, id: d.id, title: String(d.term_label), snippet: String(d.text ?? '').slice(0, 200) || null, url: `/glossary/${d.term_slug}#definition-${d.id}` });
    return {
      kind: DEFINITION_KIND,
      index: 'definitions',
      searchableAttributes: ['texts', 'term_label', 'citation'],
      filterableAttributes: ['status', 'kind', 'initiative', 'visibility', 'visibility_initiatives', 'visibility_organizations', 'owner_organization'],
      documents: async (ids) => {
        const definitions = await ds.getRepository(DefinitionEntity).findBy({ id: In(ids) });
        if (!definitions.length) return [];
        const [texts, terms, labels] = await Promise.all([
          ds.getRepository(DefinitionTextEntity).findBy({ definitionId: In(definitions.map((d) => d.id)) }),
          ds.getRepository(TermEntity).findBy({ id: In(definitions.map((d) => d.termId)) }),
          ds.getRepository(TermLabelEntity).findBy({ termId: In(definitions.map((d) => d.termId)), kind: 'PREF' }),
        ]);
        return definitions.map((d) => {
          const current = textsOfRevision(texts.filter((t) => t.definitionId === d.id), d.adoptedRevision ?? d.currentRevision);
          const term = terms.find((t) => t.id === d.termId)!;
          const termLabels = labels.filter((l) => l.termId === d.termId);
          return {
            id: d.id,
            term_slug: term.slug,
            term_label: (termLabels.find((l) => l.language === 'en') ?? termLabels[0])?.text ?? term.slug,
            texts: current.map((t) => t.text),
            text: current[0]?.text ?? '',
            citation: d.citationTitle,
            status: d.status,
            kind: d.kind,
            initiative: d.initiativeId,
            ...this.policy.documentFields(d),
          };
        });
      },
      allIds: (size) => idBatches(ds, 'definitions', size),
      toHit,
      fallback: async (actor: MaybeActor, query: string, limit: number) => {
        const visible = this.policy.sqlCondition(actor, columnsOf('d'));
        const q = ds
          .getRepository(DefinitionEntity)
          .createQueryBuilder('d')
          .innerJoin(TermEntity, 't', 't.id = d.term_id')
          .innerJoin(DefinitionTextEntity, 'x', 'x.definition_id = d.id')
          .where('x.text ILIKE :q', { q: containsPattern(query, 'query', 500) })
          .andWhere(visible.where, visible.parameters)
          .select(['d.id AS id', 't.slug AS slug', 'min(x.text) AS text'])
          .groupBy('d.id')
          .addGroupBy('t.slug')
          .limit(limit);
        const rows: Array<{ id: string; slug: string; text: string }> = await q.getRawMany();
        return { hits: rows.map((r) => toHit({ id: r.id, term_slug: r.slug, term_label: r.slug, text: r.text })), total: rows.length };
      },
    };
  }
}
