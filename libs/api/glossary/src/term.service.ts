import { ActivityLog, Actor, badInput, columnsOf, conflict, Connection, containsPattern, forbidden, isUuid, notFound, paginate, requireId, SearchSync, UnitOfWork } from '@commonground/api-core';
import { isLanguage, isMineral, isTheme, normalizeTermCategory } from '@commonground/shared-reference';
import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, In } from 'typeorm';
import { LocalizedTextInput, TermInput } from './dto/glossary.inputs';
import { GlossaryAccess } from './glossary-access';
import { AlignmentStatus, DefinitionEntity, InitiativeTermEntity, TermEntity, TermLabelEntity, TermRelationEntity } from './glossary.entities';
import { slugify } from '@commonground/api-identity';

export const TERM_KIND = 'TERM';

export function validLanguages(values: LocalizedTextInput[], field: string) {
  values.forEach((v, i) => {
    if (!isLanguage(v.language)) throw badInput(`${field}.${i}.language`, `Unknown language ${v.language}; use en, fr or es.`);
  });
}

/** Terms: labels per language, categories, tags and broader/narrower/related relations. */
@Injectable()
export class TermService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly uow: UnitOfWork,
    private readonly search: SearchSync,
    private readonly access: GlossaryAccess,
    private readonly activity: ActivityLog,
  ) {}

  private validate(input: TermInput) {
    validLanguages(input.labels, 'input.labels');
    validLanguages(input.altLabels ?? [], 'input.altLabels');
    const seen = new Set<string>();
    for (const [i, l] of input.labels.entries()) {
      if (seen.has(l.language)) throw badInput(`input.labels.${i}.language`, `Only one label per language; ${l.language} is given twice.`);
      seen.add(l.language);
    }
    for (const m of input.minerals ?? []) if (!isMineral(m)) throw badInput('input.minerals', `Unknown mineral ${m}.`);
    for (const t of input.themes ?? []) if (!isTheme(t)) throw badInput('input.themes', `Unknown theme ${t}.`);
  }

  async create(actor: Actor, input: TermInput, initiativeId?: string | null): Promise<TermEntity> {
    await this.access.requireSecretariatOrganization(actor);
    this.validate(input);
    const slug = input.slug ?? slugify(input.labels.find((l) => l.language === 'en')?.text ?? input.labels[0].text);
    return this.uow.run(async (manager) => {
      if (await manager.existsBy(TermEntity, { slug })) throw conflict(`A term with the slug "${slug}" exists already.`, { field: 'input.slug' });
      const term = await manager.save(
        TermEntity,
        manager.create(TermEntity, { slug, category: normalizeTermCategory(input.category), minerals: input.minerals ?? [], themes: input.themes ?? [], ownerOrganizationId: actor.organizationId! }),
      );
      await this.writeLabelsAndRelations(manager, term, input);
      const runs = await manager.query('SELECT id FROM initiatives WHERE secretariat_organization_id = $1', [actor.organizationId]);
      const target = initiativeId ?? (runs.length === 1 ? runs[0].id : null);
      if (target) await manager.insert(InitiativeTermEntity, { initiativeId: target, termId: term.id });
      await this.search.enqueue(manager, TERM_KIND, [term.id]);
      await this.activity.record(this.activity.byActor(actor, { action: 'TERM_CREATED', targetType: 'Term', targetId: term.id }), manager);
      return term;
    });
  }

  async update(actor: Actor, id: string, input: TermInput): Promise<TermEntity> {
    requireId(id, 'id');
    this.validate(input);
    return this.uow.run(async (manager) => {
      const term = await manager.findOne(TermEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!term) throw notFound('The term');
      if (term.ownerOrganizationId !== actor.organizationId) throw forbidden('Only the organization that created the term edits it.');
      if (input.slug && input.slug !== term.slug) {
        if (await manager.existsBy(TermEntity, { slug: input.slug })) throw conflict(`A term with the slug "${input.slug}" exists already.`, { field: 'input.slug' });
        term.slug = input.slug;
      }
      term.category = normalizeTermCategory(input.category);
      term.minerals = input.minerals ?? [];
      term.themes = input.themes ?? [];
      await manager.save(TermEntity, term);
      await manager.delete(TermLabelEntity, { termId: id });
      await manager.delete(TermRelationEntity, { termId: id });
      await manager.delete(TermRelationEntity, { otherTermId: id, kind: 'RELATED' });
      await this.writeLabelsAndRelations(manager, term, input);
      await this.search.enqueue(manager, TERM_KIND, [id]);
      return term;
    });
  }

  /** Labels, then relations; a broader term that is (transitively) narrower than this one is refused. */
  async writeLabelsAndRelations(manager: EntityManager, term: TermEntity, input: Pick<TermInput, 'labels' | 'altLabels' | 'broaderIds' | 'relatedIds'>) {
    const labels = [
      ...input.labels.map((l, i) => ({ termId: term.id, language: l.language, kind: 'PREF' as const, text: l.text.trim(), position: i })),
      ...(input.altLabels ?? []).map((l, i) => ({ termId: term.id, language: l.language, kind: 'ALT' as const, text: l.text.trim(), position: i })),
    ];
    await manager.insert(TermLabelEntity, labels);
    const broader = [...new Set(input.broaderIds ?? [])];
    const related = [...new Set(input.relatedIds ?? [])].filter((r) => r !== term.id);
    const others = [...new Set([...broader, ...related])];
    if (others.length) {
      const found = await manager.findBy(TermEntity, { id: In(others) });
      const missing = others.filter((o) => !found.some((f) => f.id === o));
      if (missing.length) throw badInput('input.broaderIds', `Unknown terms: ${missing.join(', ')}.`);
    }
    if (broader.includes(term.id)) throw badInput('input.broaderIds', 'A term cannot be broader than itself.');
    if (broader.length) {
      // would any broader term have this term among its ancestors' descendants? walk up from each
      const [cycle] = await manager.query(
        `WITH RECURSIVE up(id) AS (SELECT unnest(CAST($1 AS uuid[])) UNION SELECT r.other_term_id FROM term_relations r JOIN up ON r.term_id = up.id AND r.kind = 'BROADER')
         SELECT 1 AS found FROM up WHERE id = $2 LIMIT 1`,
        [broader, term.id],
      );
      if (cycle) throw badInput('input.broaderIds', 'That would make the term broader than itself (a cycle in broader/narrower).');
      await manager.insert(TermRelationEntity, broader.map((otherTermId) => ({ termId: term.id, otherTermId, kind: 'BROADER' as const })));
    }
    if (related.length) {
      await manager
        .createQueryBuilder()
        .insert()
        .into(TermRelationEntity)
        .values(related.flatMap((r) => [{ termId: term.id, otherTermId: r, kind: 'RELATED' as const }, { termId: r, otherTermId: term.id, kind: 'RELATED' as const }]))
        .orIgnore()
        .execute();
    }
  }

  async find(by: { id?: string | null; slug?: string | null }): Promise<TermEntity | null> {
    if (by.id) return isUuid(by.id) ? this.dataSource.getRepository(TermEntity).findOneBy({ id: by.id }) : null;
    if (by.slug) return this.dataSource.getRepository(TermEntity).findOneBy({ slug: by.slug });
    throw badInput('id', 'Give an id or a slug.');
  }

  /** Terms by label (any language), in an initiative's glossary, or with definitions in a status the viewer can see. */
  list(actor: Actor | null, args: { first?: number | null; after?: string | null; query?: string | null; initiativeId?: string | null; status?: AlignmentStatus | null }): Promise<Connection<TermEntity>> {
    const q = this.dataSource.getRepository(TermEntity).createQueryBuilder('t');
    const text = args.query?.trim();
    if (text) q.andWhere('EXISTS (SELECT 1 FROM term_labels l WHERE l.term_id = t.id AND l.text ILIKE :text)', { text: containsPattern(text) });
    if (args.initiativeId) {
      requireId(args.initiativeId, 'initiativeId');
      q.andWhere('EXISTS (SELECT 1 FROM initiative_terms it WHERE it.term_id = t.id AND it.initiative_id = :initiativeId)', { initiativeId: args.initiativeId });
    }
    if (args.status) {
      const visible = this.access.policy.sqlCondition(actor, columnsOf('d'));
      q.andWhere(
        `EXISTS (SELECT 1 FROM definitions d WHERE d.term_id = t.id AND d.status = :status ${args.initiativeId ? 'AND d.initiative_id = :initiativeId' : ''} AND ${visible.where})`,
        { status: args.status, ...visible.parameters },
      );
    }
    return paginate(q, args, { expression: 't.slug', key: (t) => t.slug, idExpression: 't.id', id: (t) => t.id });
  }

  labels(termIds: string[]) {
    return this.dataSource.getRepository(TermLabelEntity).find({ where: { termId: In(termIds) }, order: { kind: 'DESC', position: 'ASC' } });
  }

  definitionsOf(termIds: string[]) {
    return this.dataSource.getRepository(DefinitionEntity).find({ where: { termId: In(termIds) }, order: { createdAt: 'ASC' } });
  }
}
