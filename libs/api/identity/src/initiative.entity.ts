import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { OrganizationEntity } from './organization.entity';

/** A multi-stakeholder initiative, run by one SECRETARIAT organization. */
@Entity('initiatives')
// trigram and sort indexes written by hand in the migration
@Index('initiatives_name_trgm', { synchronize: false })
@Index('initiatives_name_lower', { synchronize: false })
@Index('initiatives_slug_unique', ['slug'], { unique: true })
@Index('initiatives_secretariat', ['secretariatOrganizationId'])
export class InitiativeEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ type: 'text' }) name: string;
  @Column({ type: 'text' }) slug: string;
  @Column({ type: 'text', nullable: true }) description: string | null;
  @Column({ name: 'secretariat_organization_id', type: 'uuid' }) secretariatOrganizationId: string;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'secretariat_organization_id' })
  secretariat?: OrganizationEntity;
}
