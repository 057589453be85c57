import { InitiativeMembershipStatus } from '@commonground/api-core';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { InitiativeEntity } from './initiative.entity';
import { OrganizationEntity } from './organization.entity';

/** An organization's membership of an initiative. */
@Entity('initiative_members')
@Index('initiative_members_org', ['organizationId'])
@Index('initiative_members_status', ['initiativeId', 'status'])
export class InitiativeMemberEntity {
  @PrimaryColumn({ name: 'initiative_id', type: 'uuid' }) initiativeId: string;
  @PrimaryColumn({ name: 'organization_id', type: 'uuid' }) organizationId: string;
  @Column({ type: 'enum', enum: InitiativeMembershipStatus, enumName: 'initiative_membership_status' })
  status: InitiativeMembershipStatus;
  @CreateDateColumn({ name: 'applied_at', type: 'timestamptz' }) appliedAt: Date;
  /** when it last became ACTIVE */
  @Column({ name: 'joined_at', type: 'timestamptz', nullable: true }) joinedAt: Date | null;
  @Column({ name: 'decided_at', type: 'timestamptz', nullable: true }) decidedAt: Date | null;

  @ManyToOne(() => InitiativeEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'initiative_id' })
  initiative?: InitiativeEntity;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id' })
  organization?: OrganizationEntity;
}
