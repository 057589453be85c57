import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { OrganizationEntity } from '@commonground/api-identity';
import { TierEntity } from './tier.entity';

export enum TierApplicationStatus {
  PENDING = 'PENDING',
  APPROVED = 'APPROVED',
  REFUSED = 'REFUSED',
}

/**
 * One period of an organization in a tier, or an application for one. Rows
 * are never rewritten into another tier: a move closes the current row
 * (`until`) and opens a new one, so the history and the dues stay exact.
 */
@Entity('tier_memberships')
@Index('tier_memberships_initiative_org', ['initiativeId', 'organizationId'])
@Index('tier_memberships_tier', ['tierId'])
@Index('tier_memberships_one_pending', { synchronize: false })
@Index('tier_memberships_one_current', { synchronize: false })
export class TierMembershipEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'initiative_id', type: 'uuid' }) initiativeId: string;
  @Column({ name: 'organization_id', type: 'uuid' }) organizationId: string;
  @Column({ name: 'tier_id', type: 'uuid' }) tierId: string;
  @Column({ type: 'enum', enum: TierApplicationStatus, enumName: 'tier_application_status' }) status: TierApplicationStatus;
  @Column({ type: 'text', nullable: true }) reason: string | null;
  @CreateDateColumn({ name: 'applied_at', type: 'timestamptz' }) appliedAt: Date;
  @Column({ name: 'decided_at', type: 'timestamptz', nullable: true }) decidedAt: Date | null;
  @Column({ name: 'decided_by_user_id', type: 'uuid', nullable: true }) decidedByUserId: string | null;
  /** start of the approved period */
  @Column({ type: 'timestamptz', nullable: true }) since: Date | null;
  /** end of the approved period (moved to another tier, or left) */
  @Column({ type: 'timestamptz', nullable: true }) until: Date | null;

  @ManyToOne(() => TierEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'tier_id' })
  tier?: TierEntity;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id' })
  organization?: OrganizationEntity;
}
