import { VisibilityColumnsBase, bigintNumber } from '@commonground/api-core';
import { InitiativeEntity, OrganizationEntity, UserEntity } from '@commonground/api-identity';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

export enum OpportunityKind {
  CALL_FOR_PROPOSALS = 'CALL_FOR_PROPOSALS',
  REQUEST_FOR_ABSTRACTS = 'REQUEST_FOR_ABSTRACTS',
  GRANT = 'GRANT',
  TENDER = 'TENDER',
  FELLOWSHIP = 'FELLOWSHIP',
  EVENT = 'EVENT',
  WEBINAR = 'WEBINAR',
  DELEGATION = 'DELEGATION',
  NEWS = 'NEWS',
}
export enum OpportunityStatus {
  DRAFT = 'DRAFT',
  SCHEDULED = 'SCHEDULED',
  PUBLISHED = 'PUBLISHED',
  CLOSED = 'CLOSED',
  ARCHIVED = 'ARCHIVED',
}
export enum RegistrationStatus {
  CONFIRMED = 'CONFIRMED',
  WAITLISTED = 'WAITLISTED',
  CANCELLED = 'CANCELLED',
}
export enum DigestFrequency {
  INSTANT = 'INSTANT',
  DAILY = 'DAILY',
  WEEKLY = 'WEEKLY',
}

/** Kinds people register for (seat limit, waiting list, attendees). */
export const REGISTRABLE_KINDS: readonly OpportunityKind[] = [OpportunityKind.EVENT, OpportunityKind.WEBINAR, OpportunityKind.DELEGATION];

/** One language version of an opportunity's texts. */
export interface OpportunityTextValue {
  language: string;
  title: string;
  summary: string | null;
  body: string | null;
  isOriginal: boolean;
}

export interface OpportunityAttachmentValue {
  title: string;
  url: string;
}

/** A funding call, tender, event or piece of news published by an organization (SPEC §2). */
@Entity('opportunities')
@Index('opportunities_owner', ['ownerOrganizationId', 'createdAt'])
@Index('opportunities_status_deadline', ['status', 'deadline'])
@Index('opportunities_published_at', ['publishedAt'])
@Index('opportunities_due_schedule', { synchronize: false })
@Index('opportunities_minerals_gin', { synchronize: false })
@Index('opportunities_themes_gin', { synchronize: false })
@Index('opportunities_countries_gin', { synchronize: false })
@Index('opportunities_regions_gin', { synchronize: false })
@Check('opportunities_amount_range', 'amount_min_minor IS NULL OR amount_max_minor IS NULL OR amount_min_minor <= amount_max_minor')
@Check('opportunities_deadline_after_opening', 'deadline IS NULL OR opens_at IS NULL OR deadline > opens_at')
@Check('opportunities_seat_limit', 'seat_limit IS NULL OR seat_limit > 0')
export class OpportunityEntity extends VisibilityColumnsBase {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ type: 'enum', enum: OpportunityKind, enumName: 'opportunity_kind' }) kind: OpportunityKind;
  @Column({ type: 'enum', enum: OpportunityStatus, enumName: 'opportunity_status', default: OpportunityStatus.DRAFT }) status: OpportunityStatus;
  /** the publisher */
  @Column({ name: 'owner_organization_id', type: 'uuid' }) ownerOrganizationId: string;
  @Column({ name: 'initiative_id', type: 'uuid', nullable: true }) initiativeId: string | null;
  /** every language version; exactly one is the original */
  @Column({ type: 'jsonb' }) texts: OpportunityTextValue[];
  @Column({ name: 'opens_at', type: 'timestamptz', nullable: true }) opensAt: Date | null;
  @Column({ type: 'timestamptz', nullable: true }) deadline: Date | null;
  /** the publisher's IANA time zone, in which the deadline is stated */
  @Column({ name: 'time_zone', type: 'text', nullable: true }) timeZone: string | null;
  /** events, webinars and delegations: when it takes place */
  @Column({ name: 'starts_at', type: 'timestamptz', nullable: true }) startsAt: Date | null;
  @Column({ name: 'ends_at', type: 'timestamptz', nullable: true }) endsAt: Date | null;
  @Column({ name: 'amount_min_minor', type: 'bigint', nullable: true, transformer: bigintNumber }) amountMinMinor: number | null;
  @Column({ name: 'amount_max_minor', type: 'bigint', nullable: true, transformer: bigintNumber }) amountMaxMinor: number | null;
  @Column({ type: 'char', length: 3, nullable: true }) currency: string | null;
  @Column({ name: 'eligible_kinds', type: 'text', array: true, default: '{}' }) eligibleKinds: string[];
  @Column({ name: 'eligible_countries', type: 'text', array: true, default: '{}' }) eligibleCountries: string[];
  @Column({ type: 'text', array: true, default: '{}' }) countries: string[];
  /** UN M49 region codes */
  @Column({ type: 'text', array: true, default: '{}' }) regions: string[];
  @Column({ type: 'text', array: true, default: '{}' }) minerals: string[];
  @Column({ type: 'text', array: true, default: '{}' }) themes: string[];
  @Column({ type: 'text', array: true, default: '{}' }) links: string[];
  /** documents that go with the call (terms of reference, templates), as titled links */
  @Column({ type: 'jsonb', default: () => "'[]'" }) attachments: OpportunityAttachmentValue[];
  @Column({ type: 'text', nullable: true }) contact: string | null;
  @Column({ name: 'seat_limit', type: 'int', nullable: true }) seatLimit: number | null;
  /** when a scheduled opportunity publishes itself */
  @Column({ name: 'publish_at', type: 'timestamptz', nullable: true }) publishAt: Date | null;
  @Column({ name: 'published_at', type: 'timestamptz', nullable: true }) publishedAt: Date | null;
  @Column({ name: 'closed_at', type: 'timestamptz', nullable: true }) closedAt: Date | null;
  @Column({ name: 'archived_at', type: 'timestamptz', nullable: true }) archivedAt: Date | null;
  @Column({ name: 'created_by_user_id', type: 'uuid', nullable: true }) createdByUserId: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'owner_organization_id' })
  owner?: OrganizationEntity;
  @ManyToOne(() => InitiativeEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'initiative_id' })
  initiative?: InitiativeEntity;
}

