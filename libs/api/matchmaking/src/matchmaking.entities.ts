import { VisibilityColumnsBase, bigintNumber } from '@commonground/api-core';
import { OrganizationEntity } from '@commonground/api-identity';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

export enum ProjectStage {
  CONCEPT = 'CONCEPT',
  PROPOSAL = 'PROPOSAL',
  ONGOING = 'ONGOING',
}
export enum DecisionKind {
  INTERESTED = 'INTERESTED',
  PLEDGED = 'PLEDGED',
  DECLINED = 'DECLINED',
}
export enum PledgeStatus {
  PROPOSED = 'PROPOSED',
  CONFIRMED = 'CONFIRMED',
  WITHDRAWN = 'WITHDRAWN',
}

export interface WeightedEntry {
  value: string;
  weight: number;
}

/** A project seeking funding, published by an applicant organization. */
@Entity('projects')
@Index('projects_owner', ['ownerOrganizationId'])
@Index('projects_title_trgm', { synchronize: false })
@Index('projects_themes_gin', { synchronize: false })
@Index('projects_minerals_gin', { synchronize: false })
@Index('projects_countries_gin', { synchronize: false })
@Check('projects_budget_positive', 'budget_minor > 0')
export class ProjectEntity extends VisibilityColumnsBase {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ type: 'text' }) title: string;
  @Column({ type: 'text' }) summary: string;
  @Column({ type: 'text', nullable: true }) description: string | null;
  /** the applicant */
  @Column({ name: 'owner_organization_id', type: 'uuid' }) ownerOrganizationId: string;
  @Column({ type: 'text', array: true, default: '{}' }) countries: string[];
  @Column({ type: 'text', array: true, default: '{}' }) minerals: string[];
  @Column({ type: 'text', array: true, default: '{}' }) themes: string[];
  @Column({ type: 'enum', enum: ProjectStage, enumName: 'project_stage' }) stage: ProjectStage;
  @Column({ name: 'budget_minor', type: 'bigint', transformer: bigintNumber }) budgetMinor: number;
  @Column({ type: 'char', length: 3 }) currency: string;
  /** confirmed pledges converted into the budget currency; kept up to date with the pledges */
  @Column({ name: 'confirmed_minor', type: 'bigint', default: 0, transformer: bigintNumber }) confirmedMinor: number;
  @Column({ name: 'duration_months', type: 'int', nullable: true }) durationMonths: number | null;
  @Column({ name: 'consent_to_referral', type: 'boolean', default: false }) consentToReferral: boolean;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'owner_organization_id' })
  owner?: OrganizationEntity;
}

@Entity('project_partners')
export class ProjectPartnerEntity {
  @PrimaryColumn({ name: 'project_id', type: 'uuid' }) projectId: string;
  @PrimaryColumn({ name: 'organization_id', type: 'uuid' }) organizationId: string;

  @ManyToOne(() => ProjectEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'project_id' })
  project?: ProjectEntity;
  @ManyToOne(() => OrganizationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id' })
  organization?: OrganizationEntity;
}

/** A donor organization's priorities, ticket size, stages, exclusions and funding window. */
@Entity('donor_profiles')
@Index('donor_profiles_org_unique', ['organizationId'], { unique: true })
export class DonorProfileEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'organization_id', type: 'uuid' }) organizationId: string;
  @Column({ type: 'jsonb', default: () => "'[]'" }) themes: WeightedEntry[];
  @Column({ type: 'jsonb', default: () => "'[]'" }) minerals: WeightedEntry[];
  @Column({ type: 'jsonb', default: () => "'[]'" }) countries: WeightedEntry[];
  @Column({ type: 'jsonb', default: () => "'[]'" }) regions: WeightedEntry[];
  @Column({ name: 'ticket_min_minor', type: 'bigint', nullable: true, transformer: bigintNumber }) ticketMinMinor: number | null;
  @Column({ name: 'ticket_max_minor', type: 'bigint', nullable: true, transformer: bigintNumber }) ticketMaxMinor: number | null;
  @Column({ name: 'ticket_currency', type: 'char', length: 3, nullable: true }) ticketCurrency: string | null;
  @Column({ type: 'enum', enum: ProjectStage, enumName: 'project_stage', array: true, default: '{}' }) stages: ProjectStage[];
  @Column({ name: 'open_to_co_funding', type: 'boolean', default: false }) openToCoFunding: boolean;
  @Column({ name: 'excluded_countries', type: 'text', array: true, default: '{}' }) excludedCountries: string[];
  @Column({ name: 'excluded_themes', type: 'text', array: true, default: '{}' }) excludedThemes: string[];
  @Column({ name: 'window_opens_at', type: 'timestamptz', nullable: true }) windowOpensAt: Date | null;
  @Column({ name: 'window_closes_at', type: 'timestamptz', nullable: true }) windowClosesAt: Date | null;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id' })
  organization?: OrganizationEntity;
}

