import { VisibilityColumnsBase, bigintNumber } from '@commonground/api-core';
import { OrganizationEntity } from '@commonground/api-identity';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';

export enum Metal {
  TANTALUM = 'TANTALUM',
  TIN = 'TIN',
  TUNGSTEN = 'TUNGSTEN',
  GOLD = 'GOLD',
  COBALT = 'COBALT',
  COPPER = 'COPPER',
  GRAPHITE = 'GRAPHITE',
  LITHIUM = 'LITHIUM',
  MICA = 'MICA',
  NICKEL = 'NICKEL',
  OTHER = 'OTHER',
}
export enum AssessmentStatus {
  CONFORMANT = 'CONFORMANT',
  ACTIVE = 'ACTIVE',
  NOT_ENROLLED = 'NOT_ENROLLED',
  NON_CONFORMANT = 'NON_CONFORMANT',
  UNKNOWN = 'UNKNOWN',
}
export enum TemplateKind {
  CMRT = 'CMRT',
  EMRT = 'EMRT',
  CRT = 'CRT',
  AMRT = 'AMRT',
}
export enum MatchMethod {
  CID = 'CID',
  ALIAS = 'ALIAS',
  FUZZY = 'FUZZY',
  MANUAL = 'MANUAL',
  NONE = 'NONE',
}
export enum ImportState {
  QUEUED = 'QUEUED',
  RUNNING = 'RUNNING',
  SUCCEEDED = 'SUCCEEDED',
  FAILED = 'FAILED',
}
export enum AuditStandard {
  RMAP = 'RMAP',
  LBMA = 'LBMA',
  RJC = 'RJC',
  JDDS = 'JDDS',
  ITSCI = 'ITSCI',
  OTHER = 'OTHER',
}
export enum AuditType {
  INITIAL = 'INITIAL',
  REAUDIT = 'REAUDIT',
  FOLLOW_UP = 'FOLLOW_UP',
}
export enum AccessRequestStatus {
  PENDING = 'PENDING',
  APPROVED = 'APPROVED',
  DENIED = 'DENIED',
  EXPIRED = 'EXPIRED',
}

/** A smelter or refiner: the RMI registry (seeded from the templates' look-up sheets) and additions. */
@Entity('smelters')
@Index('smelters_cid', ['cid'], { unique: true })
@Index('smelters_metal_country', ['metal', 'country'])
@Index('smelters_status', ['status'])
@Index('smelters_name_trgm', { synchronize: false })
export class SmelterEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ type: 'text', nullable: true }) cid: string | null;
  @Column({ type: 'text' }) name: string;
  @Column({ type: 'text', array: true, default: '{}' }) aliases: string[];
  @Column({ type: 'enum', enum: Metal, enumName: 'metal' }) metal: Metal;
  /** ISO 3166-1 alpha-2 */
  @Column({ type: 'char', length: 2 }) country: string;
  @Column({ type: 'text', nullable: true }) city: string | null;
  @Column({ name: 'state_province', type: 'text', nullable: true }) stateProvince: string | null;
  /** where the identification comes from: RMI for the registry */
  @Column({ type: 'text', default: 'RMI' }) source: string;
  @Column({ type: 'enum', enum: AssessmentStatus, enumName: 'assessment_status', default: AssessmentStatus.UNKNOWN }) status: AssessmentStatus;
  @Column({ name: 'status_as_of', type: 'timestamptz', nullable: true }) statusAsOf: Date | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}