/** Another organization re-sharing an opportunity with a note (one per organization). */
@Entity('opportunity_amplifications')
@Index('opportunity_amplifications_unique', ['opportunityId', 'organizationId'], { unique: true })
export class AmplificationEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'opportunity_id', type: 'uuid' }) opportunityId: string;
  @Column({ name: 'organization_id', type: 'uuid' }) organizationId: string;
  @Column({ name: 'initiative_id', type: 'uuid', nullable: true }) initiativeId: string | null;
  @Column({ type: 'text', nullable: true }) note: string | null;
  @Column({ name: 'created_by_user_id', type: 'uuid', nullable: true }) createdByUserId: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;

  @ManyToOne(() => OpportunityEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'opportunity_id' })
  opportunity?: OpportunityEntity;
  @ManyToOne(() => OrganizationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id' })
  organization?: OrganizationEntity;
  @ManyToOne(() => InitiativeEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'initiative_id' })
  initiative?: InitiativeEntity;
}

/** A person's seat (or place on the waiting list) at an event, webinar or delegation. */
@Entity('opportunity_registrations')
@Index('opportunity_registrations_active', { synchronize: false })
@Index('opportunity_registrations_queue', ['opportunityId', 'status', 'createdAt'])
@Index('opportunity_registrations_user', ['userId'])
export class RegistrationEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'opportunity_id', type: 'uuid' }) opportunityId: string;
  @Column({ name: 'user_id', type: 'uuid' }) userId: string;
  @Column({ name: 'organization_id', type: 'uuid', nullable: true }) organizationId: string | null;
  @Column({ type: 'enum', enum: RegistrationStatus, enumName: 'registration_status' }) status: RegistrationStatus;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @Column({ name: 'confirmed_at', type: 'timestamptz', nullable: true }) confirmedAt: Date | null;
  @Column({ name: 'cancelled_at', type: 'timestamptz', nullable: true }) cancelledAt: Date | null;

  @ManyToOne(() => OpportunityEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'opportunity_id' })
  opportunity?: OpportunityEntity;
  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: UserEntity;
}

/** A user's saved search with its alert frequency; the filter is an OpportunityFilter as JSON. */
@Entity('saved_searches')
@Index('saved_searches_user', ['userId'])
@Index('saved_searches_due', ['frequency', 'lastDigestAt'])
@Index('saved_searches_unsubscribe', ['unsubscribeToken'], { unique: true })
export class SavedSearchEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'user_id', type: 'uuid' }) userId: string;
  /** the organization the user acted for when saving: alerts see what that membership sees */
  @Column({ name: 'organization_id', type: 'uuid', nullable: true }) organizationId: string | null;
  @Column({ type: 'text' }) name: string;
  @Column({ type: 'jsonb' }) filter: Record<string, unknown>;
  @Column({ type: 'enum', enum: DigestFrequency, enumName: 'digest_frequency' }) frequency: DigestFrequency;
  /** the end of the window of the last digest sent (null: never sent) */
  @Column({ name: 'last_digest_at', type: 'timestamptz', nullable: true }) lastDigestAt: Date | null;
  @Column({ name: 'unsubscribe_token', type: 'text' }) unsubscribeToken: string;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: UserEntity;
}

