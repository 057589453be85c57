import {
  APP_CONFIG,
  Actor,
  ActivityLog,
  AppConfig,
  MailService,
  OrganizationRole,
  UnitOfWork,
  badInput,
  conflict,
  forbidden,
  notFound,
  requireId,
} from '@commonground/api-core';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource, EntityManager, In, IsNull, MoreThan } from 'typeorm';
import { InvitationStatus } from './dto/identity.objects';
import { InviteMemberInput } from './dto/identity.inputs';
import { invitationStatus } from './identity.mapper';
import { InvitationEntity } from './invitation.entity';
import { OrganizationMembershipEntity } from './organization-membership.entity';
import { OrganizationEntity } from './organization.entity';
import { OrganizationService } from './organization.service';
import { SessionService, hashToken, newToken } from './session.service';
import { UserEntity } from './user.entity';

export const INVITATION_TTL_DAYS = 7;

/** Invitations to join an organization, sent by e-mail with a one-time link. */
@Injectable()
export class InvitationService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly uow: UnitOfWork,
    private readonly organizations: OrganizationService,
    private readonly sessions: SessionService,
    private readonly mail: MailService,
    private readonly activity: ActivityLog,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async invite(actor: Actor, input: InviteMemberInput): Promise<void> {
    requireId(input.organizationId, 'input.organizationId');
    const actorRole = await this.organizations.requireAdmin(actor, input.organizationId);
    if (input.role === OrganizationRole.OWNER && actorRole !== OrganizationRole.OWNER) {
      throw forbidden('Only an owner can invite another owner.');
    }
    const email = input.email.trim().toLowerCase();
    const token = newToken();
    await this.uow.run(async (manager) => {
      const org = await manager.findOneByOrFail(OrganizationEntity, { id: input.organizationId });
      const alreadyMember = await manager
        .createQueryBuilder(OrganizationMembershipEntity, 'm')
        .innerJoin(UserEntity, 'u', 'u.id = m.user_id')
        .where('m.organization_id = :org AND u.email = :email', { org: org.id, email })
        .getExists();
      if (alreadyMember) throw conflict(`${email} is already a member of ${org.name}.`, { field: 'input.email' });
      // a new invitation replaces a pending one to the same address
      await manager.update(
        InvitationEntity,
        { organizationId: org.id, email, acceptedAt: IsNull(), revokedAt: IsNull() },
        { revokedAt: new Date() },
      );
      const inviter = await manager.findOneByOrFail(UserEntity, { id: actor.userId });
      const invitation = await manager.save(
        InvitationEntity,
        manager.create(InvitationEntity, {
          organizationId: org.id,
          email,
          role: input.role,
          tokenHash: hashToken(token),
          invitedByUserId: actor.userId,
          expiresAt: new Date(Date.now() + INVITATION_TTL_DAYS * 86_400_000),
          acceptedAt: null,
          revokedAt: null,
        }),
      );
      const link = `${this.config.publicUrl}/invitations/${token}`;
      await this.mail.queue(manager, {
        to: email,
        subject: `${inviter.name} invites you to join ${org.name} on Common Ground`,
        text: [
          `Hello,`,
          ``,
          `${inviter.name} invites you to join ${org.name} on Common Ground as ${input.role.toLowerCase()}.`,
          ``,
          `Accept the invitation here (valid for ${INVITATION_TTL_DAYS} days):`,
          link,
          ``,
          `If you do not know ${inviter.name} or ${org.name}, you can ignore this e-mail.`,
        ].join('\n'),
      });
      await this.activity.record(
        this.activity.byActor(actor, { action: 'INVITATION_SENT', organizationId: org.id, targetType: 'Invitation', targetId: invitation.id, details: { email, role: input.role } }),
        manager,
      );
    });
  }

  /** What an invitation link shows before it is accepted; null for an unknown token. */
  async preview(token: string): Promise<{ invitation: InvitationEntity; organization: OrganizationEntity } | null> {
    if (token.length > 100) return null;
    const invitation = await this.dataSource
      .getRepository(InvitationEntity)
      .findOne({ where: { tokenHash: hashToken(token) }, relations: { organization: true } });
    if (!invitation) return null;
    return { invitation, organization: invitation.organization! };
  }

  /**
   * Accepts an invitation inside a running transaction and returns the
   * organization joined. Expired, revoked and used tokens are refused.
   */
  async acceptWithin(manager: EntityManager, userId: string, email: string, token: string, field = 'token'): Promise<string> {
    const invitation = await manager.findOne(InvitationEntity, {
      where: { tokenHash: hashToken(token) },
      lock: { mode: 'pessimistic_write' },
    });
    if (!invitation) throw badInput(field, 'This invitation link is not valid.');
    const status = invitationStatus(invitation);
    if (status === InvitationStatus.ACCEPTED) throw badInput(field, 'This invitation has already been used.', { reason: 'INVITATION_USED' });
    if (status === InvitationStatus.REVOKED) throw badInput(field, 'This invitation was withdrawn.', { reason: 'INVITATION_REVOKED' });
    if (status === InvitationStatus.EXPIRED) throw badInput(field, 'This invitation has expired. Ask for a new one.', { reason: 'INVITATION_EXPIRED' });
    const existing = await manager.findOneBy(OrganizationMembershipEntity, { userId, organizationId: invitation.organizationId });
    if (!existing) await manager.insert(OrganizationMembershipEntity, { userId, organizationId: invitation.organizationId, role: invitation.role });
    await manager.update(InvitationEntity, { id: invitation.id }, { acceptedAt: new Date(), acceptedByUserId: userId });
    await this.activity.record(
      { action: 'INVITATION_ACCEPTED', userId, organizationId: invitation.organizationId, targetType: 'Invitation', targetId: invitation.id, details: { email, role: invitation.role } },
      manager,
    );
    return invitation.organizationId;
  }

  /** Accepts for the signed-in user and makes that organization the active one. */
  async accept(actor: Actor, token: string): Promise<void> {
    await this.uow.run(async (manager) => {
      const user = await manager.findOneByOrFail(UserEntity, { id: actor.userId });
      const organizationId = await this.acceptWithin(manager, actor.userId, user.email, token);
      await this.sessions.switchOrganization(actor.sessionId, organizationId, manager);
    });
  }

  async pending(actor: Actor, organizationId: string): Promise<Array<{ invitation: InvitationEntity; invitedBy: UserEntity | null }>> {
    requireId(organizationId, 'organizationId');
    await this.organizations.requireAdmin(actor, organizationId);
    const invitations = await this.dataSource.getRepository(InvitationEntity).find({
      where: { organizationId, acceptedAt: IsNull(), revokedAt: IsNull(), expiresAt: MoreThan(new Date()) },
      order: { createdAt: 'DESC' },
    });
    const inviterIds = [...new Set(invitations.map((i) => i.invitedByUserId).filter((id): id is string => !!id))];
    const inviters = inviterIds.length ? await this.dataSource.getRepository(UserEntity).findBy({ id: In(inviterIds) }) : [];
    return invitations.map((invitation) => ({ invitation, invitedBy: inviters.find((u) => u.id === invitation.invitedByUserId) ?? null }));
  }

  async revoke(actor: Actor, id: string): Promise<void> {
    requireId(id, 'id');
    const invitation = await this.dataSource.getRepository(InvitationEntity).findOneBy({ id });
    if (!invitation) throw notFound('The invitation');
    await this.organizations.requireAdmin(actor, invitation.organizationId);
    if (invitationStatus(invitation) !== InvitationStatus.PENDING) throw badInput('id', 'Only a pending invitation can be withdrawn.');
    await this.uow.run(async (manager) => {
      await manager.update(InvitationEntity, { id }, { revokedAt: new Date() });
      await this.activity.record(
        this.activity.byActor(actor, { action: 'INVITATION_REVOKED', organizationId: invitation.organizationId, targetType: 'Invitation', targetId: id }),
        manager,
      );
    });
  }
}
