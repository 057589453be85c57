import { InitiativeEntity, UserEntity } from '@commonground/api-identity';
import { SmelterEntity } from '@commonground/api-smelters';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';

/** The OECD Annex II risks and the further categories of SPEC §6. */
export enum ConcernCategory {
  SERIOUS_ABUSES = 'SERIOUS_ABUSES',
  CHILD_LABOUR = 'CHILD_LABOUR',
  FORCED_LABOUR = 'FORCED_LABOUR',
  ARMED_GROUPS = 'ARMED_GROUPS',
  SECURITY_FORCES = 'SECURITY_FORCES',
  BRIBERY = 'BRIBERY',
  MONEY_LAUNDERING = 'MONEY_LAUNDERING',
  TAXES_AND_ROYALTIES = 'TAXES_AND_ROYALTIES',
  ENVIRONMENT = 'ENVIRONMENT',
  HEALTH_AND_SAFETY = 'HEALTH_AND_SAFETY',
  LAND_AND_COMMUNITY_RIGHTS = 'LAND_AND_COMMUNITY_RIGHTS',
  OTHER = 'OTHER',
}

export enum ConcernStatus {
  RECEIVED = 'RECEIVED',
  TRIAGED = 'TRIAGED',
  IN_PROGRESS = 'IN_PROGRESS',
  RESPONDED = 'RESPONDED',
  CLOSED = 'CLOSED',
  REFERRED = 'REFERRED',
  REJECTED = 'REJECTED',
}

/** accepted: routed at some point; resolved: RESPONDED or CLOSED after acceptance (not merged) */
export const ACCEPTED_STATUSES = [ConcernStatus.TRIAGED, ConcernStatus.IN_PROGRESS, ConcernStatus.RESPONDED, ConcernStatus.CLOSED];
export const OPEN_CASE_STATUSES = [ConcernStatus.TRIAGED, ConcernStatus.IN_PROGRESS, ConcernStatus.RESPONDED];

/**
 * A concern (grievance). It holds nothing about who reported it: the
 * reporter's identity lives in `concern_reporters`, read only by case handlers.
 */
@Entity('concerns')
@Index('concerns_reference', ['reference'], { unique: true })
@Index('concerns_status_created', ['status', 'createdAt'])
@Index('concerns_smelter', ['smelterId'])
export class ConcernEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  /** CG-<year>-<4+ digits>, from concern_reference_counters */
  @Column({ type: 'text' }) reference: string;
  @Column({ name: 'smelter_id', type: 'uuid', nullable: true }) smelterId: string | null;
  /** ISO 3166-1 alpha-2 of a mine site or area (or of the smelter) */
  @Column({ type: 'char', length: 2, nullable: true }) country: string | null;
  @Column({ type: 'text', nullable: true }) place: string | null;
  @Column({ type: 'double precision', nullable: true }) latitude: number | null;
  @Column({ type: 'double precision', nullable: true }) longitude: number | null;
  @Column({ type: 'enum', enum: ConcernCategory, enumName: 'concern_category' }) category: ConcernCategory;
  @Column({ type: 'text' }) description: string;
  @Column({ type: 'text' }) language: string;
  @Column({ name: 'happened_on', type: 'timestamptz', nullable: true }) happenedOn: Date | null;
  @Column({ type: 'enum', enum: ConcernStatus, enumName: 'concern_status', default: ConcernStatus.RECEIVED }) status: ConcernStatus;
  @Column({ type: 'boolean', default: false }) anonymous: boolean;
  /** the reporter consented to its name being shown to the organizations of the case */
  @Column({ name: 'share_identity', type: 'boolean', default: false }) shareIdentity: boolean;
  @Column({ name: 'merged_into_id', type: 'uuid', nullable: true }) mergedIntoId: string | null;
  @Column({ name: 'referred_to', type: 'text', nullable: true }) referredTo: string | null;
  /** the outcome and actions taken (RESPONDED, CLOSED), or the reason of a rejection */
  @Column({ type: 'text', nullable: true }) outcome: string | null;
  /** the organizations reached (copy of concern_recipients, for the core visibility policy) */
  @Column({ name: 'recipient_organization_ids', type: 'uuid', array: true, default: '{}' }) recipientOrganizationIds: string[];
  /** the initiatives whose grievance officers handle it: those of the companies it reaches (or would reach) */
  @Column({ name: 'handler_initiative_ids', type: 'uuid', array: true, default: '{}' }) handlerInitiativeIds: string[];
  /** set once accepted: counts as accepted in the public counts (kept when later merged or closed) */
  @Column({ name: 'accepted_at', type: 'timestamptz', nullable: true }) acceptedAt: Date | null;
  @Column({ name: 'routed_at', type: 'timestamptz', nullable: true }) routedAt: Date | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' }) updatedAt: Date;

  @ManyToOne(() => SmelterEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'smelter_id' })
  smelter?: SmelterEntity;
}

/** Who reported a concern; no row at all for an anonymous report. Only case handlers read it. */
@Entity('concern_reporters')
export class ConcernReporterEntity {
  @PrimaryColumn({ name: 'concern_id', type: 'uuid' }) concernId: string;
  @Column({ type: 'text', nullable: true }) name: string | null;
  @Column({ type: 'text', nullable: true }) contact: string | null;
  /** the signed-in user who filed it, if any and not anonymous */
  @Column({ name: 'user_id', type: 'uuid', nullable: true }) userId: string | null;

  @ManyToOne(() => ConcernEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'concern_id' })
  concern?: ConcernEntity;
}

