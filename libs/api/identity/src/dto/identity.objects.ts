import {
  InitiativeMembershipStatus,
  JSONScalar,
  NodeInterface,
  OrganizationKind,
  OrganizationRole,
  SizeBand,
  connectionType,
} from '@commonground/api-core';
import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

// GraphQL object types of identity. They are separate from the entities and
// filled by identity.mapper.ts, so no column reaches the API by accident.

@ObjectType({ implements: () => [NodeInterface] })
export class User implements NodeInterface {
  @Field(() => ID) id: string;
  @Field() email: string;
  @Field() name: string;
  @Field() locale: string;
}

@ObjectType()
export class OrganizationMembership {
  @Field(() => OrganizationRole) role: OrganizationRole;
  organizationId: string;
}

@ObjectType({ implements: () => [NodeInterface] })
export class Organization implements NodeInterface {
  @Field(() => ID) id: string;
  @Field() name: string;
  @Field() slug: string;
  @Field(() => OrganizationKind) kind: OrganizationKind;
  @Field(() => String, { nullable: true, description: 'ISO 3166-1 alpha-2' }) country: string | null;
  @Field(() => SizeBand, { nullable: true }) sizeBand: SizeBand | null;
  @Field(() => String, { nullable: true }) website: string | null;
  @Field() verified: boolean;
}

@ObjectType({ implements: () => [NodeInterface] })
export class Initiative implements NodeInterface {
  @Field(() => ID) id: string;
  @Field() name: string;
  @Field() slug: string;
  @Field(() => String, { nullable: true }) description: string | null;
  secretariatOrganizationId: string;
}

@ObjectType()
export class InitiativeMember {
  @Field(() => InitiativeMembershipStatus) status: InitiativeMembershipStatus;
  @Field(() => Date, { nullable: true }) joinedAt: Date | null;
  initiativeId: string;
  organizationId: string;
}

@ObjectType()
export class Viewer {
  @Field(() => User) user: User;
  @Field(() => Organization, { nullable: true }) activeOrganization: Organization | null;
  @Field() isPlatformAdmin: boolean;
}

@ObjectType()
export class OrganizationMember {
  @Field(() => User) user: User;
  @Field(() => OrganizationRole) role: OrganizationRole;
  @Field(() => Date) since: Date;
}

export enum InvitationStatus {
  PENDING = 'PENDING',
  ACCEPTED = 'ACCEPTED',
  EXPIRED = 'EXPIRED',
  REVOKED = 'REVOKED',
}
registerEnumType(InvitationStatus, { name: 'InvitationStatus' });

@ObjectType()
export class InvitationPreview {
  @Field(() => Organization) organization: Organization;
  @Field() email: string;
  @Field(() => OrganizationRole) role: OrganizationRole;
  @Field(() => Date) expiresAt: Date;
  @Field(() => InvitationStatus) status: InvitationStatus;
}

@ObjectType()
export class Invitation {
  @Field(() => ID) id: string;
  @Field() email: string;
  @Field(() => OrganizationRole) role: OrganizationRole;
  @Field(() => InvitationStatus) status: InvitationStatus;
  @Field(() => Date) expiresAt: Date;
  @Field(() => Date) createdAt: Date;
  @Field(() => User, { nullable: true }) invitedBy: User | null;
}

@ObjectType()
export class MailMessageObject {
  @Field(() => ID) id: string;
  @Field() to: string;
  @Field() subject: string;
  @Field() text: string;
  @Field(() => Date) createdAt: Date;
  @Field(() => Date, { nullable: true }) sentAt: Date | null;
  @Field() transport: string;
}

@ObjectType('ActivityEntry')
export class ActivityEntryObject {
  @Field(() => ID) id: string;
  @Field(() => Date) at: Date;
  @Field() action: string;
  @Field(() => User, { nullable: true }) user: User | null;
  @Field(() => Organization, { nullable: true }) organization: Organization | null;
  @Field(() => String, { nullable: true }) targetType: string | null;
  @Field(() => String, { nullable: true }) targetId: string | null;
  @Field(() => JSONScalar, { nullable: true }) details: Record<string, unknown> | null;
  userId: string | null;
  organizationId: string | null;
}

export const OrganizationConnection = connectionType(Organization, 'Organization');
export const InitiativeConnection = connectionType(Initiative, 'Initiative');
export const InitiativeMemberConnection = connectionType(InitiativeMember, 'InitiativeMember');
export const MailMessageConnection = connectionType(MailMessageObject, 'MailMessage');
export const ActivityEntryConnection = connectionType(ActivityEntryObject, 'ActivityEntry');

// Int is re-exported for resolvers that declare counts
export { Int };
