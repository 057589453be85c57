import { OrganizationRole } from '@commonground/api-core';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { OrganizationEntity } from './organization.entity';

/** An invitation to join an organization; only the hash of its token is kept. */
@Entity('invitations')
@Index('invitations_token_hash_unique', ['tokenHash'], { unique: true })
@Index('invitations_org', ['organizationId'])
export class InvitationEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'organization_id', type: 'uuid' }) organizationId: string;
  @Column({ type: 'text' }) email: string;
  @Column({ type: 'enum', enum: OrganizationRole, enumName: 'organization_role' }) role: OrganizationRole;
  @Column({ name: 'token_hash', type: 'text' }) tokenHash: string;
  @Column({ name: 'invited_by_user_id', type: 'uuid', nullable: true }) invitedByUserId: string | null;
  @Column({ name: 'expires_at', type: 'timestamptz' }) expiresAt: Date;
  @Column({ name: 'accepted_at', type: 'timestamptz', nullable: true }) acceptedAt: Date | null;
  @Column({ name: 'accepted_by_user_id', type: 'uuid', nullable: true }) acceptedByUserId: string | null;
  @Column({ name: 'revoked_at', type: 'timestamptz', nullable: true }) revokedAt: Date | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id' })
  organization?: OrganizationEntity;
}
