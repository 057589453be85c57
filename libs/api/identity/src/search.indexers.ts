import { MaybeActor, containsPattern, SearchDocument, SearchEngine, SearchHitData, SearchIndexer, VisibilityPolicy } from '@commonground/api-core';
import { Injectable, OnModuleInit } from '@nestjs/common';
import { DataSource, In, Repository } from 'typeorm';
import { InitiativeEntity } from './initiative.entity';
import { INITIATIVE_KIND } from './initiative.service';
import { OrganizationEntity } from './organization.entity';
import { ORGANIZATION_KIND } from './organization.service';

async function* batchesOf(repo: Repository<{ id: string }>, size: number): AsyncIterable<string[]> {
  let last = '00000000-0000-0000-0000-000000000000';
  for (;;) {
    const rows = await repo.createQueryBuilder('r').select('r.id', 'id').where('r.id > :last', { last }).orderBy('r.id').limit(size).getRawMany<{ id: string }>();
    if (!rows.length) return;
    yield rows.map((r) => r.id);
    last = rows[rows.length - 1].id;
  }
}

// Organizations and initiatives form a public directory: their documents are PUBLIC.
const PUBLIC = { visibility: 'PUBLIC' as never, visibilityInitiativeIds: [], visibilityOrganizationIds: [], ownerOrganizationId: null };

@Injectable()
export class IdentitySearchIndexers implements OnModuleInit {
  constructor(
    private readonly dataSource: DataSource,
    private readonly engine: SearchEngine,
    private readonly policy: VisibilityPolicy,
  ) {}

  onModuleInit() {
    this.engine.register(this.organizations());
    this.engine.register(this.initiatives());
  }

  private organizations(): SearchIndexer {
    const repo = this.dataSource.getRepository(OrganizationEntity);
    const toHit = (d: SearchDocument): SearchHitData => ({
      kind: ORGANIZATION_KIND,
      id: d.id,
      title: String(d.name),
      snippet: [d.kind, d.country].filter(Boolean).join(' · ') || null,
      url: `/organizations/${d.slug}`,
    });
    return {
      kind: ORGANIZATION_KIND,
      index: 'organizations',
      searchableAttributes: ['name', 'slug', 'website'],
      filterableAttributes: ['kind', 'country', 'visibility', 'visibility_initiatives', 'visibility_organizations', 'owner_organization'],
      documents: async (ids) =>
        (await repo.findBy({ id: In(ids) })).map((o) => ({
          id: o.id,
          name: o.name,
          slug: o.slug,
          kind: o.kind,
          country: o.country,
          website: o.website,
          verified: o.verified,
          ...this.policy.documentFields(PUBLIC),
        })),
      allIds: (size) => batchesOf(repo, size),
      toHit,
      fallback: async (actor: MaybeActor, query: string, limit: number) => {
        const q = repo.createQueryBuilder('o').where('o.name ILIKE :q', { q: containsPattern(query, 'query', 500) });
        const [rows, total] = await q.orderBy('o.name').take(limit).getManyAndCount();
        return { hits: rows.map((o) => toHit({ ...o } as unknown as SearchDocument)), total };
      },
    };
  }

  private initiatives(): SearchIndexer {
    const repo = this.dataSource.getRepository(InitiativeEntity);
    const toHit = (d: SearchDocument): SearchHitData => ({
      kind: INITIATIVE_KIND,
      id: d.id,
      title: String(d.name),
      snippet: d.description ? String(d.description).slice(0, 200) : null,
      url: `/initiatives/${d.slug}`,
    });
    return {
      kind: INITIATIVE_KIND,
      index: 'initiatives',
      searchableAttributes: ['name', 'slug', 'description'],
      filterableAttributes: ['visibility', 'visibility_initiatives', 'visibility_organizations', 'owner_organization'],
      documents: async (ids) =>
        (await repo.findBy({ id: In(ids) })).map((i) => ({
          id: i.id,
          name: i.name,
          slug: i.slug,
          description: i.description,
          ...this.policy.documentFields(PUBLIC),
        })),
      allIds: (size) => batchesOf(repo, size),
      toHit,
      fallback: async (_actor: MaybeActor, query: string, limit: number) => {
        const q = repo.createQueryBuilder('i').where('(i.name ILIKE :q OR i.description ILIKE :q)', { q: containsPattern(query, 'query', 500) });
        const [rows, total] = await q.orderBy('i.name').take(limit).getManyAndCount();
        return { hits: rows.map((i) => toHit({ ...i } as unknown as SearchDocument)), total };
      },
    };
  }
}