/** One uploaded supplier file and the state of its import. */
@Entity('declaration_imports')
@Index('declaration_imports_org_sha', ['organizationId', 'sha256'])
@Index('declaration_imports_org_created', ['organizationId', 'createdAt'])
export class DeclarationImportEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'organization_id', type: 'uuid' }) organizationId: string;
  @Column({ name: 'uploaded_by_user_id', type: 'uuid' }) uploadedByUserId: string;
  @Column({ name: 'file_name', type: 'text' }) fileName: string;
  @Column({ type: 'char', length: 64 }) sha256: string;
  @Column({ name: 'size_bytes', type: 'int' }) sizeBytes: number;
  @Column({ name: 'storage_key', type: 'text', nullable: true }) storageKey: string | null;
  @Column({ type: 'enum', enum: ImportState, enumName: 'import_state', default: ImportState.QUEUED }) state: ImportState;
  @Column({ type: 'real', default: 0 }) progress: number;
  /** rows of the workbook read so far (the streaming reader reports them) */
  @Column({ name: 'rows_read', type: 'int', default: 0 }) rowsRead: number;
  /** times a process claimed this import; past MAX_IMPORT_ATTEMPTS it fails instead of being claimed again */
  @Column({ type: 'int', default: 0 }) attempts: number;
  /** while RUNNING: the claiming process renews it; once past, the import is claimed again (its process died) */
  @Column({ name: 'lease_until', type: 'timestamptz', nullable: true }) leaseUntil: Date | null;
  @Column({ type: 'text', nullable: true }) error: string | null;
  /** set when the same bytes were imported before: nothing changed */
  @Column({ name: 'duplicate_of_import_id', type: 'uuid', nullable: true }) duplicateOfImportId: string | null;
  @Column({ name: 'declaration_id', type: 'uuid', nullable: true }) declarationId: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @Column({ name: 'finished_at', type: 'timestamptz', nullable: true }) finishedAt: Date | null;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id' })
  organization?: OrganizationEntity;
}

export interface ValidationIssueValue {
  severity: 'ERROR' | 'WARNING';
  sheet: string;
  cell: string | null;
  message: string;
}

/** A supplier's CMRT/EMRT/CRT/AMRT declaration, as imported by a customer organization. */
@Entity('declarations')
@Index('declarations_org_supplier', ['organizationId', 'supplierKey', 'effectiveDate'])
@Index('declarations_org_current', { synchronize: false })
export class DeclarationEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  /** the importing (customer) organization */
  @Column({ name: 'organization_id', type: 'uuid' }) organizationId: string;
  @Column({ name: 'import_id', type: 'uuid' }) importId: string;
  @Column({ type: 'enum', enum: TemplateKind, enumName: 'template_kind' }) template: TemplateKind;
  @Column({ type: 'text' }) revision: string;
  @Column({ name: 'company_name', type: 'text' }) companyName: string;
  /** the supplier company's name, normalized: a newer declaration with the same key supersedes */
  @Column({ name: 'supplier_key', type: 'text' }) supplierKey: string;
  @Column({ name: 'declaration_scope', type: 'text', nullable: true }) declarationScope: string | null;
  @Column({ name: 'scope_description', type: 'text', nullable: true }) scopeDescription: string | null;
  @Column({ name: 'effective_date', type: 'timestamptz', nullable: true }) effectiveDate: Date | null;
  @Column({ name: 'contact_name', type: 'text', nullable: true }) contactName: string | null;
  @Column({ name: 'contact_email', type: 'text', nullable: true }) contactEmail: string | null;
  @Column({ type: 'text', nullable: true }) authorizer: string | null;
  @Column({ type: 'jsonb', default: () => "'{}'" }) answers: Record<string, unknown>;
  @Column({ type: 'jsonb', default: () => "'[]'" }) products: unknown[];
  @Column({ type: 'jsonb', default: () => "'[]'" }) issues: ValidationIssueValue[];
  /** false once a newer declaration of the same supplier company arrived (kept, but out of coverage) */
  @Column({ name: 'is_current', type: 'boolean', default: true }) isCurrent: boolean;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}

/** One row of a declaration's smelter list and how it was matched. */
@Entity('declared_smelters')
@Index('declared_smelters_declaration', ['declarationId', 'row'])
@Index('declared_smelters_smelter', ['smelterId'])
export class DeclaredSmelterEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'declaration_id', type: 'uuid' }) declarationId: string;
  @Column({ type: 'int' }) row: number;
  @Column({ type: 'enum', enum: Metal, enumName: 'metal' }) metal: Metal;
  @Column({ name: 'reported_name', type: 'text' }) reportedName: string;
  @Column({ name: 'reported_country', type: 'text', nullable: true }) reportedCountry: string | null;
  @Column({ name: 'reported_cid', type: 'text', nullable: true }) reportedCid: string | null;
  /** "Smelter not yet identified": counted, matched to nothing */
  @Column({ type: 'boolean', default: false }) unidentified: boolean;
  @Column({ name: 'smelter_id', type: 'uuid', nullable: true }) smelterId: string | null;
  @Column({ name: 'match_method', type: 'enum', enum: MatchMethod, enumName: 'match_method', default: MatchMethod.NONE }) matchMethod: MatchMethod;
  @Column({ type: 'real', default: 0 }) confidence: number;
  @Column({ name: 'review_id', type: 'uuid', nullable: true }) reviewId: string | null;

  @ManyToOne(() => DeclarationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'declaration_id' })
  declaration?: DeclarationEntity;
}

