import {
  Actor,
  ActivityLog,
  InitiativeMembershipStatus,
  MoneyInput,
  UnitOfWork,
  badInput,
  conflict,
  forbidden,
  isAdminRole,
  notFound,
  requireId,
} from '@commonground/api-core';
import { InitiativeMemberEntity, NotificationService, OrganizationEntity } from '@commonground/api-identity';
import { isCurrency } from '@commonground/shared-reference';
import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, IsNull } from 'typeorm';
import { TierInput } from './dto/membership.inputs';
import { InitiativeAccess } from './initiative-access';
import { dueStatement } from './split';
import { TierApplicationStatus, TierMembershipEntity } from './tier-membership.entity';
import { TierEntity } from './tier.entity';

export function validMoney(money: MoneyInput, field: string): void {
  if (!isCurrency(money.currency)) throw badInput(`${field}.currency`, `Unknown currency ${money.currency}; use an ISO 4217 code such as EUR.`);
  if (!Number.isSafeInteger(money.amountMinor) || money.amountMinor < 0) throw badInput(`${field}.amountMinor`, 'Amounts are whole, non-negative minor units (cents).');
}

/** Tiers of an initiative, applications to them, and the history of each member's tier. */
@Injectable()
export class TierService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly uow: UnitOfWork,
    private readonly access: InitiativeAccess,
    private readonly activity: ActivityLog,
    private readonly notifications: NotificationService,
  ) {}

  private validate(input: TierInput) {
    validMoney(input.annualFee, 'input.annualFee');
    if (input.capAmount) {
      validMoney(input.capAmount, 'input.capAmount');
      if (input.capAmount.currency !== input.annualFee.currency) {
        throw badInput('input.capAmount.currency', 'The cap must be in the currency of the annual fee.');
      }
    }
  }

  async create(actor: Actor, initiativeId: string, input: TierInput): Promise<TierEntity> {
    await this.access.requireSecretariat(actor, initiativeId);
    this.validate(input);
    return this.uow.run(async (manager) => {
      await this.refuseDuplicateName(manager, initiativeId, input.name);
      const tier = await manager.save(TierEntity, manager.create(TierEntity, { initiativeId, ...this.columns(input) }));
      await this.activity.record(this.activity.byActor(actor, { action: 'TIER_CREATED', targetType: 'Tier', targetId: tier.id, details: { initiativeId, name: tier.name } }), manager);
      return tier;
    });
  }

  async update(actor: Actor, id: string, input: TierInput): Promise<TierEntity> {
    const tier = await this.find(id, 'id');
    await this.access.requireSecretariat(actor, tier.initiativeId);
    this.validate(input);
    return this.uow.run(async (manager) => {
      if (input.name.trim().toLowerCase() !== tier.name.toLowerCase()) await this.refuseDuplicateName(manager, tier.initiativeId, input.name);
      Object.assign(tier, this.columns(input));
      await manager.save(TierEntity, tier);
      await this.activity.record(this.activity.byActor(actor, { action: 'TIER_UPDATED', targetType: 'Tier', targetId: id }), manager);
      return tier;
    });
  }

  private columns(input: TierInput): Partial<TierEntity> {
    return {
      name: input.name.trim(),
      annualFeeMinor: input.annualFee.amountMinor,
      currency: input.annualFee.currency,
      eligibleKinds: [...new Set(input.eligibleKinds ?? [])],
      eligibleSizeBands: [...new Set(input.eligibleSizeBands ?? [])],
      weight: input.weight,
      capAmountMinor: input.capAmount?.amountMinor ?? null,
      capPercent: input.capPercent ?? null,
      benefits: (input.benefits ?? []).map((b) => b.trim()).filter(Boolean),
      auditLibraryAccess: input.auditLibraryAccess ?? false,
    };
  }

  private async refuseDuplicateName(manager: EntityManager, initiativeId: string, name: string) {
    const taken = await manager
      .createQueryBuilder(TierEntity, 't')
      .where('t.initiative_id = :initiativeId AND lower(t.name) = lower(:name)', { initiativeId, name: name.trim() })
      .getExists();
    if (taken) throw conflict(`This initiative already has a tier named "${name.trim()}".`, { field: 'input.name' });
  }

  async find(id: string, field = 'tierId'): Promise<TierEntity> {
    requireId(id, field);
    const tier = await this.dataSource.getRepository(TierEntity).findOneBy({ id });
    if (!tier) throw notFound('The tier');
    return tier;
  }

  list(initiativeId: string): Promise<TierEntity[]> {
    requireId(initiativeId, 'initiativeId');
    return this.dataSource.getRepository(TierEntity).find({ where: { initiativeId }, order: { weight: 'DESC', name: 'ASC' } });
  }

  /** Why an organization may not join a tier, or null when it may. */
  ineligibility(tier: TierEntity, org: OrganizationEntity): string | null {
    if (tier.eligibleKinds.length && !tier.eligibleKinds.includes(org.kind)) {
      return `The tier "${tier.name}" is for ${tier.eligibleKinds.join(', ').toLowerCase().replace(/_/g, ' ')} organizations; yours is ${org.kind.toLowerCase().replace(/_/g, ' ')}.`;
    }
    if (tier.eligibleSizeBands.length) {
      if (!org.sizeBand) return `The tier "${tier.name}" depends on size: set your organization's size band in its profile first.`;
      if (!tier.eligibleSizeBands.includes(org.sizeBand)) {
        return `The tier "${tier.name}" is for ${tier.eligibleSizeBands.join(', ').toLowerCase()} organizations; yours is ${org.sizeBand.toLowerCase()}.`;
      }
    }
    return null;
  }

  /** The active organization applies to a tier; it also applies to the initiative if it is not a member yet. */
  async apply(actor: Actor, tierId: string): Promise<TierMembershipEntity> {
    if (!isAdminRole(actor.role)) throw forbidden('Only owners and administrators apply on behalf of their organization.');
    const tier = await this.find(tierId);
    const initiative = await this.access.initiative(tier.initiativeId);
    if (initiative.secretariatOrganizationId === actor.organizationId) throw badInput('tierId', 'The secretariat does not take a tier in its own initiative.');
    const org = await this.dataSource.getRepository(OrganizationEntity).findOneByOrFail({ id: actor.organizationId! });
    const reason = this.ineligibility(tier, org);
    if (reason) throw badInput('tierId', reason, { reason: 'NOT_ELIGIBLE' });
    return this.uow.run(async (manager) => {
      const open = await this.openRows(manager, tier.initiativeId, org.id);
      if (open.some((r) => r.status === TierApplicationStatus.PENDING)) throw conflict('Your organization already has an application waiting for the secretariat.');
      if (open.some((r) => r.status === TierApplicationStatus.APPROVED && r.tierId === tierId)) throw conflict('Your organization is already in this tier.');
      const member = await manager.findOneBy(InitiativeMemberEntity, { initiativeId: tier.initiativeId, organizationId: org.id });
      if (member?.status === InitiativeMembershipStatus.SUSPENDED) throw forbidden('Your membership is suspended; contact the secretariat.');
      if (!member || member.status === InitiativeMembershipStatus.LEFT) {
        await manager.save(InitiativeMemberEntity, manager.create(InitiativeMemberEntity, { initiativeId: tier.initiativeId, organizationId: org.id, status: InitiativeMembershipStatus.APPLIED, decidedAt: null }));
      }
      const row = await manager.save(
        TierMembershipEntity,
        manager.create(TierMembershipEntity, { initiativeId: tier.initiativeId, organizationId: org.id, tierId, status: TierApplicationStatus.PENDING, reason: null, since: null, until: null, decidedAt: null }),
      );
      await this.activity.record(this.activity.byActor(actor, { action: 'TIER_APPLIED', targetType: 'Tier', targetId: tierId }), manager);
      return row;
    });
  }

  /** The secretariat approves (the organization becomes an active member in that tier) or refuses with a reason. */
  async decide(actor: Actor, tierId: string, organizationId: string, approve: boolean, reason: string | null | undefined): Promise<TierMembershipEntity> {
    requireId(organizationId, 'organizationId');
    const tier = await this.find(tierId);
    await this.access.requireSecretariat(actor, tier.initiativeId);
    if (!approve && !reason?.trim()) throw badInput('reason', 'Say why the application is refused; the organization will read it.');
    return this.uow.run(async (manager) => {
      const application = await manager.findOne(TierMembershipEntity, {
        where: { initiativeId: tier.initiativeId, organizationId, tierId, status: TierApplicationStatus.PENDING },
        lock: { mode: 'pessimistic_write' },
      });
      if (!application) throw notFound('A pending application of this organization to this tier');
      const now = new Date();
      application.decidedAt = now;
      application.decidedByUserId = actor.userId;
      application.reason = reason?.trim() || null;
      if (approve) {
        await this.closeCurrent(manager, tier.initiativeId, organizationId, now);
        application.status = TierApplicationStatus.APPROVED;
        application.since = now;
        await this.activateMembership(manager, tier.initiativeId, organizationId, now);
      } else {
        application.status = TierApplicationStatus.REFUSED;
        // an application to the initiative made by this tier application ends with it
        await manager.update(
          InitiativeMemberEntity,
          { initiativeId: tier.initiativeId, organizationId, status: InitiativeMembershipStatus.APPLIED },
          { status: InitiativeMembershipStatus.LEFT, decidedAt: now },
        );
      }
      await manager.save(TierMembershipEntity, application);
      const initiative = await this.access.initiative(tier.initiativeId);
      await this.notifications.notifyOrganizations(manager, [organizationId], {
        kind: 'TIER_DECISION',
        title: approve ? `${initiative.name}: your organization joined the tier "${tier.name}"` : `${initiative.name}: your application to the tier "${tier.name}" was refused`,
        body: approve ? undefined : `The secretariat wrote: ${application.reason}`,
        link: `/initiatives/${initiative.slug}`,
      });
      await this.activity.record(
        this.activity.byActor(actor, { action: 'TIER_DECIDED', targetType: 'Tier', targetId: tierId, details: { organizationId, approve, reason: application.reason } }),
        manager,
      );
      return application;
    });
  }

  /** The secretariat moves a member to another tier of the same initiative from now on. */
  async move(actor: Actor, organizationId: string, tierId: string): Promise<TierMembershipEntity> {
    requireId(organizationId, 'organizationId');
    const tier = await this.find(tierId);
    await this.access.requireSecretariat(actor, tier.initiativeId);
    const org = await this.dataSource.getRepository(OrganizationEntity).findOneBy({ id: organizationId });
    if (!org) throw notFound('The organization');
    return this.uow.run(async (manager) => {
      const open = await this.openRows(manager, tier.initiativeId, organizationId);
      const current = open.find((r) => r.status === TierApplicationStatus.APPROVED);
      if (!current) throw badInput('organizationId', 'This organization has no tier in this initiative yet; it applies first.');
      if (current.tierId === tierId) throw conflict('The organization is already in this tier.');
      const now = new Date();
      await this.closeCurrent(manager, tier.initiativeId, organizationId, now);
      const row = await manager.save(
        TierMembershipEntity,
        manager.create(TierMembershipEntity, {
          initiativeId: tier.initiativeId,
          organizationId,
          tierId,
          status: TierApplicationStatus.APPROVED,
          reason: 'moved by the secretariat',
          since: now,
          until: null,
          decidedAt: now,
          decidedByUserId: actor.userId,
        }),
      );
      await this.activity.record(
        this.activity.byActor(actor, { action: 'TIER_MOVED', targetType: 'Tier', targetId: tierId, details: { organizationId, from: current.tierId } }),
        manager,
      );
      return row;
    });
  }

  private openRows(manager: EntityManager, initiativeId: string, organizationId: string) {
    return manager.find(TierMembershipEntity, {
      where: [
        { initiativeId, organizationId, status: TierApplicationStatus.PENDING },
        { initiativeId, organizationId, status: TierApplicationStatus.APPROVED, until: IsNull() },
      ],
      lock: { mode: 'pessimistic_write' },
    });
  }

  private async closeCurrent(manager: EntityManager, initiativeId: string, organizationId: string, at: Date) {
    await manager.update(TierMembershipEntity, { initiativeId, organizationId, status: TierApplicationStatus.APPROVED, until: IsNull() }, { until: at });
  }

  private async activateMembership(manager: EntityManager, initiativeId: string, organizationId: string, at: Date) {
    const member = await manager.findOneBy(InitiativeMemberEntity, { initiativeId, organizationId });
    if (member?.status === InitiativeMembershipStatus.ACTIVE) return;
    await manager.save(
      InitiativeMemberEntity,
      Object.assign(member ?? manager.create(InitiativeMemberEntity, { initiativeId, organizationId }), {
        status: InitiativeMembershipStatus.ACTIVE,
        joinedAt: at,
        decidedAt: at,
      }),
    );
  }

  /**
   * Tier memberships of an initiative, newest first. The secretariat sees
   * every organization's; others see their own organization's only.
   */
  async memberships(actor: Actor, initiativeId: string): Promise<TierMembershipEntity[]> {
    const initiative = await this.access.initiative(initiativeId);
    const query = this.dataSource
      .getRepository(TierMembershipEntity)
      .createQueryBuilder('m')
      .where('m.initiative_id = :initiativeId', { initiativeId })
      .orderBy('m.applied_at', 'DESC')
      .addOrderBy('m.id', 'DESC');
    if (!this.access.isSecretariat(actor, initiative)) {
      if (!actor.organizationId) return [];
      query.andWhere('m.organization_id = :org', { org: actor.organizationId });
    }
    return query.getMany();
  }

  /** Dues of one organization for a calendar year, pro-rated to the day per tier period. */
  async duesStatement(actor: Actor, initiativeId: string, organizationId: string | null | undefined, year: number) {
    const initiative = await this.access.initiative(initiativeId);
    const orgId = organizationId ?? actor.organizationId;
    if (!orgId) throw badInput('organizationId', 'Say whose dues to show.');
    requireId(orgId, 'organizationId');
    if (orgId !== actor.organizationId && !this.access.isSecretariat(actor, initiative)) {
      throw forbidden('Members see their own dues only.');
    }
    if (!Number.isInteger(year) || year < 2000 || year > 2100) throw badInput('year', 'year must be between 2000 and 2100.');
    const start = new Date(Date.UTC(year, 0, 1));
    const end = new Date(Date.UTC(year + 1, 0, 1));
    const rows = await this.dataSource
      .getRepository(TierMembershipEntity)
      .createQueryBuilder('m')
      .innerJoinAndMapOne('m.tier', TierEntity, 't', 't.id = m.tier_id')
      .where('m.initiative_id = :initiativeId AND m.organization_id = :orgId AND m.status = :approved', { initiativeId, orgId, approved: TierApplicationStatus.APPROVED })
      .andWhere('m.since < :end AND (m.until IS NULL OR m.until > :start)', { start, end })
      .orderBy('m.since', 'ASC')
      .getMany();
    const periods = rows.map((r) => {
      const tier = (r as TierMembershipEntity & { tier: TierEntity }).tier;
      return {
        tierName: tier.name,
        currency: tier.currency,
        annualFeeMinor: tier.annualFeeMinor,
        from: r.since! < start ? start : r.since!,
        to: !r.until || r.until > end ? end : r.until,
      };
    });
    return { organizationId: orgId, year, periods, statement: dueStatement(periods) };
  }
}
