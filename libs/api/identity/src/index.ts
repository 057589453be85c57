// The public face of @commonground/api-identity.
export * from './identity.module';
export * from './dto/identity.objects';
export * from './dto/visibility-rule.object';
export * from './identity.mapper';
export * from './identity.loaders';
export * from './organization.service';
export * from './initiative.service';
export * from './session.service';
export * from './account.service';
export * from './password';
export * from './slug';
export * from './notification.service';
export { NotificationEntity } from './notification.entity';
export { UserEntity } from './user.entity';
export { OrganizationEntity } from './organization.entity';
export { OrganizationMembershipEntity } from './organization-membership.entity';
export { InitiativeEntity } from './initiative.entity';
export { InitiativeMemberEntity } from './initiative-member.entity';
export { InvitationEntity } from './invitation.entity';
export { SessionEntity } from './session.entity';
export { RateLimitCounter } from './rate-limit.entity';
export { RateLimiter } from './rate-limiter.service';

import { InitiativeMemberEntity } from './initiative-member.entity';
import { InitiativeEntity } from './initiative.entity';
import { InvitationEntity } from './invitation.entity';
import { OrganizationMembershipEntity } from './organization-membership.entity';
import { OrganizationEntity } from './organization.entity';
import { RateLimitCounter } from './rate-limit.entity';
import { SessionEntity } from './session.entity';
import { UserEntity } from './user.entity';
import { NotificationEntity } from './notification.entity';
export const IDENTITY_ENTITIES = [
  NotificationEntity,
  UserEntity,
  OrganizationEntity,
  OrganizationMembershipEntity,
  InitiativeEntity,
  InitiativeMemberEntity,
  InvitationEntity,
  SessionEntity,
  RateLimitCounter,
];