export interface CandidateValue {
  smelterId: string;
  confidence: number;
}

/** A reported name the matcher was not sure about, waiting for a person (one per organization, metal, name and country). */
@Entity('match_reviews')
@Index('match_reviews_open', ['organizationId', 'resolvedAt'])
@Index('match_reviews_key', ['organizationId', 'metal', 'nameKey', 'countryKey'], { unique: true })
export class MatchReviewEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'organization_id', type: 'uuid' }) organizationId: string;
  @Column({ type: 'enum', enum: Metal, enumName: 'metal' }) metal: Metal;
  @Column({ name: 'reported_name', type: 'text' }) reportedName: string;
  @Column({ name: 'reported_country', type: 'text', nullable: true }) reportedCountry: string | null;
  @Column({ name: 'name_key', type: 'text' }) nameKey: string;
  @Column({ name: 'country_key', type: 'text', default: '' }) countryKey: string;
  @Column({ type: 'jsonb' }) candidates: CandidateValue[];
  /** the decision: a smelter, or null with resolvedAt set for "none of these" */
  @Column({ name: 'resolved_smelter_id', type: 'uuid', nullable: true }) resolvedSmelterId: string | null;
  @Column({ name: 'resolved_by_user_id', type: 'uuid', nullable: true }) resolvedByUserId: string | null;
  @Column({ name: 'resolved_at', type: 'timestamptz', nullable: true }) resolvedAt: Date | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}

export interface CorrectiveActionValue {
  description: string;
  dueDate: string | null;
  status: string;
}

/** A smelter audit record owned by an organization, shared by its visibility and by granted access. */
@Entity('audits')
@Index('audits_smelter', ['smelterId', 'validUntil'])
@Index('audits_owner', ['ownerOrganizationId'])
export class AuditEntity extends VisibilityColumnsBase {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'smelter_id', type: 'uuid' }) smelterId: string;
  @Column({ name: 'owner_organization_id', type: 'uuid' }) ownerOrganizationId: string;
  @Column({ type: 'enum', enum: AuditStandard, enumName: 'audit_standard' }) standard: AuditStandard;
  @Column({ type: 'enum', enum: AuditType, enumName: 'audit_type' }) type: AuditType;
  @Column({ type: 'text', nullable: true }) auditor: string | null;
  @Column({ name: 'started_on', type: 'timestamptz', nullable: true }) startedOn: Date | null;
  @Column({ name: 'completed_on', type: 'timestamptz', nullable: true }) completedOn: Date | null;
  @Column({ name: 'valid_until', type: 'timestamptz', nullable: true }) validUntil: Date | null;
  @Column({ type: 'text', nullable: true }) outcome: string | null;
  @Column({ type: 'text', nullable: true }) summary: string | null;
  @Column({ name: 'corrective_actions', type: 'jsonb', default: () => "'[]'" }) correctiveActions: CorrectiveActionValue[];
  /** signed-in organizations outside the visibility see that it exists (summary only) and may ask for access */
  @Column({ type: 'boolean', default: true }) discoverable: boolean;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;

  @ManyToOne(() => SmelterEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'smelter_id' })
  smelter?: SmelterEntity;
}

@Entity('audit_reports')
@Index('audit_reports_audit', ['auditId'])
export class AuditReportEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'audit_id', type: 'uuid' }) auditId: string;
  @Column({ name: 'file_name', type: 'text' }) fileName: string;
  @Column({ name: 'size_bytes', type: 'int' }) sizeBytes: number;
  @Column({ type: 'char', length: 64 }) sha256: string;
  @Column({ name: 'storage_key', type: 'text' }) storageKey: string;
  @Column({ name: 'uploaded_by_user_id', type: 'uuid' }) uploadedByUserId: string;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;

  @ManyToOne(() => AuditEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'audit_id' })
  audit?: AuditEntity;
}