/** A donor's current decision on a project (one per donor and project; a new decision replaces it). */
@Entity('funding_decisions')
@Index('funding_decisions_unique', ['projectId', 'donorOrganizationId'], { unique: true })
@Index('funding_decisions_donor', ['donorOrganizationId'])
export class DecisionEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'project_id', type: 'uuid' }) projectId: string;
  @Column({ name: 'donor_organization_id', type: 'uuid' }) donorOrganizationId: string;
  @Column({ type: 'enum', enum: DecisionKind, enumName: 'decision_kind' }) kind: DecisionKind;
  /** the donor's own reason: seen by the donor only */
  @Column({ type: 'text', nullable: true }) reason: string | null;
  @Column({ type: 'boolean', default: false }) worthy: boolean;
  @Column({ name: 'decided_by_user_id', type: 'uuid' }) decidedByUserId: string;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;

  @ManyToOne(() => ProjectEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'project_id' })
  project?: ProjectEntity;
}

/** A declining donor refers a worthy project to a peer (once per peer and project). */
@Entity('referrals')
@Index('referrals_unique', ['projectId', 'toDonorOrganizationId'], { unique: true })
@Index('referrals_to', ['toDonorOrganizationId', 'createdAt'])
export class ReferralEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'project_id', type: 'uuid' }) projectId: string;
  @Column({ name: 'from_donor_organization_id', type: 'uuid' }) fromDonorOrganizationId: string;
  @Column({ name: 'to_donor_organization_id', type: 'uuid' }) toDonorOrganizationId: string;
  @Column({ type: 'text', nullable: true }) note: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;

  @ManyToOne(() => ProjectEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'project_id' })
  project?: ProjectEntity;
}

/** A donor highlights a project as catalytic for its peers. */
@Entity('project_highlights')
@Index('project_highlights_recent', ['createdAt'])
export class HighlightEntity {
  @PrimaryColumn({ name: 'project_id', type: 'uuid' }) projectId: string;
  @PrimaryColumn({ name: 'donor_organization_id', type: 'uuid' }) donorOrganizationId: string;
  @Column({ type: 'text', nullable: true }) note: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;

  @ManyToOne(() => ProjectEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'project_id' })
  project?: ProjectEntity;
}

@Entity('pledges')
@Index('pledges_project', ['projectId'])
@Check('pledges_amount_positive', 'amount_minor > 0')
export class PledgeEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'project_id', type: 'uuid' }) projectId: string;
  @Column({ name: 'donor_organization_id', type: 'uuid' }) donorOrganizationId: string;
  @Column({ name: 'amount_minor', type: 'bigint', transformer: bigintNumber }) amountMinor: number;
  @Column({ type: 'char', length: 3 }) currency: string;
  @Column({ type: 'text', nullable: true }) conditions: string | null;
  @Column({ type: 'enum', enum: PledgeStatus, enumName: 'pledge_status', default: PledgeStatus.PROPOSED }) status: PledgeStatus;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;

  @ManyToOne(() => ProjectEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'project_id' })
  project?: ProjectEntity;
}

@Entity('co_funding_rounds')
@Index('co_funding_rounds_project', ['projectId'])
export class CoFundingRoundEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'project_id', type: 'uuid' }) projectId: string;
  @Column({ name: 'lead_organization_id', type: 'uuid' }) leadOrganizationId: string;
  @Column({ name: 'target_minor', type: 'bigint', transformer: bigintNumber }) targetMinor: number;
  @Column({ type: 'char', length: 3 }) currency: string;
  @Column({ name: 'invited_organization_ids', type: 'uuid', array: true, default: '{}' }) invitedOrganizationIds: string[];
  @Column({ name: 'closes_at', type: 'timestamptz', nullable: true }) closesAt: Date | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;

  @ManyToOne(() => ProjectEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'project_id' })
  project?: ProjectEntity;
}

/** Dated exchange rates (units of the currency per euro). */
@Entity('exchange_rates')
export class ExchangeRateEntity {
  @PrimaryColumn({ type: 'char', length: 3 }) currency: string;
  @PrimaryColumn({ name: 'rate_date', type: 'date' }) rateDate: string;
  @Column({ name: 'per_euro', type: 'numeric', precision: 18, scale: 8 }) perEuro: string;
}

export const MATCHMAKING_ENTITIES = [
  ProjectEntity,
  ProjectPartnerEntity,
  DonorProfileEntity,
  DecisionEntity,
  ReferralEntity,
  HighlightEntity,
  PledgeEntity,
  CoFundingRoundEntity,
  ExchangeRateEntity,
];
