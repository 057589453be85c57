import { SearchDocument, SearchEngine, SearchHitData, containsPattern } from '@commonground/api-core';
import { Injectable, OnModuleInit } from '@nestjs/common';
import { DataSource, In } from 'typeorm';
import { SMELTER_KIND } from './smelter.service';
import { SmelterEntity } from './smelters.entities';

/** Smelters in the one search box: names, aliases, CIDs (public reference data). */
@Injectable()
export class SmelterSearchIndexer implements OnModuleInit {
  constructor(
    private readonly dataSource: DataSource,
    private readonly engine: SearchEngine,
  ) {}

  onModuleInit() {
    const ds = this.dataSource;
    const toHit = (d: SearchDocument): SearchHitData => ({
      kind: SMELTER_KIND,
      id: d.id,
      title: String(d.name),
      snippet: [d.cid, d.metal, d.country].filter(Boolean).join(' · ') || null,
      url: `/smelters/${d.id}`,
    });
    this.engine.register({
      kind: SMELTER_KIND,
      index: 'smelters',
      searchableAttributes: ['name', 'aliases', 'cid', 'city'],
      filterableAttributes: ['metal', 'country', 'status', 'visibility', 'visibility_initiatives', 'visibility_organizations', 'owner_organization'],
      documents: async (ids) =>
        (await ds.getRepository(SmelterEntity).findBy({ id: In(ids) })).map((s) => ({
          id: s.id,
          name: s.name,
          aliases: s.aliases,
          cid: s.cid,
          city: s.city,
          metal: s.metal,
          country: s.country,
          status: s.status,
          // reference data: everyone may see it
          visibility: 'PUBLIC',
        })),
      allIds: async function* (size) {
        let last = '00000000-0000-0000-0000-000000000000';
        for (;;) {
          const rows: Array<{ id: string }> = await ds.query('SELECT id FROM smelters WHERE id > $1 ORDER BY id LIMIT $2', [last, size]);
          if (!rows.length) return;
          yield rows.map((r) => r.id);
          last = rows[rows.length - 1].id;
        }
      },
      toHit,
      fallback: async (_actor, query, limit) => {
        const [rows, total] = await ds
          .getRepository(SmelterEntity)
          .createQueryBuilder('s')
          .where(`(s.name ILIKE :q OR array_to_string(s.aliases, ' ') ILIKE :q OR s.cid ILIKE :q)`, { q: containsPattern(query, 'query', 500) })
          .orderBy('s.name')
          .take(limit)
          .getManyAndCount();
        return { hits: rows.map((s) => toHit({ id: s.id, name: s.name, cid: s.cid, metal: s.metal, country: s.country })), total };
      },
    });
  }
}
