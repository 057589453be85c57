import {
  APP_CONFIG,
  Actor,
  ActivityLog,
  AppConfig,
  AppError,
  MailService,
  MaybeActor,
  SearchSync,
  UnitOfWork,
  Visibility,
  badInput,
  forbidden,
  notFound,
  requireId,
} from '@commonground/api-core';
import { OrganizationMembershipEntity, UserEntity } from '@commonground/api-identity';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource, EntityManager, In } from 'typeorm';
import { DefinitionInput, LocalizedTextInput, ReviseDefinitionInput } from './dto/glossary.inputs';
import { wordDiff } from './exchange';
import { GlossaryAccess } from './glossary-access';
import {
  AlignmentStatus,
  CommentEntity,
  DefinitionEntity,
  DefinitionKind,
  DefinitionRevisionEntity,
  DefinitionTextEntity,
  InitiativeTermEntity,
  Stance,
  StanceEntity,
  TermEntity,
} from './glossary.entities';
import { TERM_KIND, validLanguages } from './term.service';

export const DEFINITION_KIND = 'DEFINITION';

/** The texts a revision shows: per language the latest text written for it or an earlier revision. */
export function textsOfRevision(texts: DefinitionTextEntity[], revisionNumber: number) {
  const byLanguage = new Map<string, DefinitionTextEntity>();
  for (const t of texts) {
    if (t.revisionNumber > revisionNumber) continue;
    const seen = byLanguage.get(t.language);
    if (!seen || seen.revisionNumber < t.revisionNumber) byLanguage.set(t.language, t);
  }
  return [...byLanguage.values()]
    .map((t) => ({ language: t.language, text: t.text, outdated: t.revisionNumber < revisionNumber, isOriginal: t.isOriginal && t.revisionNumber === revisionNumber }))
    .sort((a, b) => Number(b.isOriginal) - Number(a.isOriginal) || a.language.localeCompare(b.language));
}

/** The text in a language, falling back to the revision's original language. */
export function textIn(texts: ReturnType<typeof textsOfRevision>, language?: string | null): string {
  return (language && texts.find((t) => t.language === language)?.text) || texts.find((t) => t.isOriginal)?.text || texts[0]?.text || '';
}

export function isConsultationOpen(d: { status: AlignmentStatus; consultationEndsAt: Date | null }, now = new Date()) {
  return d.status === AlignmentStatus.CONSULTATION && !!d.consultationEndsAt && d.consultationEndsAt > now;
}

/**
 * Definitions side by side: revisions (immutable, with optimistic
 * concurrency), translations, the alignment workflow, stances and comments.
 */
