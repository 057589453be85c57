import { ActivityLog, Actor, AppError, badInput, columnsOf, forbidden, MaybeActor, notFound, requireId, UnitOfWork, Visibility } from '@commonground/api-core';
import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { PrincipleInput } from './dto/glossary.inputs';
import { isConsultationOpen } from './definition.service';
import { GlossaryAccess } from './glossary-access';
import { AlignmentStatus, CommentEntity, PrincipleEntity, PrincipleSetEntity, PrincipleSetRevisionEntity, Stance, StanceEntity } from './glossary.entities';

/** Principle sets: ordered principles with the revision, consultation, stance and adoption rules of definitions. */
@Injectable()
export class PrincipleService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly uow: UnitOfWork,
    private readonly access: GlossaryAccess,
    private readonly activity: ActivityLog,
  ) {}

  private validate(principles: PrincipleInput[]) {
    if (!principles.length) throw badInput('principles', 'A principle set holds at least one principle.');
    if (principles.length > 100) throw badInput('principles', 'A principle set holds 100 principles at most.');
    principles.forEach((p, i) => {
      if (!p.statement.trim()) throw badInput(`principles.${i}.statement`, 'Each principle has a statement.');
    });
  }

  private async writeRevision(manager: EntityManager, actor: Actor, set: PrincipleSetEntity, number: number, principles: PrincipleInput[], changeNote: string | null) {
    const revision = await manager.save(PrincipleSetRevisionEntity, manager.create(PrincipleSetRevisionEntity, { setId: set.id, number, changeNote, authorUserId: actor.userId }));
    await manager.insert(
      PrincipleEntity,
      principles.map((p, i) => ({
        revisionId: revision.id,
        position: i + 1,
        statement: p.statement.trim(),
        explanation: p.explanation?.trim() || null,
        subPoints: (p.subPoints ?? []).map((s) => s.trim()).filter(Boolean),
        footnotes: (p.footnotes ?? []).map((s) => s.trim()).filter(Boolean),
      })),
    );
  }

  async create(actor: Actor, title: string, initiativeId: string | null | undefined, principles: PrincipleInput[]): Promise<PrincipleSetEntity> {
    const name = title.trim();
    if (name.length < 3 || name.length > 200) throw badInput('title', 'title must be 3 to 200 characters long');
    this.validate(principles);
    if (initiativeId) await this.access.requireSecretariatAdmin(actor, initiativeId, 'drafted');
    return this.uow.run(async (manager) => {
      const set = await manager.save(
        PrincipleSetEntity,
        manager.create(PrincipleSetEntity, {
          title: name,
          initiativeId: initiativeId ?? null,
          ownerOrganizationId: actor.organizationId!,
          status: AlignmentStatus.DRAFT,
          currentRevision: 1,
          visibility: initiativeId ? Visibility.INITIATIVE : Visibility.PRIVATE,
          visibilityInitiativeIds: initiativeId ? [initiativeId] : [],
          visibilityOrganizationIds: [],
        }),
      );
      await this.writeRevision(manager, actor, set, 1, principles, null);
      await this.activity.record(this.activity.byActor(actor, { action: 'PRINCIPLES_CREATED', targetType: 'PrincipleSet', targetId: set.id }), manager);
      return set;
    });
  }

  async revise(actor: Actor, id: string, basedOnRevision: number, principles: PrincipleInput[], changeNote: string | null | undefined): Promise<PrincipleSetEntity> {
    requireId(id, 'id');
    this.validate(principles);
    return this.uow.run(async (manager) => {
      const set = await manager.findOne(PrincipleSetEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!set || !this.access.canSeeDefinition(actor, set)) throw notFound('The principle set');
      if (set.ownerOrganizationId !== actor.organizationId) throw forbidden('Only the organization that drafted the principles revises them.');
      if (basedOnRevision !== set.currentRevision) {
        const current = await manager.findOneByOrFail(PrincipleSetRevisionEntity, { setId: id, number: set.currentRevision });
        const currentPrinciples = (await manager.find(PrincipleEntity, { where: { revisionId: current.id }, order: { position: 'ASC' } })).map((p) => ({
          statement: p.statement,
          explanation: p.explanation,
          subPoints: p.subPoints,
          footnotes: p.footnotes,
        }));
        throw new AppError('CONFLICT', `Revision ${set.currentRevision} was saved while you were editing revision ${basedOnRevision}. Your text was not saved; compare and save again.`, {
          field: 'basedOnRevision',
          currentRevision: set.currentRevision,
          currentPrinciples,
          refusedPrinciples: principles,
          refusedChangeNote: changeNote ?? null,
        });
      }
      set.currentRevision += 1;
      await manager.save(PrincipleSetEntity, set);
      await this.writeRevision(manager, actor, set, set.currentRevision, principles, changeNote?.trim() || null);
      await this.activity.record(this.activity.byActor(actor, { action: 'PRINCIPLES_REVISED', targetType: 'PrincipleSet', targetId: id, details: { revision: set.currentRevision } }), manager);
      return set;
    });
  }

  async openConsultation(actor: Actor, id: string, endsAt: Date): Promise<PrincipleSetEntity> {
    const set = await this.find(actor, id);
    await this.access.requireSecretariatAdmin(actor, set.initiativeId, 'put to consultation');
    if (!(endsAt instanceof Date) || Number.isNaN(endsAt.getTime()) || endsAt <= new Date()) throw badInput('endsAt', 'The consultation must end in the future.');
    await this.dataSource.getRepository(PrincipleSetEntity).update({ id }, { status: AlignmentStatus.CONSULTATION, consultationEndsAt: endsAt, consultationClosedAt: null });
    return { ...set, status: AlignmentStatus.CONSULTATION, consultationEndsAt: endsAt };
  }

  async setStance(actor: Actor, id: string, stance: Stance, reason: string | null | undefined): Promise<PrincipleSetEntity> {
    const set = await this.find(actor, id);
    this.access.requireStanceTaker(actor, set.initiativeId);
    if (!isConsultationOpen(set)) throw badInput('id', 'Stances are taken while a consultation is open.', { reason: 'CONSULTATION_CLOSED' });
    if (stance === Stance.OBJECT && !reason?.trim()) throw badInput('reason', 'Say why your organization objects.');
    await this.dataSource.getRepository(StanceEntity).upsert(
      { targetType: 'PRINCIPLE_SET', targetId: id, organizationId: actor.organizationId!, stance, reason: reason?.trim() || null, revisionNumber: set.currentRevision, userId: actor.userId, createdAt: new Date() },
      ['targetType', 'targetId', 'organizationId'],
    );
    return set;
  }

  async adopt(actor: Actor, id: string, revisionNumber: number): Promise<PrincipleSetEntity> {
    const set = await this.find(actor, id);
    await this.access.requireSecretariatAdmin(actor, set.initiativeId, 'adopted');
    if (!Number.isInteger(revisionNumber) || revisionNumber < 1 || revisionNumber > set.currentRevision) throw badInput('revisionNumber', `This set has revisions 1 to ${set.currentRevision}.`);
    if (set.status === AlignmentStatus.DRAFT) throw badInput('id', 'Open a consultation before adopting the principles.');
    return this.uow.run(async (manager) => {
      Object.assign(set, { status: AlignmentStatus.ADOPTED, adoptedRevision: revisionNumber, visibility: Visibility.PUBLIC });
      await manager.save(PrincipleSetEntity, set);
      await this.activity.record(this.activity.byActor(actor, { action: 'PRINCIPLES_ADOPTED', targetType: 'PrincipleSet', targetId: id, details: { revisionNumber } }), manager);
      return set;
    });
  }

  async comment(actor: Actor, principleId: string, body: string): Promise<CommentEntity> {
    requireId(principleId, 'principleId');
    const principle = await this.dataSource.getRepository(PrincipleEntity).findOneBy({ id: principleId });
    if (!principle) throw notFound('The principle');
    const revision = await this.dataSource.getRepository(PrincipleSetRevisionEntity).findOneByOrFail({ id: principle.revisionId });
    const set = await this.find(actor, revision.setId, 'principleId');
    if (set.status === AlignmentStatus.CONSULTATION && !isConsultationOpen(set)) throw badInput('principleId', 'The consultation has closed.', { reason: 'CONSULTATION_CLOSED' });
    const text = body.trim();
    if (!text) throw badInput('body', 'The comment is empty.');
    if (text.length > 5000) throw badInput('body', 'A comment has 5,000 characters at most.');
    return this.dataSource.getRepository(CommentEntity).save({ targetType: 'PRINCIPLE', targetId: principleId, authorUserId: actor.userId, organizationId: actor.organizationId, body: text });
  }

  /** A principle whose set the actor may see, or NOT_FOUND. */
  async principle(actor: MaybeActor, id: string): Promise<PrincipleEntity> {
    requireId(id, 'id');
    const principle = await this.dataSource.getRepository(PrincipleEntity).findOneBy({ id });
    if (!principle) throw notFound('The principle');
    const revision = await this.dataSource.getRepository(PrincipleSetRevisionEntity).findOneByOrFail({ id: principle.revisionId });
    await this.find(actor, revision.setId);
    return principle;
  }

  async find(actor: MaybeActor, id: string, field = 'id'): Promise<PrincipleSetEntity> {
    requireId(id, field);
    const set = await this.dataSource.getRepository(PrincipleSetEntity).findOneBy({ id });
    if (!set || !this.access.canSeeDefinition(actor, set)) throw notFound('The principle set');
    return set;
  }

  async list(actor: MaybeActor, initiativeId?: string | null): Promise<PrincipleSetEntity[]> {
    const q = this.dataSource.getRepository(PrincipleSetEntity).createQueryBuilder('s');
    const visible = this.access.policy.sqlCondition(actor, columnsOf('s'));
    q.where(visible.where, visible.parameters);
    if (initiativeId) {
      requireId(initiativeId, 'initiativeId');
      q.andWhere('s.initiative_id = :initiativeId', { initiativeId });
    }
    return q.orderBy('s.title', 'ASC').getMany();
  }
}