@Entity('audit_access_requests')
@Index('audit_access_requests_audit', ['auditId', 'status'])
@Index('audit_access_requests_requester', ['requesterOrganizationId', 'status'])
export class AccessRequestEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'audit_id', type: 'uuid' }) auditId: string;
  @Column({ name: 'requester_organization_id', type: 'uuid' }) requesterOrganizationId: string;
  @Column({ name: 'requested_by_user_id', type: 'uuid' }) requestedByUserId: string;
  @Column({ type: 'text' }) purpose: string;
  @Column({ type: 'enum', enum: AccessRequestStatus, enumName: 'access_request_status', default: AccessRequestStatus.PENDING }) status: AccessRequestStatus;
  @Column({ name: 'expires_at', type: 'timestamptz', nullable: true }) expiresAt: Date | null;
  @Column({ name: 'decided_by_user_id', type: 'uuid', nullable: true }) decidedByUserId: string | null;
  @Column({ name: 'decided_at', type: 'timestamptz', nullable: true }) decidedAt: Date | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;

  @ManyToOne(() => AuditEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'audit_id' })
  audit?: AuditEntity;
}

/** Every view and download of an audit's reports; append-only (a trigger refuses UPDATE and DELETE). */
@Entity('audit_access_log')
@Index('audit_access_log_audit', ['auditId', 'at'])
export class AccessLogEntity {
  @PrimaryGeneratedColumn('increment', { type: 'bigint' }) id: string;
  @Column({ name: 'audit_id', type: 'uuid' }) auditId: string;
  @Column({ name: 'report_id', type: 'uuid', nullable: true }) reportId: string | null;
  @Column({ name: 'organization_id', type: 'uuid', nullable: true }) organizationId: string | null;
  @Column({ name: 'user_id', type: 'uuid' }) userId: string;
  @Column({ type: 'text' }) action: 'VIEW' | 'DOWNLOAD';
  @CreateDateColumn({ type: 'timestamptz' }) at: Date;
  // no foreign keys: the log outlives what it mentions, and nothing may delete from it
}

/** A proposed audit of an uncovered smelter, paid for in equal shares by its sponsors. */
@Entity('joint_audits')
@Index('joint_audits_smelter', ['smelterId'])
@Check('joint_audits_cost', 'estimated_cost_minor IS NULL OR estimated_cost_minor > 0')
export class JointAuditEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'smelter_id', type: 'uuid' }) smelterId: string;
  @Column({ name: 'proposer_organization_id', type: 'uuid' }) proposerOrganizationId: string;
  @Column({ name: 'estimated_cost_minor', type: 'bigint', nullable: true, transformer: bigintNumber }) estimatedCostMinor: number | null;
  @Column({ type: 'char', length: 3, nullable: true }) currency: string | null;
  @Column({ type: 'text', default: 'PROPOSED' }) status: string;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}

@Entity('joint_audit_sponsors')
export class JointAuditSponsorEntity {
  @PrimaryColumn({ name: 'joint_audit_id', type: 'uuid' }) jointAuditId: string;
  @PrimaryColumn({ name: 'organization_id', type: 'uuid' }) organizationId: string;
  @Column({ name: 'share_minor', type: 'bigint', nullable: true, transformer: bigintNumber }) shareMinor: number | null;
  @CreateDateColumn({ name: 'joined_at', type: 'timestamptz' }) joinedAt: Date;

  @ManyToOne(() => JointAuditEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'joint_audit_id' })
  jointAudit?: JointAuditEntity;
}

export const SMELTER_ENTITIES = [
  SmelterEntity,
  DeclarationImportEntity,
  DeclarationEntity,
  DeclaredSmelterEntity,
  MatchReviewEntity,
  AuditEntity,
  AuditReportEntity,
  AccessRequestEntity,
  AccessLogEntity,
  JointAuditEntity,
  JointAuditSponsorEntity,
];