@Injectable()
export class DefinitionService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly uow: UnitOfWork,
    private readonly search: SearchSync,
    private readonly access: GlossaryAccess,
    private readonly activity: ActivityLog,
    private readonly mail: MailService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  private validateTexts(texts: LocalizedTextInput[], field: string) {
    validLanguages(texts, field);
    const seen = new Set<string>();
    texts.forEach((t, i) => {
      if (seen.has(t.language)) throw badInput(`${field}.${i}.language`, `One text per language; ${t.language} is given twice.`);
      seen.add(t.language);
      if (!t.text.trim()) throw badInput(`${field}.${i}.text`, 'The text is empty.');
    });
  }

  async add(actor: Actor, input: DefinitionInput): Promise<DefinitionEntity> {
    this.validateTexts(input.texts, 'input.texts');
    const term = await this.dataSource.getRepository(TermEntity).findOneBy({ id: input.termId });
    if (!term) throw notFound('The term');
    if (input.kind === DefinitionKind.SOURCE && !input.citation) throw badInput('input.citation', 'A source definition says where it comes from: give a citation.');
    if (input.kind === DefinitionKind.PROPOSED) await this.access.requireSecretariatAdmin(actor, input.initiativeId ?? null, 'proposed');
    else if (input.initiativeId) {
      await this.access.initiative(input.initiativeId, 'input.initiativeId');
      if (!actor.initiativeIds.includes(input.initiativeId)) throw forbidden('Only members of the initiative add definitions for it.');
    }
    const visibility = input.visibility ?? { level: input.kind === DefinitionKind.SOURCE ? Visibility.PUBLIC : input.initiativeId ? Visibility.INITIATIVE : Visibility.PLATFORM, initiativeIds: input.initiativeId ? [input.initiativeId] : [] };
    if (visibility.level === Visibility.INITIATIVE && !visibility.initiativeIds?.length) throw badInput('input.visibility.initiativeIds', 'Say which initiatives may see it.');
    if (visibility.level === Visibility.ORGANIZATIONS && !visibility.organizationIds?.length) throw badInput('input.visibility.organizationIds', 'Say which organizations may see it.');
    return this.uow.run(async (manager) => {
      const definition = await manager.save(
        DefinitionEntity,
        manager.create(DefinitionEntity, {
          termId: term.id,
          kind: input.kind,
          ownerOrganizationId: actor.organizationId!,
          initiativeId: input.initiativeId ?? null,
          citationTitle: input.citation?.title.trim() ?? null,
          citationUrl: input.citation?.url ?? null,
          citationYear: input.citation?.year ?? null,
          status: AlignmentStatus.DRAFT,
          currentRevision: 1,
          visibility: visibility.level,
          visibilityInitiativeIds: visibility.initiativeIds ?? [],
          visibilityOrganizationIds: visibility.organizationIds ?? [],
        }),
      );
      await this.writeRevision(manager, actor, definition, 1, input.texts, null);
      if (input.initiativeId) {
        await manager.createQueryBuilder().insert().into(InitiativeTermEntity).values({ initiativeId: input.initiativeId, termId: term.id }).orIgnore().execute();
      }
      await this.search.enqueue(manager, DEFINITION_KIND, [definition.id]);
      await this.search.enqueue(manager, TERM_KIND, [term.id]);
      await this.activity.record(this.activity.byActor(actor, { action: 'DEFINITION_ADDED', targetType: 'Definition', targetId: definition.id }), manager);
      return definition;
    });
  }

  private async writeRevision(manager: EntityManager, actor: Actor, definition: DefinitionEntity, number: number, texts: LocalizedTextInput[], changeNote: string | null) {
    await manager.insert(DefinitionRevisionEntity, { definitionId: definition.id, number, changeNote, authorUserId: actor.userId, originalLanguage: texts[0].language });
    await manager.insert(
      DefinitionTextEntity,
      texts.map((t, i) => ({ definitionId: definition.id, language: t.language, revisionNumber: number, text: t.text.trim(), isOriginal: i === 0, authorUserId: actor.userId })),
    );
  }

  /** A new immutable revision; a save based on a stale revision is refused with the refused texts returned. */
  async revise(actor: Actor, input: ReviseDefinitionInput): Promise<DefinitionEntity> {
    this.validateTexts(input.texts, 'input.texts');
    return this.uow.run(async (manager) => {
      const definition = await manager.findOne(DefinitionEntity, { where: { id: input.definitionId }, lock: { mode: 'pessimistic_write' } });
      if (!definition || !this.access.canSeeDefinition(actor, definition)) throw notFound('The definition');
      if (definition.ownerOrganizationId !== actor.organizationId) throw forbidden('Only the organization that wrote the definition revises it; add your own definition instead.');
      if (definition.status === AlignmentStatus.SUPERSEDED) throw badInput('input.definitionId', 'A superseded definition is kept as it is.');
      if (input.basedOnRevision !== definition.currentRevision) {
        const texts = textsOfRevision(await manager.findBy(DefinitionTextEntity, { definitionId: definition.id }), definition.currentRevision);
        throw new AppError('CONFLICT', `Someone saved revision ${definition.currentRevision} while you were editing revision ${input.basedOnRevision}. Your text was not saved; compare it with the newer one and save again.`, {
          field: 'input.basedOnRevision',
          currentRevision: definition.currentRevision,
          currentTexts: texts.map(({ language, text }) => ({ language, text })),
          refusedTexts: input.texts.map(({ language, text }) => ({ language, text })),
          refusedChangeNote: input.changeNote ?? null,
        });
      }
      definition.currentRevision += 1;
      await manager.save(DefinitionEntity, definition);
      await this.writeRevision(manager, actor, definition, definition.currentRevision, input.texts, input.changeNote?.trim() || null);
      await this.search.enqueue(manager, DEFINITION_KIND, [definition.id]);
      await this.activity.record(this.activity.byActor(actor, { action: 'DEFINITION_REVISED', targetType: 'Definition', targetId: definition.id, details: { revision: definition.currentRevision } }), manager);
      return definition;
    });
  }

  /** A translation of a revision; it is outdated once a later revision exists. */
  async translate(actor: Actor, definitionId: string, revisionNumber: number, text: LocalizedTextInput): Promise<DefinitionEntity> {
    requireId(definitionId, 'definitionId');
    this.validateTexts([text], 'text');
    return this.uow.run(async (manager) => {
      const definition = await manager.findOne(DefinitionEntity, { where: { id: definitionId }, lock: { mode: 'pessimistic_write' } });
      if (!definition || !this.access.canSeeDefinition(actor, definition)) throw notFound('The definition');
      const secretariat = definition.initiativeId ? (await this.access.initiative(definition.initiativeId, 'definitionId')).secretariatOrganizationId : null;
      if (definition.ownerOrganizationId !== actor.organizationId && secretariat !== actor.organizationId) {
        throw forbidden('Translations are made by the organization that wrote the definition or by the initiative secretariat.');
      }
      if (!Number.isInteger(revisionNumber) || revisionNumber < 1 || revisionNumber > definition.currentRevision) throw badInput('revisionNumber', `This definition has revisions 1 to ${definition.currentRevision}.`);
      const revision = await manager.findOneByOrFail(DefinitionRevisionEntity, { definitionId, number: revisionNumber });
      if (revision.originalLanguage === text.language) throw badInput('text.language', 'That is the language the revision was written in; revise the definition to change it.');
      await manager.upsert(
        DefinitionTextEntity,
        { definitionId, language: text.language, revisionNumber, text: text.text.trim(), isOriginal: false, authorUserId: actor.userId },
        ['definitionId', 'language', 'revisionNumber'],
      );
      await this.search.enqueue(manager, DEFINITION_KIND, [definitionId]);
      return definition;
    });
  }

  async openConsultation(actor: Actor, definitionId: string, endsAt: Date): Promise<DefinitionEntity> {
    const definition = await this.find(actor, definitionId);
    if (definition.kind !== DefinitionKind.PROPOSED) throw badInput('definitionId', 'Only proposed common definitions go to consultation.');
    await this.access.requireSecretariatAdmin(actor, definition.initiativeId, 'put to consultation');
    if (!(endsAt instanceof Date) || Number.isNaN(endsAt.getTime()) || endsAt <= new Date()) throw badInput('endsAt', 'The consultation must end in the future.');
    if (definition.status === AlignmentStatus.SUPERSEDED) throw badInput('definitionId', 'A superseded definition is not consulted on again.');
    return this.uow.run(async (manager) => {
      await manager.update(DefinitionEntity, { id: definition.id }, { status: AlignmentStatus.CONSULTATION, consultationEndsAt: endsAt, consultationClosedAt: null });
      await this.activity.record(this.activity.byActor(actor, { action: 'CONSULTATION_OPENED', targetType: 'Definition', targetId: definition.id, details: { endsAt } }), manager);
      return { ...definition, status: AlignmentStatus.CONSULTATION, consultationEndsAt: endsAt, consultationClosedAt: null };
    });
  }

  async setStance(actor: Actor, definitionId: string, stance: Stance, reason: string | null | undefined): Promise<DefinitionEntity> {
    const definition = await this.find(actor, definitionId);
    this.access.requireStanceTaker(actor, definition.initiativeId);
    if (!isConsultationOpen(definition)) throw badInput('definitionId', 'Stances are taken while a consultation is open.', { reason: 'CONSULTATION_CLOSED' });
    if (stance === Stance.OBJECT && !reason?.trim()) throw badInput('reason', 'Say why your organization objects; the secretariat and the members will read it.');
    await this.uow.run(async (manager) => {
      await manager.upsert(
        StanceEntity,
        { targetType: 'DEFINITION', targetId: definitionId, organizationId: actor.organizationId!, stance, reason: reason?.trim() || null, revisionNumber: definition.currentRevision, userId: actor.userId, createdAt: new Date() },
        ['targetType', 'targetId', 'organizationId'],
      );
      await this.activity.record(this.activity.byActor(actor, { action: 'STANCE_TAKEN', targetType: 'Definition', targetId: definitionId, details: { stance } }), manager);
    });
    return definition;
  }

  /** The secretariat adopts one revision; an earlier adopted definition of the same term in the initiative is superseded. */
  async adopt(actor: Actor, definitionId: string, revisionNumber: number): Promise<DefinitionEntity> {
    const definition = await this.find(actor, definitionId);
    if (definition.kind !== DefinitionKind.PROPOSED) throw badInput('definitionId', 'Only proposed common definitions are adopted.');
    await this.access.requireSecretariatAdmin(actor, definition.initiativeId, 'adopted');
    if (!Number.isInteger(revisionNumber) || revisionNumber < 1 || revisionNumber > definition.currentRevision) throw badInput('revisionNumber', `This definition has revisions 1 to ${definition.currentRevision}.`);
    if (definition.status === AlignmentStatus.DRAFT) throw badInput('definitionId', 'Open a consultation before adopting a definition.');
    if (definition.status === AlignmentStatus.ADOPTED && definition.adoptedRevision === revisionNumber) throw badInput('revisionNumber', 'This revision is already the adopted one.');
    return this.uow.run(async (manager) => {
      const older = await manager.find(DefinitionEntity, {
        where: { termId: definition.termId, initiativeId: definition.initiativeId!, status: AlignmentStatus.ADOPTED },
        lock: { mode: 'pessimistic_write' },
      });
      const superseded = older.filter((d) => d.id !== definition.id);
      if (superseded.length) await manager.update(DefinitionEntity, { id: In(superseded.map((d) => d.id)) }, { status: AlignmentStatus.SUPERSEDED });
      // adoption publishes the common definition
      Object.assign(definition, { status: AlignmentStatus.ADOPTED, adoptedRevision: revisionNumber, visibility: Visibility.PUBLIC, consultationClosedAt: definition.consultationClosedAt ?? new Date() });
      await manager.save(DefinitionEntity, definition);
      await this.search.enqueue(manager, DEFINITION_KIND, [definition.id, ...superseded.map((d) => d.id)]);
      await this.search.enqueue(manager, TERM_KIND, [definition.termId]);
      await this.activity.record(
        this.activity.byActor(actor, { action: 'DEFINITION_ADOPTED', targetType: 'Definition', targetId: definition.id, details: { revisionNumber, superseded: superseded.map((d) => d.id) } }),
        manager,
      );
      return definition;
    });
  }

  async comment(actor: Actor, definitionId: string, body: string): Promise<CommentEntity> {
    const definition = await this.find(actor, definitionId);
    const text = body.trim();
    if (!text) throw badInput('body', 'The comment is empty.');
    if (text.length > 5000) throw badInput('body', 'A comment has 5,000 characters at most.');
    if (definition.status === AlignmentStatus.CONSULTATION && !isConsultationOpen(definition)) throw badInput('definitionId', 'The consultation has closed.', { reason: 'CONSULTATION_CLOSED' });
    return this.dataSource.getRepository(CommentEntity).save({ targetType: 'DEFINITION', targetId: definitionId, authorUserId: actor.userId, organizationId: actor.organizationId, body: text });
  }

  /** A definition the actor may see, or NOT_FOUND. */
  async find(actor: MaybeActor, id: string, field = 'definitionId'): Promise<DefinitionEntity> {
    requireId(id, field);
    const definition = await this.dataSource.getRepository(DefinitionEntity).findOneBy({ id });
    if (!definition || !this.access.canSeeDefinition(actor, definition)) throw notFound('The definition');
    return definition;
  }

  /** Word-level difference between two revisions (of one definition, or of two definitions of a term). */
  async diff(actor: MaybeActor, fromRevisionId: string, toRevisionId: string, language?: string | null) {
    requireId(fromRevisionId, 'fromRevisionId');
    requireId(toRevisionId, 'toRevisionId');
    const revisions = await this.dataSource.getRepository(DefinitionRevisionEntity).findBy({ id: In([fromRevisionId, toRevisionId]) });
    const from = revisions.find((r) => r.id === fromRevisionId);
    const to = revisions.find((r) => r.id === toRevisionId);
    if (!from) throw notFound('The first revision');
    if (!to) throw notFound('The second revision');
    const definitions = await this.dataSource.getRepository(DefinitionEntity).findBy({ id: In([from.definitionId, to.definitionId]) });
    if (definitions.some((d) => !this.access.canSeeDefinition(actor, d))) throw notFound('The revision');
    const texts = await this.dataSource.getRepository(DefinitionTextEntity).findBy({ definitionId: In([from.definitionId, to.definitionId]) });
    const textOf = (r: DefinitionRevisionEntity) => textIn(textsOfRevision(texts.filter((t) => t.definitionId === r.definitionId), r.number), language);
    return wordDiff(textOf(from), textOf(to));
  }

  /** Closes consultations whose date passed and tells the organizations that took part (a scheduled job). */
  async closeEndedConsultations(now = new Date()): Promise<number> {
    return this.uow.run(async (manager) => {
      const ended: DefinitionEntity[] = await manager
        .createQueryBuilder(DefinitionEntity, 'd')
        .where('d.status = :s AND d.consultation_ends_at <= :now AND d.consultation_closed_at IS NULL', { s: AlignmentStatus.CONSULTATION, now })
        .setLock('pessimistic_write')
        .setOnLocked('skip_locked')
        .getMany();
      for (const d of ended) {
        await manager.update(DefinitionEntity, { id: d.id }, { consultationClosedAt: now });
        const participants = await manager
          .createQueryBuilder(OrganizationMembershipEntity, 'm')
          .innerJoinAndMapOne('m.user', UserEntity, 'u', 'u.id = m.user_id')
          .where(`m.organization_id IN (SELECT organization_id FROM stances WHERE target_type = 'DEFINITION' AND target_id = :id UNION SELECT organization_id FROM glossary_comments WHERE target_type = 'DEFINITION' AND target_id = :id AND organization_id IS NOT NULL UNION SELECT :owner)`, { id: d.id, owner: d.ownerOrganizationId })
          .andWhere(`m.role IN ('OWNER', 'ADMIN')`)
          .getMany();
        const term = await manager.findOneByOrFail(TermEntity, { id: d.termId });
        for (const m of participants) {
          await this.mail.queue(manager, {
            to: m.user!.email,
            subject: `The consultation on "${term.slug}" has closed`,
            text: `The consultation on the proposed definition of "${term.slug}" closed on ${now.toISOString().slice(0, 10)}. The secretariat will now decide on adoption.\n\n${this.config.publicUrl}/glossary/${term.slug}`,
          });
        }
      }
      return ended.length;
    });
  }
}
