import { SearchDocument, SearchEngine, SearchHitData, Visibility, VisibilityPolicy, containsPattern } from '@commonground/api-core';
import { Injectable, OnModuleInit } from '@nestjs/common';
import { DataSource, In } from 'typeorm';
import { SMELTER_KIND } from './smelter.service';
import { AUDIT_KIND, AuditService } from './audit.service';
import { AuditEntity, SmelterEntity } from './smelters.entities';

/** Smelters in the one search box: names, aliases, CIDs (public reference data). */
@Injectable()
export class SmelterSearchIndexer implements OnModuleInit {
  constructor(
    private readonly dataSource: DataSource,
    private readonly engine: SearchEngine,
    private readonly policy: VisibilityPolicy,
    private readonly audits: AuditService,
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

    // audits: a discoverable one is found by every signed-in user (its summary); others by who reads them in full
    const auditHit = (d: SearchDocument): SearchHitData => ({ kind: AUDIT_KIND, id: d.id, title: String(d.title), snippet: String(d.snippet ?? '') || null, url: `/smelters/audits/${d.id}` });
    this.engine.register({
      kind: AUDIT_KIND,
      index: 'audits',
      searchableAttributes: ['title', 'smelter_aliases', 'auditor', 'snippet'],
      filterableAttributes: ['visibility', 'visibility_initiatives', 'visibility_organizations', 'owner_organization'],
      documents: async (ids) => {
        const rows = await ds.getRepository(AuditEntity).find({ where: { id: In(ids) }, relations: { smelter: true } });
        return rows.map((a) => ({
          id: a.id,
          title: `${a.standard} ${a.type.toLowerCase().replace('_', '-')} audit of ${a.smelter!.name}`,
          smelter_aliases: a.smelter!.aliases,
          auditor: a.auditor,
          snippet: [a.smelter!.cid, a.validUntil ? `valid until ${a.validUntil.toISOString().slice(0, 10)}` : null].filter(Boolean).join(' · '),
          ...this.policy.documentFields(a.discoverable ? { ...a, visibility: Visibility.PLATFORM } : a),
        }));
      },
      allIds: async function* (size) {
        let last = '00000000-0000-0000-0000-000000000000';
        for (;;) {
          const rows: Array<{ id: string }> = await ds.query('SELECT id FROM audits WHERE id > $1 ORDER BY id LIMIT $2', [last, size]);
          if (!rows.length) return;
          yield rows.map((r) => r.id);
          last = rows[rows.length - 1].id;
        }
      },
      toHit: auditHit,
      fallback: async (actor, query, limit) => {
        const visible = this.audits.summaryCondition(actor, 'a');
        const [rows, total] = await ds
          .getRepository(AuditEntity)
          .createQueryBuilder('a')
          .innerJoinAndSelect('a.smelter', 's')
          .where(visible.where, visible.parameters)
          .andWhere('(s.name ILIKE :q OR a.auditor ILIKE :q)', { q: containsPattern(query, 'query', 500) })
          .orderBy('a.created_at', 'DESC')
          .take(limit)
          .getManyAndCount();
        return { hits: rows.map((a) => auditHit({ id: a.id, title: `${a.standard} audit of ${a.smelter!.name}`, snippet: a.smelter!.cid })), total };
      },
    });
  }
}
