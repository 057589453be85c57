import {
  Actor,
  ActivityLog,
  Connection,
  OrganizationKind,
  OrganizationRole,
  SearchSync,
  SizeBand,
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
import { isCountry } from '@commonground/shared-reference';
import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { CreateOrganizationInput, UpdateOrganizationInput } from './dto/identity.inputs';
import { OrganizationMembershipEntity } from './organization-membership.entity';
import { OrganizationEntity } from './organization.entity';
import { isUniqueViolation, slugify } from './slug';
import { UserEntity } from './user.entity';

export const ORGANIZATION_KIND = 'ORGANIZATION';

export interface OrganizationListArgs {
  first?: number | null;
  after?: string | null;
  query?: string | null;
  kinds?: OrganizationKind[] | null;
}

/** Organizations (the tenants): directory, profile, roles of their users. */
@Injectable()
export class OrganizationService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly uow: UnitOfWork,
    private readonly searchSync: SearchSync,
    private readonly activity: ActivityLog,
  ) {}

  /** Creates an organization whose first user is its OWNER, inside a running transaction. */
  async createWithin(
    manager: EntityManager,
    userId: string,
    input: { name: string; kind: OrganizationKind; country?: string | null; sizeBand?: SizeBand | null; website?: string | null },
    field = 'input.name',
  ): Promise<OrganizationEntity> {
    if (input.country && !isCountry(input.country)) throw badInput('input.country', `Unknown country code ${input.country}.`);
    const name = input.name.trim();
    const slug = slugify(name);
    const taken = await manager.findOne(OrganizationEntity, { where: { slug }, select: { id: true } });
    if (taken) throw conflict(`An organization named "${name}" already exists.`, { field });
    const org = await manager.save(
      OrganizationEntity,
      manager.create(OrganizationEntity, {
        name,
        slug,
        kind: input.kind,
        country: input.country ?? null,
        sizeBand: input.sizeBand ?? null,
        website: input.website ?? null,
        verified: false,
      }),
    );
    await manager.insert(OrganizationMembershipEntity, { userId, organizationId: org.id, role: OrganizationRole.OWNER });
    await this.searchSync.enqueue(manager, ORGANIZATION_KIND, [org.id]);
    await this.activity.record({ action: 'ORGANIZATION_CREATED', userId, organizationId: org.id, targetType: 'Organization', targetId: org.id }, manager);
    return org;
  }

  async create(actor: Actor, input: CreateOrganizationInput): Promise<OrganizationEntity> {
    try {
      return await this.uow.run((manager) => this.createWithin(manager, actor.userId, input));
    } catch (error) {
      if (isUniqueViolation(error)) throw conflict(`An organization named "${input.name}" already exists.`, { field: 'input.name' });
      throw error;
    }
  }

  async update(actor: Actor, id: string, input: UpdateOrganizationInput): Promise<OrganizationEntity> {
    requireId(id, 'id');
    await this.requireAdmin(actor, id);
    if (input.country && !isCountry(input.country)) throw badInput('input.country', `Unknown country code ${input.country}.`);
    try {
      return await this.uow.run(async (manager) => {
        const org = await manager.findOne(OrganizationEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
        if (!org) throw notFound('The organization');
        const changes: Partial<OrganizationEntity> = {};
        if (input.name != null && input.name.trim() !== org.name) {
          changes.name = input.name.trim();
          changes.slug = slugify(changes.name);
          const taken = await manager.findOne(OrganizationEntity, { where: { slug: changes.slug }, select: { id: true } });
          if (taken && taken.id !== id) throw conflict(`An organization named "${changes.name}" already exists.`, { field: 'input.name' });
        }
        if (input.country !== undefined) changes.country = input.country;
        if (input.sizeBand !== undefined) changes.sizeBand = input.sizeBand;
        if (input.website !== undefined) changes.website = input.website || null;
        Object.assign(org, changes);
        await manager.save(OrganizationEntity, org);
        await this.searchSync.enqueue(manager, ORGANIZATION_KIND, [id]);
        await this.activity.record(this.activity.byActor(actor, { action: 'ORGANIZATION_UPDATED', organizationId: id, targetType: 'Organization', targetId: id, details: { fields: Object.keys(changes) } }), manager);
        return org;
      });
    } catch (error) {
      if (isUniqueViolation(error)) throw conflict(`An organization named "${input.name}" already exists.`, { field: 'input.name' });
      throw error;
    }
  }

  async verify(actor: Actor, id: string, verified: boolean): Promise<OrganizationEntity> {
    requireId(id, 'id');
    return this.uow.run(async (manager) => {
      const org = await manager.findOneBy(OrganizationEntity, { id });
      if (!org) throw notFound('The organization');
      org.verified = verified;
      await manager.save(OrganizationEntity, org);
      await this.searchSync.enqueue(manager, ORGANIZATION_KIND, [id]);
      await this.activity.record(this.activity.byActor(actor, { action: 'ORGANIZATION_VERIFIED', targetType: 'Organization', targetId: id, details: { verified } }), manager);
      return org;
    });
  }

  async find(by: { id?: string | null; slug?: string | null }): Promise<OrganizationEntity | null> {
    if (by.id) return isUuid(by.id) ? this.dataSource.getRepository(OrganizationEntity).findOneBy({ id: by.id }) : null;
    if (by.slug) return this.dataSource.getRepository(OrganizationEntity).findOneBy({ slug: by.slug });
    throw badInput('id', 'Give an id or a slug.');
  }

  /** The public directory of organizations. */
  list(args: OrganizationListArgs): Promise<Connection<OrganizationEntity>> {
    const query = this.dataSource.getRepository(OrganizationEntity).createQueryBuilder('o');
    const text = args.query?.trim();
    if (text) {
      query.andWhere(`o.name ILIKE :text`, { text: containsPattern(text) });
    }
    if (args.kinds?.length) query.andWhere('o.kind IN (:...kinds)', { kinds: args.kinds });
    return paginate(query, args, {
      expression: 'lower(o.name)',
      key: (o) => o.name.toLowerCase(),
      idExpression: 'o.id',
      id: (o) => o.id,
    });
  }

  /** The users of an organization; only its members see them. */
  async members(actor: Actor, organizationId: string): Promise<Array<{ user: UserEntity; role: OrganizationRole; since: Date }>> {
    requireId(organizationId, 'organizationId');
    await this.requireMember(actor, organizationId);
    const rows = await this.dataSource
      .getRepository(OrganizationMembershipEntity)
      .find({ where: { organizationId }, relations: { user: true }, order: { createdAt: 'ASC' } });
    return rows.map((m) => ({ user: m.user!, role: m.role, since: m.createdAt }));
  }

  async setMemberRole(actor: Actor, organizationId: string, userId: string, role: OrganizationRole) {
    requireId(organizationId, 'organizationId');
    requireId(userId, 'userId');
    const actorRole = await this.requireAdmin(actor, organizationId);
    return this.uow.run(async (manager) => {
      const memberships = await manager.find(OrganizationMembershipEntity, {
        where: { organizationId },
        relations: { user: true },
        lock: { mode: 'pessimistic_write', tables: ['organization_memberships'] },
      });
      const target = memberships.find((m) => m.userId === userId);
      if (!target) throw notFound('This member');
      const touchesOwner = target.role === OrganizationRole.OWNER || role === OrganizationRole.OWNER;
      if (touchesOwner && actorRole !== OrganizationRole.OWNER) throw forbidden('Only an owner can make or unmake owners.');
      const owners = memberships.filter((m) => m.role === OrganizationRole.OWNER);
      if (target.role === OrganizationRole.OWNER && role !== OrganizationRole.OWNER && owners.length === 1) {
        throw badInput('role', 'An organization needs at least one owner. Make someone else owner first.');
      }
      const previous = target.role;
      await manager.update(OrganizationMembershipEntity, { organizationId, userId }, { role });
      await this.activity.record(
        this.activity.byActor(actor, { action: 'ROLE_CHANGED', organizationId, targetType: 'User', targetId: userId, details: { from: previous, to: role } }),
        manager,
      );
      return { user: target.user!, role, since: target.createdAt };
    });
  }

  async requireMember(actor: Actor, organizationId: string): Promise<OrganizationRole> {
    const m = await this.dataSource.getRepository(OrganizationMembershipEntity).findOneBy({ userId: actor.userId, organizationId });
    if (!m) throw forbidden('Only members of this organization can see this.');
    return m.role;
  }

  async requireAdmin(actor: Actor, organizationId: string): Promise<OrganizationRole> {
    const m = await this.dataSource.getRepository(OrganizationMembershipEntity).findOneBy({ userId: actor.userId, organizationId });
    if (!m || !isAdminRole(m.role)) throw forbidden('Only owners and administrators of this organization can do this.');
    return m.role;
  }
}
