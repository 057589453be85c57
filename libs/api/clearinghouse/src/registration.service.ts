import { Actor, UnitOfWork, conflict, forbidden, notFound, requireId } from '@commonground/api-core';
import { NotificationService } from '@commonground/api-identity';
import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, In } from 'typeorm';
import { OpportunityEntity, OpportunityStatus, REGISTRABLE_KINDS, RegistrationEntity, RegistrationStatus } from './clearinghouse.entities';
import { OpportunityService, originalTitle } from './opportunity.service';

export interface AttendeeRow {
  registrationId: string;
  status: RegistrationStatus;
  name: string;
  email: string;
  organization: string | null;
  registeredAt: Date;
  confirmedAt: Date | null;
}

/**
 * Seats at events, webinars and delegations. The opportunity row is locked
 * while seats are counted, so two people cannot take the last seat; a
 * cancelled seat goes to the first person waiting, who is told.
 */
@Injectable()
export class RegistrationService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly uow: UnitOfWork,
    private readonly opportunities: OpportunityService,
    private readonly notifications: NotificationService,
  ) {}

  private async lockOpportunity(manager: EntityManager, actor: Actor, id: string): Promise<OpportunityEntity> {
    const o = await manager.findOne(OpportunityEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!o || !this.opportunities.canSee(actor, o)) throw notFound('The opportunity');
    return o;
  }

  private confirmedCount(manager: EntityManager, opportunityId: string): Promise<number> {
    return manager.countBy(RegistrationEntity, { opportunityId, status: RegistrationStatus.CONFIRMED });
  }

  async register(actor: Actor, id: string, now = new Date()): Promise<RegistrationEntity> {
    requireId(id, 'id');
    return this.uow.run(async (manager) => {
      const o = await this.lockOpportunity(manager, actor, id);
      if (!REGISTRABLE_KINDS.includes(o.kind)) throw conflict('Only events, webinars and delegations take registrations.');
      if (o.status !== OpportunityStatus.PUBLISHED) throw conflict('Registration is closed.');
      if (o.deadline && o.deadline < now) throw conflict('The registration deadline has passed.');
      const existing = await manager.findOne(RegistrationEntity, { where: { opportunityId: id, userId: actor.userId, status: In([RegistrationStatus.CONFIRMED, RegistrationStatus.WAITLISTED]) } });
      if (existing) return existing;
      const full = o.seatLimit !== null && (await this.confirmedCount(manager, id)) >= o.seatLimit;
      const status = full ? RegistrationStatus.WAITLISTED : RegistrationStatus.CONFIRMED;
      return manager.save(
        RegistrationEntity,
        manager.create(RegistrationEntity, { opportunityId: id, userId: actor.userId, organizationId: actor.organizationId, status, confirmedAt: full ? null : now }),
      );
    });
  }

  /** The registrant cancels (or the organizer cancels someone's seat); the first waiting person is promoted. */
  async cancel(actor: Actor, registrationId: string, now = new Date()): Promise<RegistrationEntity> {
    requireId(registrationId, 'id');
    return this.uow.run(async (manager) => {
      const found = await manager.findOneBy(RegistrationEntity, { id: registrationId });
      if (!found) throw notFound('The registration');
      const o = await this.lockOpportunity(manager, actor, found.opportunityId);
      const organizer = o.ownerOrganizationId === actor.organizationId;
      if (found.userId !== actor.userId && !organizer) throw notFound('The registration');
      const registration = await manager.findOneByOrFail(RegistrationEntity, { id: registrationId });
      if (registration.status === RegistrationStatus.CANCELLED) return registration;
      const hadSeat = registration.status === RegistrationStatus.CONFIRMED;
      Object.assign(registration, { status: RegistrationStatus.CANCELLED, cancelledAt: now });
      await manager.save(RegistrationEntity, registration);
      if (hadSeat) await this.promote(manager, o, now);
      return registration;
    });
  }

  /** Gives free seats to those waiting, first come first served, and tells them. */
  private async promote(manager: EntityManager, o: OpportunityEntity, now: Date) {
    const free = o.seatLimit === null ? Number.MAX_SAFE_INTEGER : o.seatLimit - (await this.confirmedCount(manager, o.id));
    if (free <= 0) return;
    const waiting = await manager.find(RegistrationEntity, {
      where: { opportunityId: o.id, status: RegistrationStatus.WAITLISTED },
      order: { createdAt: 'ASC', id: 'ASC' },
      take: Math.min(free, 1000),
    });
    if (!waiting.length) return;
    await manager.update(RegistrationEntity, { id: In(waiting.map((w) => w.id)) }, { status: RegistrationStatus.CONFIRMED, confirmedAt: now });
    await this.notifications.notifyUsers(manager, waiting.map((w) => w.userId), {
      kind: 'REGISTRATION_CONFIRMED',
      title: `A seat is yours: “${originalTitle(o)}”`,
      body: `A seat became free and your registration moved from the waiting list to confirmed.`,
      link: `/calls/${o.id}`,
    });
  }

  /** The organizer's list of people registered, in order (confirmed and waiting; cancelled last). */
  async attendees(actor: Actor, opportunityId: string): Promise<AttendeeRow[]> {
    const o = await this.opportunities.find(actor, opportunityId, 'opportunityId');
    if (o.ownerOrganizationId !== actor.organizationId) throw forbidden('Only the organizer sees who registered.');
    const rows: Array<{ id: string; status: RegistrationStatus; name: string; email: string; organization: string | null; created_at: Date; confirmed_at: Date | null }> = await this.dataSource.query(
      `SELECT r.id, r.status, u.name AS name, u.email, org.name AS organization, r.created_at, r.confirmed_at
         FROM opportunity_registrations r
         JOIN users u ON u.id = r.user_id
         LEFT JOIN organizations org ON org.id = r.organization_id
        WHERE r.opportunity_id = $1
        ORDER BY CASE r.status WHEN 'CONFIRMED' THEN 0 WHEN 'WAITLISTED' THEN 1 ELSE 2 END, r.created_at, r.id`,
      [o.id],
    );
    return rows.map((r) => ({ registrationId: r.id, status: r.status, name: r.name, email: r.email, organization: r.organization, registeredAt: r.created_at, confirmedAt: r.confirmed_at }));
  }
}
