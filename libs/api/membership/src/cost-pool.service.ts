import {
  APP_CONFIG,
  Actor,
  ActivityLog,
  AppConfig,
  MailService,
  MoneyInput,
  UnitOfWork,
  badInput,
  conflict,
  forbidden,
  isAdminRole,
  notFound,
  requireId,
} from '@commonground/api-core';
import { InitiativeMemberEntity, OrganizationEntity, OrganizationMembershipEntity, UserEntity } from '@commonground/api-identity';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource, EntityManager, In } from 'typeorm';
import { CostPoolEntity, PoolInvitationEntity, PoolParticipantEntity, PoolPaymentEntity, PoolShareChangeEntity, PoolStatus } from './cost-pool.entity';
import { CostPoolInput } from './dto/membership.inputs';
import { InitiativeAccess } from './initiative-access';
import { SplitParticipant, previewShare, splitPool } from './split';
import { TierApplicationStatus, TierMembershipEntity } from './tier-membership.entity';
import { TierEntity } from './tier.entity';
import { validMoney } from './tier.service';

/** Cost pools: open, join (re-split with credits), record payments, close. */
@Injectable()
export class CostPoolService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly uow: UnitOfWork,
    private readonly access: InitiativeAccess,
    private readonly activity: ActivityLog,
    private readonly mail: MailService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async open(actor: Actor, input: CostPoolInput): Promise<CostPoolEntity> {
    const initiative = await this.access.requireSecretariat(actor, input.initiativeId, 'input.initiativeId');
    validMoney(input.total, 'input.total');
    if (input.total.amountMinor === 0) throw badInput('input.total.amountMinor', 'A pool needs a total above zero.');
    if (input.joinDeadline && input.joinDeadline <= new Date()) throw badInput('input.joinDeadline', 'The deadline to join must be in the future.');
    const invited = [...new Set(input.inviteOrganizationIds ?? [])];
    return this.uow.run(async (manager) => {
      if (invited.length) {
        const found = await manager.findBy(OrganizationEntity, { id: In(invited) });
        const missing = invited.filter((id) => !found.some((o) => o.id === id));
        if (missing.length) throw badInput('input.inviteOrganizationIds', `Unknown organizations: ${missing.join(', ')}.`);
      }
      const pool = await manager.save(
        CostPoolEntity,
        manager.create(CostPoolEntity, {
          initiativeId: initiative.id,
          purpose: input.purpose.trim(),
          totalMinor: input.total.amountMinor,
          currency: input.total.currency,
          status: PoolStatus.OPEN,
          joinDeadline: input.joinDeadline ?? null,
          jointAuditId: input.jointAuditId ?? null,
          openedByOrganizationId: actor.organizationId!,
          uncoveredMinor: input.total.amountMinor,
        }),
      );
      if (invited.length) {
        await manager.insert(PoolInvitationEntity, invited.map((organizationId) => ({ poolId: pool.id, organizationId })));
        await this.mailAdmins(manager, invited, {
          subject: `${initiative.name}: you are invited to share "${pool.purpose}"`,
          text: `${initiative.name} invites your organization to share the cost of "${pool.purpose}".\n\nSee your share before you decide:\n${this.config.publicUrl}/pools/${pool.id}`,
        });
      }
      await this.activity.record(this.activity.byActor(actor, { action: 'POOL_OPENED', targetType: 'CostPool', targetId: pool.id, details: { invited: invited.length } }), manager);
      return pool;
    });
  }

  /** The tier weight and caps an organization brings into a pool of this initiative (weight 1 without a tier). */
  private async participantTerms(manager: EntityManager, pool: CostPoolEntity, organizationId: string): Promise<Omit<SplitParticipant, 'id'> & { tierId: string | null }> {
    const current = await manager
      .createQueryBuilder(TierMembershipEntity, 'm')
      .innerJoinAndMapOne('m.tier', TierEntity, 't', 't.id = m.tier_id')
      .where('m.initiative_id = :i AND m.organization_id = :o AND m.status = :s AND m.until IS NULL', {
        i: pool.initiativeId,
        o: organizationId,
        s: TierApplicationStatus.APPROVED,
      })
      .getOne();
    const tier = (current as (TierMembershipEntity & { tier: TierEntity }) | null)?.tier;
    if (!tier) return { tierId: null, weight: 1, capAmount: null, capPercent: null };
    // an absolute cap counts only in its own currency
    return { tierId: tier.id, weight: tier.weight, capAmount: tier.currency === pool.currency ? tier.capAmountMinor : null, capPercent: tier.capPercent };
  }

  async join(actor: Actor, poolId: string): Promise<CostPoolEntity> {
    if (!isAdminRole(actor.role)) throw forbidden('Only owners and administrators commit their organization to a pool.');
    const pool = await this.find(poolId, 'id');
    await this.requireCanJoin(actor, pool);
    return this.uow.run(async (manager) => {
      const locked = await manager.findOne(CostPoolEntity, { where: { id: pool.id }, lock: { mode: 'pessimistic_write' } });
      if (!locked) throw notFound('The pool');
      this.refuseClosed(locked);
      const participants = await manager.find(PoolParticipantEntity, { where: { poolId: pool.id }, order: { joinedAt: 'ASC', organizationId: 'ASC' } });
      if (participants.some((p) => p.organizationId === actor.organizationId)) throw conflict('Your organization is already in this pool.');
      const terms = await this.participantTerms(manager, locked, actor.organizationId!);
      const joiner = manager.create(PoolParticipantEntity, {
        poolId: pool.id,
        organizationId: actor.organizationId!,
        tierId: terms.tierId,
        weight: terms.weight,
        capAmountMinor: terms.capAmount ?? null,
        capPercent: terms.capPercent ?? null,
        amountMinor: 0,
        capped: false,
        paidMinor: 0,
      });
      const everyone = [...participants, joiner];
      const split = splitPool(locked.totalMinor, everyone.map(toSplitParticipant));
      const changes: Partial<PoolShareChangeEntity>[] = [];
      for (const [i, participant] of everyone.entries()) {
        const share = split.shares[i];
        const isJoiner = participant === joiner;
        if (!isJoiner && share.amount !== participant.amountMinor) {
          changes.push({ poolId: pool.id, organizationId: participant.organizationId, previousMinor: participant.amountMinor, amountMinor: share.amount, cause: 'RESPLIT', causedByOrganizationId: actor.organizationId });
        }
        if (isJoiner) changes.push({ poolId: pool.id, organizationId: participant.organizationId, previousMinor: null, amountMinor: share.amount, cause: 'JOINED', causedByOrganizationId: actor.organizationId });
        participant.amountMinor = share.amount;
        participant.capped = share.capped;
      }
      await manager.save(PoolParticipantEntity, everyone);
      if (changes.length) await manager.insert(PoolShareChangeEntity, changes);
      locked.uncoveredMinor = split.uncovered;
      await manager.save(CostPoolEntity, locked);
      const resplit = changes.filter((c) => c.cause === 'RESPLIT').map((c) => c.organizationId!);
      if (resplit.length) {
        await this.mailAdmins(manager, resplit, {
          subject: `Your share of "${locked.purpose}" went down`,
          text: `Another organization joined "${locked.purpose}", so the cost was split again and your share is lower. Anything you paid beyond your new share is a credit.\n\n${this.config.publicUrl}/pools/${locked.id}`,
        });
      }
      await this.activity.record(this.activity.byActor(actor, { action: 'POOL_JOINED', targetType: 'CostPool', targetId: pool.id }), manager);
      return locked;
    });
  }

  async recordPayment(actor: Actor, poolId: string, organizationId: string, amount: MoneyInput): Promise<CostPoolEntity> {
    const pool = await this.find(poolId);
    await this.access.requireSecretariat(actor, pool.initiativeId, 'poolId');
    requireId(organizationId, 'organizationId');
    validMoney(amount, 'amount');
    if (amount.currency !== pool.currency) throw badInput('amount.currency', `This pool is in ${pool.currency}; record the payment in ${pool.currency}.`);
    if (amount.amountMinor === 0) throw badInput('amount.amountMinor', 'A payment is above zero.');
    return this.uow.run(async (manager) => {
      const participant = await manager.findOne(PoolParticipantEntity, { where: { poolId, organizationId }, lock: { mode: 'pessimistic_write' } });
      if (!participant) throw badInput('organizationId', 'This organization is not a participant of the pool.');
      participant.paidMinor += amount.amountMinor;
      await manager.save(PoolParticipantEntity, participant);
      await manager.insert(PoolPaymentEntity, { poolId, organizationId, amountMinor: amount.amountMinor, currency: amount.currency, recordedByUserId: actor.userId });
      await this.activity.record(this.activity.byActor(actor, { action: 'POOL_PAYMENT_RECORDED', targetType: 'CostPool', targetId: poolId, details: { organizationId, amountMinor: amount.amountMinor } }), manager);
      return pool;
    });
  }

  /** The secretariat pays back (part of) a participant's credit; recorded as a negative payment. */
  async refundCredit(actor: Actor, poolId: string, organizationId: string, amount: MoneyInput): Promise<CostPoolEntity> {
    const pool = await this.find(poolId);
    await this.access.requireSecretariat(actor, pool.initiativeId, 'poolId');
    requireId(organizationId, 'organizationId');
    validMoney(amount, 'amount');
    if (amount.currency !== pool.currency) throw badInput('amount.currency', `This pool is in ${pool.currency}.`);
    return this.uow.run(async (manager) => {
      const participant = await manager.findOne(PoolParticipantEntity, { where: { poolId, organizationId }, lock: { mode: 'pessimistic_write' } });
      if (!participant) throw badInput('organizationId', 'This organization is not a participant of the pool.');
      const credit = Math.max(0, participant.paidMinor - participant.amountMinor);
      if (amount.amountMinor <= 0 || amount.amountMinor > credit) throw badInput('amount.amountMinor', `The refund must be above zero and at most the credit (${credit} minor units).`);
      participant.paidMinor -= amount.amountMinor;
      await manager.save(PoolParticipantEntity, participant);
      await manager.insert(PoolPaymentEntity, { poolId, organizationId, amountMinor: -amount.amountMinor, currency: amount.currency, recordedByUserId: actor.userId });
      await this.activity.record(this.activity.byActor(actor, { action: 'POOL_CREDIT_REFUNDED', targetType: 'CostPool', targetId: poolId, details: { organizationId, amountMinor: amount.amountMinor } }), manager);
      return pool;
    });
  }

  async close(actor: Actor, poolId: string): Promise<CostPoolEntity> {
    const pool = await this.find(poolId, 'id');
    await this.access.requireSecretariat(actor, pool.initiativeId, 'id');
    if (pool.status === PoolStatus.CLOSED) return pool;
    pool.status = PoolStatus.CLOSED;
    await this.uow.run(async (manager) => {
      await manager.update(CostPoolEntity, { id: pool.id }, { status: PoolStatus.CLOSED });
      await this.activity.record(this.activity.byActor(actor, { action: 'POOL_CLOSED', targetType: 'CostPool', targetId: pool.id }), manager);
    });
    return pool;
  }

  /** Closes every open pool whose deadline to join has passed (a scheduled job). */
  async closeExpired(now = new Date()): Promise<number> {
    const result = await this.dataSource
      .createQueryBuilder()
      .update(CostPoolEntity)
      .set({ status: PoolStatus.CLOSED })
      .where('status = :open AND join_deadline IS NOT NULL AND join_deadline <= :now', { open: PoolStatus.OPEN, now })
      .execute();
    return result.affected ?? 0;
  }

  /** What the actor's organization would pay if it joined now, and what it saves against paying alone. */
  async preview(actor: Actor, poolId: string) {
    const pool = await this.find(poolId);
    await this.requireCanSee(actor, pool);
    const participants = await this.dataSource.getRepository(PoolParticipantEntity).find({ where: { poolId }, order: { joinedAt: 'ASC', organizationId: 'ASC' } });
    const already = participants.find((p) => p.organizationId === actor.organizationId);
    if (already) {
      return { share: already.amountMinor, capped: already.capped, aloneCost: pool.totalMinor, saving: pool.totalMinor - already.amountMinor, participantsAfterJoining: participants.length, currency: pool.currency };
    }
    const terms = await this.participantTerms(this.dataSource.manager, pool, actor.organizationId!);
    const result = previewShare(pool.totalMinor, participants.map(toSplitParticipant), { id: actor.organizationId!, ...terms });
    return { ...result, participantsAfterJoining: participants.length + 1, currency: pool.currency };
  }

  async find(id: string, field = 'poolId'): Promise<CostPoolEntity> {
    requireId(id, field);
    const pool = await this.dataSource.getRepository(CostPoolEntity).findOneBy({ id });
    if (!pool) throw notFound('The pool');
    return pool;
  }

  /** A pool as the actor may see it, or null (never reveals that an invisible pool exists). */
  async get(actor: Actor, id: string): Promise<CostPoolEntity | null> {
    const pool = await this.find(id, 'id').catch(() => null);
    if (!pool) return null;
    return (await this.canSee(actor, pool)) ? pool : null;
  }

  /** Pools the actor may see: of its initiatives, those it participates in or was invited to. */
  async list(actor: Actor, initiativeId?: string | null): Promise<CostPoolEntity[]> {
    if (initiativeId) requireId(initiativeId, 'initiativeId');
    const query = this.dataSource
      .getRepository(CostPoolEntity)
      .createQueryBuilder('p')
      .where(
        `(p.initiative_id = ANY(CAST(:inits AS uuid[]))
          OR EXISTS (SELECT 1 FROM cost_pool_participants pp WHERE pp.pool_id = p.id AND pp.organization_id = :org)
          OR EXISTS (SELECT 1 FROM cost_pool_invitations pi WHERE pi.pool_id = p.id AND pi.organization_id = :org))`,
        { inits: [...actor.initiativeIds], org: actor.organizationId },
      )
      .orderBy('p.created_at', 'DESC');
    if (initiativeId) query.andWhere('p.initiative_id = :initiativeId', { initiativeId });
    return query.getMany();
  }

  async canSee(actor: Actor, pool: CostPoolEntity): Promise<boolean> {
    if (this.access.isMember(actor, pool.initiativeId)) return true;
    if (!actor.organizationId) return false;
    const [row] = await this.dataSource.query(
      `SELECT 1 FROM cost_pool_participants WHERE pool_id = $1 AND organization_id = $2
       UNION ALL SELECT 1 FROM cost_pool_invitations WHERE pool_id = $1 AND organization_id = $2 LIMIT 1`,
      [pool.id, actor.organizationId],
    );
    return !!row;
  }

  private async requireCanSee(actor: Actor, pool: CostPoolEntity) {
    if (!(await this.canSee(actor, pool))) throw notFound('The pool');
  }

  private refuseClosed(pool: CostPoolEntity) {
    if (pool.status === PoolStatus.CLOSED || (pool.joinDeadline && pool.joinDeadline <= new Date())) {
      throw badInput('id', 'This pool is closed; it no longer takes participants.', { reason: 'POOL_CLOSED' });
    }
  }

  private async requireCanJoin(actor: Actor, pool: CostPoolEntity) {
    await this.requireCanSee(actor, pool);
    this.refuseClosed(pool);
    const initiative = await this.access.initiative(pool.initiativeId);
    if (initiative.secretariatOrganizationId === actor.organizationId) throw badInput('id', 'The secretariat runs the pool; it does not join it.');
    const member = await this.dataSource.getRepository(InitiativeMemberEntity).findOneBy({ initiativeId: pool.initiativeId, organizationId: actor.organizationId! });
    const invited = await this.dataSource.getRepository(PoolInvitationEntity).existsBy({ poolId: pool.id, organizationId: actor.organizationId! });
    if (member?.status !== 'ACTIVE' && !invited) throw forbidden('Only active members of the initiative, or invited organizations, join its pools.');
  }

  async participantCount(poolId: string): Promise<number> {
    return this.dataSource.getRepository(PoolParticipantEntity).countBy({ poolId });
  }

  /** The history of one participant's share, for its statement. */
  async shareHistory(actor: Actor, pool: CostPoolEntity, organizationId: string) {
    const initiative = await this.access.initiative(pool.initiativeId);
    if (organizationId !== actor.organizationId && !this.access.isSecretariat(actor, initiative)) throw forbidden('Members see their own statements only.');
    const [changes, payments] = await Promise.all([
      this.dataSource.getRepository(PoolShareChangeEntity).find({ where: { poolId: pool.id, organizationId }, order: { at: 'ASC', id: 'ASC' } }),
      this.dataSource.getRepository(PoolPaymentEntity).find({ where: { poolId: pool.id, organizationId }, order: { recordedAt: 'ASC' } }),
    ]);
    return { changes, payments };
  }

  private async mailAdmins(manager: EntityManager, organizationIds: string[], mail: { subject: string; text: string }) {
    const admins = await manager
      .createQueryBuilder(OrganizationMembershipEntity, 'm')
      .innerJoinAndMapOne('m.user', UserEntity, 'u', 'u.id = m.user_id')
      .where('m.organization_id IN (:...ids) AND m.role IN (:...roles)', { ids: organizationIds, roles: ['OWNER', 'ADMIN'] })
      .getMany();
    for (const m of admins) await this.mail.queue(manager, { to: m.user!.email, ...mail });
  }
}

export const toSplitParticipant = (p: PoolParticipantEntity): SplitParticipant => ({
  id: p.organizationId,
  weight: p.weight,
  capAmount: p.capAmountMinor,
  capPercent: p.capPercent,
});

