import {
  Actor,
  ActivityLog,
  Connection,
  InitiativeMembershipStatus,
  MaybeActor,
  OrganizationKind,
  SearchSync,
  UnitOfWork,
  badInput,
  conflict,
  containsPattern,
  forbidden,
  isAdminRole,
  isUuid,
  notFound,
  paginate,
  requireId,
} from '@commonground/api-core';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { CreateInitiativeInput } from './dto/identity.inputs';
import { InitiativeMemberEntity } from './initiative-member.entity';
import { InitiativeEntity } from './initiative.entity';
import { OrganizationEntity } from './organization.entity';
import { isUniqueViolation, slugify } from './slug';

export const INITIATIVE_KIND = 'INITIATIVE';

/** Initiatives, run by a secretariat, and the organizations that take part. */
@Injectable()
export class InitiativeService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly uow: UnitOfWork,
    private readonly searchSync: SearchSync,
    private readonly activity: ActivityLog,
  ) {}

  /** The active organization, if it is a SECRETARIAT and the user administers it, runs the new initiative. */
  async create(actor: Actor, input: CreateInitiativeInput): Promise<InitiativeEntity> {
    if (!isAdminRole(actor.role)) throw forbidden('Only owners and administrators of a secretariat can create an initiative.');
    const org = await this.dataSource.getRepository(OrganizationEntity).findOneByOrFail({ id: actor.organizationId! });
    if (org.kind !== OrganizationKind.SECRETARIAT) {
      throw forbidden('Initiatives are run by secretariats. Switch to your secretariat organization, or create one.');
    }
    const name = input.name.trim();
    const slug = slugify(name);
    try {
      return await this.uow.run(async (manager) => {
        if (await manager.exists(InitiativeEntity, { where: { slug } })) throw conflict(`An initiative named "${name}" already exists.`, { field: 'input.name' });
        const initiative = await manager.save(
          InitiativeEntity,
          manager.create(InitiativeEntity, { name, slug, description: input.description?.trim() || null, secretariatOrganizationId: org.id }),
        );
        await this.searchSync.enqueue(manager, INITIATIVE_KIND, [initiative.id]);
        await this.activity.record(this.activity.byActor(actor, { action: 'INITIATIVE_CREATED', targetType: 'Initiative', targetId: initiative.id }), manager);
        return initiative;
      });
    } catch (error) {
      if (isUniqueViolation(error)) throw conflict(`An initiative named "${name}" already exists.`, { field: 'input.name' });
      throw error;
    }
  }

  async find(by: { id?: string | null; slug?: string | null }): Promise<InitiativeEntity | null> {
    if (by.id) return isUuid(by.id) ? this.dataSource.getRepository(InitiativeEntity).findOneBy({ id: by.id }) : null;
    if (by.slug) return this.dataSource.getRepository(InitiativeEntity).findOneBy({ slug: by.slug });
    throw badInput('id', 'Give an id or a slug.');
  }

  list(args: { first?: number | null; after?: string | null; query?: string | null }): Promise<Connection<InitiativeEntity>> {
    const query = this.dataSource.getRepository(InitiativeEntity).createQueryBuilder('i');
    const text = args.query?.trim();
    if (text) {
      query.andWhere('i.name ILIKE :text', { text: containsPattern(text) });
    }
    return paginate(query, args, { expression: 'lower(i.name)', key: (i) => i.name.toLowerCase(), idExpression: 'i.id', id: (i) => i.id });
  }

  /** The active organization applies to join (again, after having left or been refused). */
  async apply(actor: Actor, initiativeId: string): Promise<InitiativeMemberEntity> {
    requireId(initiativeId, 'initiativeId');
    if (!isAdminRole(actor.role)) throw forbidden('Only owners and administrators can apply on behalf of their organization.');
    return this.uow.run(async (manager) => {
      const initiative = await manager.findOneBy(InitiativeEntity, { id: initiativeId });
      if (!initiative) throw notFound('The initiative');
      if (initiative.secretariatOrganizationId === actor.organizationId) throw badInput('initiativeId', 'Your organization runs this initiative.');
      const existing = await manager.findOne(InitiativeMemberEntity, {
        where: { initiativeId, organizationId: actor.organizationId! },
        lock: { mode: 'pessimistic_write' },
      });
      if (existing?.status === InitiativeMembershipStatus.ACTIVE) throw conflict('Your organization is already a member.');
      if (existing?.status === InitiativeMembershipStatus.APPLIED) throw conflict('Your organization has already applied; the secretariat will decide.');
      if (existing?.status === InitiativeMembershipStatus.SUSPENDED) throw forbidden('Your membership is suspended; contact the secretariat.');
      const member = existing ?? manager.create(InitiativeMemberEntity, { initiativeId, organizationId: actor.organizationId! });
      member.status = InitiativeMembershipStatus.APPLIED;
      member.decidedAt = null;
      const saved = await manager.save(InitiativeMemberEntity, member);
      await this.activity.record(this.activity.byActor(actor, { action: 'INITIATIVE_APPLIED', targetType: 'Initiative', targetId: initiativeId }), manager);
      return saved;
    });
  }

  /** The secretariat accepts (ACTIVE), suspends, or records that a member LEFT. */
  async setMemberStatus(actor: Actor, initiativeId: string, organizationId: string, status: InitiativeMembershipStatus) {
    requireId(initiativeId, 'initiativeId');
    requireId(organizationId, 'organizationId');
    const initiative = await this.dataSource.getRepository(InitiativeEntity).findOneBy({ id: initiativeId });
    if (!initiative) throw notFound('The initiative');
    const ownLeaving = status === InitiativeMembershipStatus.LEFT && organizationId === actor.organizationId && isAdminRole(actor.role);
    const isSecretariat = actor.organizationId === initiative.secretariatOrganizationId && isAdminRole(actor.role);
    if (!isSecretariat && !ownLeaving) throw forbidden('Only the secretariat of this initiative decides on its members.');
    if (status === InitiativeMembershipStatus.APPLIED) throw badInput('status', 'Members apply themselves; choose ACTIVE, SUSPENDED or LEFT.');
    return this.uow.run(async (manager) => {
      const member = await manager.findOne(InitiativeMemberEntity, { where: { initiativeId, organizationId }, lock: { mode: 'pessimistic_write' } });
      if (!member) throw notFound('This member');
      const previous = member.status;
      member.status = status;
      member.decidedAt = new Date();
      if (status === InitiativeMembershipStatus.ACTIVE && previous !== InitiativeMembershipStatus.ACTIVE) member.joinedAt = new Date();
      const saved = await manager.save(InitiativeMemberEntity, member);
      await this.activity.record(
        this.activity.byActor(actor, {
          action: 'MEMBERSHIP_DECIDED',
          targetType: 'Initiative',
          targetId: initiativeId,
          details: { organizationId, from: previous, to: status },
        }),
        manager,
      );
      return saved;
    });
  }

  /**
   * Which members a viewer sees: everyone sees ACTIVE members; the
   * secretariat sees all; an organization sees its own membership.
   */
  memberVisibilityCondition(actor: MaybeActor, alias = 'm'): { where: string; parameters: Record<string, unknown> } {
    if (!actor?.organizationId) return { where: `${alias}.status = 'ACTIVE'`, parameters: {} };
    return {
      where: `(${alias}.status = 'ACTIVE' OR ${alias}.organization_id = :viewerOrg OR EXISTS (SELECT 1 FROM initiatives si WHERE si.id = ${alias}.initiative_id AND si.secretariat_organization_id = :viewerOrg))`,
      parameters: { viewerOrg: actor.organizationId },
    };
  }
}
