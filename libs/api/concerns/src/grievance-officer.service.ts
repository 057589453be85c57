import { ActivityLog, Actor, UnitOfWork, badInput, forbidden, notFound, requireId } from '@commonground/api-core';
import { InitiativeEntity, NotificationService, OrganizationMembershipEntity, UserEntity } from '@commonground/api-identity';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { GrievanceOfficerEntity } from './concerns.entities';
import { ConcernPolicy } from './concerns.policy';

/**
 * Grievance officers: people of an initiative's secretariat that it names to
 * handle the concerns reaching the initiative's members (triage, the
 * reporter's identity, sharing evidence). Named by the secretariat's owners
 * and administrators, among the secretariat's own members.
 */
@Injectable()
export class GrievanceOfficerService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly uow: UnitOfWork,
    private readonly policy: ConcernPolicy,
    private readonly notifications: NotificationService,
    private readonly activity: ActivityLog,
  ) {}

  private async initiative(actor: Actor, initiativeId: string): Promise<InitiativeEntity> {
    requireId(initiativeId, 'initiativeId');
    const initiative = await this.dataSource.getRepository(InitiativeEntity).findOneBy({ id: initiativeId });
    if (!initiative) throw notFound('The initiative');
    if (!this.policy.canNameOfficers(actor, initiative)) throw forbidden("Only the owners and administrators of the initiative's secretariat name its grievance officers.");
    return initiative;
  }

  async list(actor: Actor, initiativeId: string): Promise<Array<GrievanceOfficerEntity & { user: UserEntity }>> {
    await this.initiative(actor, initiativeId);
    return this.dataSource.getRepository(GrievanceOfficerEntity).find({ where: { initiativeId }, relations: { user: true }, order: { createdAt: 'ASC' } }) as Promise<Array<GrievanceOfficerEntity & { user: UserEntity }>>;
  }

  async name(actor: Actor, initiativeId: string, email: string) {
    const initiative = await this.initiative(actor, initiativeId);
    const address = email?.trim().toLowerCase();
    if (!address) throw badInput('email', 'Give the e-mail address of a member of your secretariat.');
    const member = await this.dataSource
      .getRepository(OrganizationMembershipEntity)
      .createQueryBuilder('m')
      .innerJoin(UserEntity, 'u', 'u.id = m.user_id')
      .where('m.organization_id = :org AND lower(u.email) = :email', { org: initiative.secretariatOrganizationId, email: address })
      .getOne();
    if (!member) throw badInput('email', 'A grievance officer is a member of the secretariat organization: invite the person first.');
    await this.uow.run(async (manager) => {
      const inserted = await manager.query(`INSERT INTO grievance_officers (initiative_id, user_id, named_by_user_id) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING RETURNING user_id`, [initiative.id, member.userId, actor.userId]);
      if (!inserted.length) return;
      await this.activity.record(this.activity.byActor(actor, { action: 'GRIEVANCE_OFFICER_NAMED', targetType: 'Initiative', targetId: initiative.id, details: { userId: member.userId } }), manager);
      await this.notifications.notifyUsers(manager, [member.userId], {
        kind: 'GRIEVANCE_OFFICER_NAMED',
        title: `You are a grievance officer of ${initiative.name}`,
        body: `You now handle the community concerns that reach the members of ${initiative.name}: triage them, keep the reporters safe and steer the cases.`,
        link: '/concerns/cases',
      });
    });
    return this.list(actor, initiativeId);
  }

  async remove(actor: Actor, initiativeId: string, userId: string) {
    const initiative = await this.initiative(actor, initiativeId);
    requireId(userId, 'userId');
    await this.uow.run(async (manager) => {
      const result = await manager.delete(GrievanceOfficerEntity, { initiativeId: initiative.id, userId });
      if (result.affected) await this.activity.record(this.activity.byActor(actor, { action: 'GRIEVANCE_OFFICER_REMOVED', targetType: 'Initiative', targetId: initiative.id, details: { userId } }), manager);
    });
    return this.list(actor, initiativeId);
  }
}
