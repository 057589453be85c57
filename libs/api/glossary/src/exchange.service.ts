import { APP_CONFIG, Actor, AppConfig, MaybeActor, SearchSync, UnitOfWork, Visibility, badInput, requireId } from '@commonground/api-core';
import { InitiativeEntity } from '@commonground/api-identity';
import { normalizeTermCategory } from '@commonground/shared-reference';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource, EntityManager, In, IsNull, Not } from 'typeorm';
import { DEFINITION_KIND, textsOfRevision } from './definition.service';
import { GlossaryFormat, ImportReport } from './dto/glossary.objects';
import { ExchangeTerm, MAX_IMPORT_BYTES, ParsedGlossary, readCsv, readTurtle, writeCsv, writeJsonLd, writeTurtle } from './exchange';
import { GlossaryAccess } from './glossary-access';
import {
  AlignmentStatus,
  DefinitionEntity,
  DefinitionKind,
  DefinitionRevisionEntity,
  DefinitionTextEntity,
  InitiativeTermEntity,
  TermEntity,
  TermLabelEntity,
  TermRelationEntity,
} from './glossary.entities';
import { TERM_KIND } from './term.service';

/** Export and import of glossaries as SKOS (Turtle, JSON-LD) and CSV. */
@Injectable()
export class GlossaryExchangeService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly uow: UnitOfWork,
    private readonly search: SearchSync,
    private readonly access: GlossaryAccess,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** An initiative's glossary (with its adopted definitions), or a selection of terms. */
  async export(actor: MaybeActor, format: GlossaryFormat, initiativeId?: string | null, termIds?: string[] | null): Promise<string> {
    let initiative: InitiativeEntity | null = null;
    if (initiativeId) initiative = await this.access.initiative(initiativeId, 'initiativeId');
    if (!initiative && !termIds?.length) throw badInput('initiativeId', 'Say which glossary to export: an initiative, or a selection of terms.');
    termIds?.forEach((id, i) => requireId(id, `termIds.${i}`));
    const ds = this.dataSource;
    const q = ds.getRepository(TermEntity).createQueryBuilder('t');
    if (initiative) q.andWhere('EXISTS (SELECT 1 FROM initiative_terms it WHERE it.term_id = t.id AND it.initiative_id = :i)', { i: initiative.id });
    if (termIds?.length) q.andWhere('t.id IN (:...termIds)', { termIds });
    const terms = await q.orderBy('t.slug').getMany();
    const ids = terms.map((t) => t.id);
    const [labels, relations, definitions] = ids.length
      ? await Promise.all([
          ds.getRepository(TermLabelEntity).find({ where: { termId: In(ids) }, order: { position: 'ASC' } }),
          ds.getRepository(TermRelationEntity).find({ where: { termId: In(ids), otherTermId: In(ids) } }),
          // adopted texts, including those whose newer revision is in consultation again
          ds.getRepository(DefinitionEntity).find({
            where: { termId: In(ids), adoptedRevision: Not(IsNull()), status: Not(AlignmentStatus.SUPERSEDED), ...(initiative ? { initiativeId: initiative.id } : {}) },
            order: { createdAt: 'ASC' },
          }),
        ])
      : [[], [], []];
    const visible = definitions.filter((d) => this.access.canSeeDefinition(actor, d));
    const texts = visible.length ? await ds.getRepository(DefinitionTextEntity).findBy({ definitionId: In(visible.map((d) => d.id)) }) : [];
    const slugOf = new Map(terms.map((t) => [t.id, t.slug]));
    const exchange: ExchangeTerm[] = terms.map((t) => {
      const definition = visible.find((d) => d.termId === t.id);
      const defTexts = definition ? textsOfRevision(texts.filter((x) => x.definitionId === definition.id), definition.adoptedRevision!) : [];
      return {
        slug: t.slug,
        prefLabels: labels.filter((l) => l.termId === t.id && l.kind === 'PREF').map((l) => ({ language: l.language, text: l.text })),
        altLabels: labels.filter((l) => l.termId === t.id && l.kind === 'ALT').map((l) => ({ language: l.language, text: l.text })),
        definitions: defTexts.map(({ language, text }) => ({ language, text })),
        category: t.category,
        minerals: t.minerals,
        themes: t.themes,
        broader: relations.filter((r) => r.termId === t.id && r.kind === 'BROADER').map((r) => slugOf.get(r.otherTermId)!).sort(),
        narrower: relations.filter((r) => r.otherTermId === t.id && r.kind === 'BROADER').map((r) => slugOf.get(r.termId)!).sort(),
        related: relations.filter((r) => r.termId === t.id && r.kind === 'RELATED').map((r) => slugOf.get(r.otherTermId)!).sort(),
      };
    });
    const scheme = {
      uri: `${this.config.publicUrl}/glossary/${initiative?.slug ?? 'selection'}`,
      title: initiative ? `${initiative.name} — glossary` : 'Common Ground glossary (selection)',
      description: initiative?.description ?? null,
    };
    if (format === GlossaryFormat.SKOS_TURTLE) return writeTurtle(scheme, exchange);
    if (format === GlossaryFormat.SKOS_JSONLD) return writeJsonLd(scheme, exchange);
    return writeCsv(exchange);
  }

  /**
   * Imports in one transaction: a file with any error imports nothing. Terms
   * are matched by slug: new ones are created, the importer's own are
   * updated, other organizations' terms are linked to the glossary but left
   * as they are (skipped). Definitions become the initiative's adopted
   * common definitions, or SOURCE definitions without an initiative.
   */
  async import(actor: Actor, format: GlossaryFormat, content: string, initiativeId?: string | null): Promise<ImportReport> {
    let initiative: InitiativeEntity | null = null;
    if (initiativeId) initiative = await this.access.requireSecretariatAdmin(actor, initiativeId, 'imported into');
    else await this.access.requireSecretariatOrganization(actor);
    if (Buffer.byteLength(content, 'utf8') > MAX_IMPORT_BYTES) {
      return { created: 0, updated: 0, skipped: 0, errors: [`The file is larger than ${MAX_IMPORT_BYTES / 1024 / 1024} MiB; split it into smaller files.`], warnings: [] };
    }
    let parsed: ParsedGlossary;
    if (format === GlossaryFormat.SKOS_TURTLE) parsed = readTurtle(content);
    else if (format === GlossaryFormat.CSV) parsed = readCsv(content);
    else throw badInput('format', 'Import reads SKOS Turtle or CSV; JSON-LD is export only.');
    const lineText = (p: { line: number | null; message: string }) => (p.line ? `line ${p.line}: ${p.message}` : p.message);
    const warnings = parsed.warnings.map(lineText);
    if (parsed.errors.length) return { created: 0, updated: 0, skipped: 0, errors: parsed.errors.map(lineText), warnings };
    const report = { created: 0, updated: 0, skipped: 0, errors: [] as string[], warnings };
    await this.uow.run(async (manager) => {
      const existing = await manager.findBy(TermEntity, { slug: In(parsed.terms.map((t) => t.slug)) });
      const idOf = new Map(existing.map((t) => [t.slug, t.id]));
      const writable = new Set<string>();
      for (const t of parsed.terms) {
        const found = existing.find((e) => e.slug === t.slug);
        if (found && found.ownerOrganizationId !== actor.organizationId) {
          report.skipped++;
          continue;
        }
        if (found) {
          Object.assign(found, { category: normalizeTermCategory(t.category), minerals: t.minerals, themes: t.themes });
          await manager.save(TermEntity, found);
          await manager.delete(TermLabelEntity, { termId: found.id });
          await manager.delete(TermRelationEntity, { termId: found.id });
          report.updated++;
        } else {
          const created = await manager.save(TermEntity, manager.create(TermEntity, { slug: t.slug, category: normalizeTermCategory(t.category), minerals: t.minerals, themes: t.themes, ownerOrganizationId: actor.organizationId! }));
          idOf.set(t.slug, created.id);
          report.created++;
        }
        writable.add(t.slug);
        const termId = idOf.get(t.slug)!;
        const labels = [
          ...t.prefLabels.map((l, i) => ({ termId, language: l.language, kind: 'PREF' as const, text: l.text, position: i })),
          ...t.altLabels.map((l, i) => ({ termId, language: l.language, kind: 'ALT' as const, text: l.text, position: i })),
        ];
        if (labels.length) await manager.insert(TermLabelEntity, labels);
      }
      const relations = parsed.terms
        .filter((t) => writable.has(t.slug))
        .flatMap((t) => [
          ...t.broader.map((b) => ({ termId: idOf.get(t.slug)!, otherTermId: idOf.get(b)!, kind: 'BROADER' as const })),
          ...t.narrower.filter((n) => writable.has(n)).map((n) => ({ termId: idOf.get(n)!, otherTermId: idOf.get(t.slug)!, kind: 'BROADER' as const })),
          ...t.related.flatMap((r) => [
            { termId: idOf.get(t.slug)!, otherTermId: idOf.get(r)!, kind: 'RELATED' as const },
            { termId: idOf.get(r)!, otherTermId: idOf.get(t.slug)!, kind: 'RELATED' as const },
          ]),
        ]);
      if (relations.length) await manager.createQueryBuilder().insert().into(TermRelationEntity).values(relations).orIgnore().execute();
      const allIds = [...idOf.values()];
      if (initiative && allIds.length) {
        await manager.createQueryBuilder().insert().into(InitiativeTermEntity).values(allIds.map((termId) => ({ initiativeId: initiative!.id, termId }))).orIgnore().execute();
      }
      for (const t of parsed.terms.filter((x) => writable.has(x.slug) && x.definitions.length)) {
        await this.importDefinition(manager, actor, initiative, idOf.get(t.slug)!, t);
      }
      await this.search.enqueue(manager, TERM_KIND, allIds);
    });
    return report;
  }

  private async importDefinition(manager: EntityManager, actor: Actor, initiative: InitiativeEntity | null, termId: string, term: ExchangeTerm) {
    const definition = await manager.save(
      DefinitionEntity,
      manager.create(DefinitionEntity, {
        termId,
        kind: initiative ? DefinitionKind.PROPOSED : DefinitionKind.SOURCE,
        ownerOrganizationId: actor.organizationId!,
        initiativeId: initiative?.id ?? null,
        citationTitle: initiative ? null : 'Imported glossary',
        status: initiative ? AlignmentStatus.ADOPTED : AlignmentStatus.DRAFT,
        currentRevision: 1,
        adoptedRevision: initiative ? 1 : null,
        visibility: Visibility.PUBLIC,
        visibilityInitiativeIds: [],
        visibilityOrganizationIds: [],
      }),
    );
    if (initiative) {
      // the imported text replaces the initiative's earlier adopted definition of this term
      await manager
        .createQueryBuilder()
        .update(DefinitionEntity)
        .set({ status: AlignmentStatus.SUPERSEDED })
        .where('term_id = :termId AND initiative_id = :i AND status = :adopted AND id <> :id', { termId, i: initiative.id, adopted: AlignmentStatus.ADOPTED, id: definition.id })
        .execute();
    }
    await manager.insert(DefinitionRevisionEntity, { definitionId: definition.id, number: 1, changeNote: 'Imported', authorUserId: actor.userId, originalLanguage: term.definitions[0].language });
    await manager.insert(
      DefinitionTextEntity,
      term.definitions.map((d, i) => ({ definitionId: definition.id, language: d.language, revisionNumber: 1, text: d.text, isOriginal: i === 0, authorUserId: actor.userId })),
    );
    await this.search.enqueue(manager, DEFINITION_KIND, [definition.id]);
  }
}