/** A reporter's follow-up code, kept only as its SHA-256 (the code is random, 100 bits). */
@Entity('concern_follow_up_codes')
@Index('concern_follow_up_codes_hash', ['codeHash'], { unique: true })
@Index('concern_follow_up_codes_concern', ['concernId'])
export class ConcernFollowUpCodeEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'concern_id', type: 'uuid' }) concernId: string;
  @Column({ name: 'code_hash', type: 'char', length: 64 }) codeHash: string;
  @Column({ name: 'revoked_at', type: 'timestamptz', nullable: true }) revokedAt: Date | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;

  @ManyToOne(() => ConcernEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'concern_id' })
  concern?: ConcernEntity;
}

export enum ConcernAuthorKind {
  REPORTER = 'REPORTER',
  HANDLER = 'HANDLER',
  ORGANIZATION = 'ORGANIZATION',
}

@Entity('concern_messages')
@Index('concern_messages_concern', ['concernId', 'createdAt'])
export class ConcernMessageEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'concern_id', type: 'uuid' }) concernId: string;
  @Column({ name: 'author_kind', type: 'text' }) authorKind: ConcernAuthorKind;
  @Column({ name: 'author_organization_id', type: 'uuid', nullable: true }) authorOrganizationId: string | null;
  /** a handler's or an organization member's user; never set for the reporter */
  @Column({ name: 'author_user_id', type: 'uuid', nullable: true }) authorUserId: string | null;
  @Column({ type: 'text' }) body: string;
  @Column({ name: 'visible_to_reporter', type: 'boolean', default: false }) visibleToReporter: boolean;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;

  @ManyToOne(() => ConcernEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'concern_id' })
  concern?: ConcernEntity;
}

export enum RecipientKind {
  COMPANY = 'COMPANY',
  SECRETARIAT = 'SECRETARIAT',
}

/** An organization a concern reached, why, and whether it joined the case. */
@Entity('concern_recipients')
@Index('concern_recipients_org', ['organizationId'])
@Index('concern_recipients_one_lead', ['concernId'], { unique: true, where: 'lead' })
export class ConcernRecipientEntity {
  @PrimaryColumn({ name: 'concern_id', type: 'uuid' }) concernId: string;
  @PrimaryColumn({ name: 'organization_id', type: 'uuid' }) organizationId: string;
  @Column({ type: 'text' }) kind: RecipientKind;
  @Column({ type: 'text' }) reason: string;
  @Column({ name: 'joined_at', type: 'timestamptz', nullable: true }) joinedAt: Date | null;
  @Column({ type: 'boolean', default: false }) lead: boolean;
  @CreateDateColumn({ name: 'reached_at', type: 'timestamptz' }) reachedAt: Date;

  @ManyToOne(() => ConcernEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'concern_id' })
  concern?: ConcernEntity;
}

/** An evidence file, metadata stripped before storage; organizations of the case see it only once shared. */
@Entity('concern_evidence')
@Index('concern_evidence_concern', ['concernId', 'createdAt'])
export class ConcernEvidenceEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'concern_id', type: 'uuid' }) concernId: string;
  @Column({ name: 'file_name', type: 'text' }) fileName: string;
  @Column({ name: 'content_type', type: 'text' }) contentType: string;
  @Column({ name: 'size_bytes', type: 'int' }) sizeBytes: number;
  @Column({ type: 'char', length: 64 }) sha256: string;
  @Column({ name: 'storage_key', type: 'text' }) storageKey: string;
  /** REPORTER or HANDLER */
  @Column({ name: 'added_by', type: 'text' }) addedBy: string;
  @Column({ name: 'shared_at', type: 'timestamptz', nullable: true }) sharedAt: Date | null;
  @Column({ name: 'shared_by_user_id', type: 'uuid', nullable: true }) sharedByUserId: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;

  @ManyToOne(() => ConcernEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'concern_id' })
  concern?: ConcernEntity;
}

/** A user a secretariat named to handle the concerns routed to its initiative's members. */
@Entity('grievance_officers')
@Index('grievance_officers_user', ['userId'])
export class GrievanceOfficerEntity {
  @PrimaryColumn({ name: 'initiative_id', type: 'uuid' }) initiativeId: string;
  @PrimaryColumn({ name: 'user_id', type: 'uuid' }) userId: string;
  @Column({ name: 'named_by_user_id', type: 'uuid' }) namedByUserId: string;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;

  @ManyToOne(() => InitiativeEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'initiative_id' })
  initiative?: InitiativeEntity;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: UserEntity;
}

/** The last reference number given per year (CG-2026-0042). */
@Entity('concern_reference_counters')
export class ConcernReferenceCounterEntity {
  @PrimaryColumn({ type: 'int' }) year: number;
  @Column({ type: 'int', default: 0 }) last: number;
}

/** A secret of this feature kept in the database (shared by every replica): the key that hashes IP addresses in rate-limit counters. */
@Entity('concern_secrets')
export class ConcernSecretEntity {
  @PrimaryColumn({ type: 'text' }) name: string;
  @Column({ type: 'text' }) value: string;
}

export const CONCERN_ENTITIES = [
  ConcernEntity,
  ConcernReporterEntity,
  ConcernFollowUpCodeEntity,
  ConcernMessageEntity,
  ConcernRecipientEntity,
  ConcernEvidenceEntity,
  GrievanceOfficerEntity,
  ConcernReferenceCounterEntity,
  ConcernSecretEntity,
];
