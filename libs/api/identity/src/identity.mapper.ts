import type { MailMessage } from '@commonground/api-core';
import { ActivityEntry } from '@commonground/api-core';
import {
  ActivityEntryObject,
  Initiative,
  InitiativeMember,
  Invitation,
  InvitationStatus,
  MailMessageObject,
  Organization,
  User,
} from './dto/identity.objects';
import type { InitiativeMemberEntity } from './initiative-member.entity';
import type { InitiativeEntity } from './initiative.entity';
import type { InvitationEntity } from './invitation.entity';
import type { OrganizationEntity } from './organization.entity';
import type { UserEntity } from './user.entity';

export const toUser = (u: UserEntity): User => ({ id: u.id, email: u.email, name: u.name, locale: u.locale });

export const toOrganization = (o: OrganizationEntity): Organization => ({
  id: o.id,
  name: o.name,
  slug: o.slug,
  kind: o.kind,
  country: o.country,
  sizeBand: o.sizeBand,
  website: o.website,
  verified: o.verified,
});

export const toInitiative = (i: InitiativeEntity): Initiative => ({
  id: i.id,
  name: i.name,
  slug: i.slug,
  description: i.description,
  secretariatOrganizationId: i.secretariatOrganizationId,
});

export const toInitiativeMember = (m: InitiativeMemberEntity): InitiativeMember => ({
  status: m.status,
  joinedAt: m.joinedAt,
  initiativeId: m.initiativeId,
  organizationId: m.organizationId,
});

export function invitationStatus(i: InvitationEntity, now = new Date()): InvitationStatus {
  if (i.revokedAt) return InvitationStatus.REVOKED;
  if (i.acceptedAt) return InvitationStatus.ACCEPTED;
  if (i.expiresAt <= now) return InvitationStatus.EXPIRED;
  return InvitationStatus.PENDING;
}

export const toInvitation = (i: InvitationEntity, invitedBy: UserEntity | null): Invitation => ({
  id: i.id,
  email: i.email,
  role: i.role,
  status: invitationStatus(i),
  expiresAt: i.expiresAt,
  createdAt: i.createdAt,
  invitedBy: invitedBy ? toUser(invitedBy) : null,
});

export const toMailMessage = (m: MailMessage): MailMessageObject => ({
  id: m.id,
  to: m.to,
  subject: m.subject,
  text: m.text,
  createdAt: m.createdAt,
  sentAt: m.sentAt,
  transport: m.transport ?? 'QUEUED',
});

export const toActivityEntry = (e: ActivityEntry): ActivityEntryObject => ({
  id: e.id,
  at: e.at,
  action: e.action,
  user: null,
  organization: null,
  targetType: e.targetType,
  targetId: e.targetId,
  details: e.details,
  userId: e.userId,
  organizationId: e.organizationId,
});
