import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import { InitiativeEntity, OrganizationEntity } from '@commonground/api-identity';
import { decimal, minorUnits } from './money.columns';

export enum PoolStatus {
  OPEN = 'OPEN',
  CLOSED = 'CLOSED',
}

/** A shared cost (a joint audit, a training programme) split among participants by tier weight. */
@Entity('cost_pools')
@Index('cost_pools_initiative', ['initiativeId', 'createdAt'])
@Index('cost_pools_open_deadline', ['joinDeadline'], { where: "status = 'OPEN'" })
export class CostPoolEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'initiative_id', type: 'uuid' }) initiativeId: string;
  @Column({ type: 'text' }) purpose: string;
  @Column({ name: 'total_minor', type: 'bigint', transformer: minorUnits }) totalMinor: number;
  @Column({ type: 'char', length: 3 }) currency: string;
  @Column({ type: 'enum', enum: PoolStatus, enumName: 'pool_status', default: PoolStatus.OPEN }) status: PoolStatus;
  @Column({ name: 'join_deadline', type: 'timestamptz', nullable: true }) joinDeadline: Date | null;
  @Column({ name: 'joint_audit_id', type: 'uuid', nullable: true }) jointAuditId: string | null;
  @Column({ name: 'opened_by_organization_id', type: 'uuid' }) openedByOrganizationId: string;
  /** what the caps leave unpaid after the last split */
  @Column({ name: 'uncovered_minor', type: 'bigint', default: 0, transformer: minorUnits }) uncoveredMinor: number;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;

  @ManyToOne(() => InitiativeEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'initiative_id' })
  initiative?: InitiativeEntity;
}

/** A participant of a pool with its current share; weight and cap are taken from its tier when it joins. */
@Entity('cost_pool_participants')
@Check('pool_shares_non_negative', 'amount_minor >= 0 AND paid_minor >= 0')
@Index('cost_pool_participants_org', ['organizationId'])
export class PoolParticipantEntity {
  @PrimaryColumn({ name: 'pool_id', type: 'uuid' }) poolId: string;
  @PrimaryColumn({ name: 'organization_id', type: 'uuid' }) organizationId: string;
  @Column({ name: 'tier_id', type: 'uuid', nullable: true }) tierId: string | null;
  @Column({ type: 'numeric', precision: 12, scale: 4, transformer: decimal }) weight: number;
  @Column({ name: 'cap_amount_minor', type: 'bigint', nullable: true, transformer: minorUnits }) capAmountMinor: number | null;
  @Column({ name: 'cap_percent', type: 'numeric', precision: 7, scale: 4, nullable: true, transformer: decimal }) capPercent: number | null;
  @Column({ name: 'amount_minor', type: 'bigint', transformer: minorUnits }) amountMinor: number;
  @Column({ type: 'boolean', default: false }) capped: boolean;
  @Column({ name: 'paid_minor', type: 'bigint', default: 0, transformer: minorUnits }) paidMinor: number;
  @CreateDateColumn({ name: 'joined_at', type: 'timestamptz' }) joinedAt: Date;

  @ManyToOne(() => CostPoolEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'pool_id' })
  pool?: CostPoolEntity;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id' })
  organization?: OrganizationEntity;
}

/** Organizations invited to a pool (they join themselves). */
@Entity('cost_pool_invitations')
export class PoolInvitationEntity {
  @PrimaryColumn({ name: 'pool_id', type: 'uuid' }) poolId: string;
  @PrimaryColumn({ name: 'organization_id', type: 'uuid' }) organizationId: string;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;

  @ManyToOne(() => CostPoolEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'pool_id' })
  pool?: CostPoolEntity;
}

/** Every change of a participant's share, with its cause: nothing changes silently. */
@Entity('cost_pool_share_changes')
@Index('cost_pool_share_changes_pool_org', ['poolId', 'organizationId', 'at'])
export class PoolShareChangeEntity {
  @PrimaryGeneratedColumn('increment', { type: 'bigint' }) id: string;
  @Column({ name: 'pool_id', type: 'uuid' }) poolId: string;
  @Column({ name: 'organization_id', type: 'uuid' }) organizationId: string;
  @Column({ name: 'previous_minor', type: 'bigint', nullable: true, transformer: minorUnits }) previousMinor: number | null;
  @Column({ name: 'amount_minor', type: 'bigint', transformer: minorUnits }) amountMinor: number;
  /** JOINED | RESPLIT (another organization joined) */
  @Column({ type: 'text' }) cause: string;
  @Column({ name: 'caused_by_organization_id', type: 'uuid', nullable: true }) causedByOrganizationId: string | null;
  @CreateDateColumn({ type: 'timestamptz' }) at: Date;

  @ManyToOne(() => CostPoolEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'pool_id' })
  pool?: CostPoolEntity;
}

/** A payment recorded by the secretariat. */
@Entity('cost_pool_payments')
@Index('cost_pool_payments_pool_org', ['poolId', 'organizationId'])
export class PoolPaymentEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'pool_id', type: 'uuid' }) poolId: string;
  @Column({ name: 'organization_id', type: 'uuid' }) organizationId: string;
  @Column({ name: 'amount_minor', type: 'bigint', transformer: minorUnits }) amountMinor: number;
  @Column({ type: 'char', length: 3 }) currency: string;
  @Column({ name: 'recorded_by_user_id', type: 'uuid' }) recordedByUserId: string;
  @CreateDateColumn({ name: 'recorded_at', type: 'timestamptz' }) recordedAt: Date;

  @ManyToOne(() => CostPoolEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'pool_id' })
  pool?: CostPoolEntity;
}