/** Which opportunity a saved search already announced: a digest never repeats one. */
@Entity('saved_search_deliveries')
@Index('saved_search_deliveries_opportunity', { synchronize: false })
export class SavedSearchDeliveryEntity {
  @PrimaryColumn({ name: 'saved_search_id', type: 'uuid' }) savedSearchId: string;
  @PrimaryColumn({ name: 'opportunity_id', type: 'uuid' }) opportunityId: string;
  @CreateDateColumn({ name: 'sent_at', type: 'timestamptz' }) sentAt: Date;

  @ManyToOne(() => SavedSearchEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'saved_search_id' })
  savedSearch?: SavedSearchEntity;
  @ManyToOne(() => OpportunityEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'opportunity_id' })
  opportunity?: OpportunityEntity;
}

/** "Remind me N days before the deadline" — one row per user, opportunity and N. */
@Entity('deadline_reminders')
@Index('deadline_reminders_unique', ['userId', 'opportunityId', 'daysBefore'], { unique: true })
@Index('deadline_reminders_pending', { synchronize: false })
@Index('deadline_reminders_unsubscribe', ['unsubscribeToken'], { unique: true })
@Check('deadline_reminders_days', 'days_before BETWEEN 0 AND 90')
export class DeadlineReminderEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'user_id', type: 'uuid' }) userId: string;
  @Column({ name: 'organization_id', type: 'uuid', nullable: true }) organizationId: string | null;
  @Column({ name: 'opportunity_id', type: 'uuid' }) opportunityId: string;
  @Column({ name: 'days_before', type: 'int' }) daysBefore: number;
  @Column({ name: 'sent_at', type: 'timestamptz', nullable: true }) sentAt: Date | null;
  @Column({ name: 'unsubscribe_token', type: 'text' }) unsubscribeToken: string;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: UserEntity;
  @ManyToOne(() => OpportunityEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'opportunity_id' })
  opportunity?: OpportunityEntity;
}

/**
 * A user's private feed token: feeds opened with it show what the user may see
 * (acting for `organizationId`). Only its SHA-256 is stored; one live token per user.
 */
@Entity('feed_tokens')
@Index('feed_tokens_hash', ['tokenHash'], { unique: true })
@Index('feed_tokens_user', ['userId'])
export class FeedTokenEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'user_id', type: 'uuid' }) userId: string;
  @Column({ name: 'organization_id', type: 'uuid', nullable: true }) organizationId: string | null;
  @Column({ name: 'token_hash', type: 'text' }) tokenHash: string;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @Column({ name: 'last_used_at', type: 'timestamptz', nullable: true }) lastUsedAt: Date | null;
  @Column({ name: 'revoked_at', type: 'timestamptz', nullable: true }) revokedAt: Date | null;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: UserEntity;
}

/** A document uploaded with an opportunity (terms of reference, forms); read by whoever may see the opportunity. */
@Entity('opportunity_files')
@Index('opportunity_files_opportunity', ['opportunityId', 'createdAt'])
export class OpportunityFileEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'opportunity_id', type: 'uuid' }) opportunityId: string;
  @Column({ name: 'file_name', type: 'text' }) fileName: string;
  @Column({ name: 'content_type', type: 'text' }) contentType: string;
  @Column({ name: 'size_bytes', type: 'int' }) sizeBytes: number;
  @Column({ type: 'char', length: 64 }) sha256: string;
  @Column({ name: 'storage_key', type: 'text' }) storageKey: string;
  @Column({ name: 'uploaded_by_user_id', type: 'uuid' }) uploadedByUserId: string;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;

  @ManyToOne(() => OpportunityEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'opportunity_id' })
  opportunity?: OpportunityEntity;
}

export const CLEARINGHOUSE_ENTITIES = [OpportunityFileEntity, OpportunityEntity, AmplificationEntity, RegistrationEntity, SavedSearchEntity, SavedSearchDeliveryEntity, DeadlineReminderEntity, FeedTokenEntity];
