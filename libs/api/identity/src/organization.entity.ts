import { OrganizationKind, SizeBand } from '@commonground/api-core';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

@Entity('organizations')
// trigram and sort indexes written by hand in the migration
@Index('organizations_name_trgm', { synchronize: false })
@Index('organizations_name_lower', { synchronize: false })
@Index('organizations_slug_unique', ['slug'], { unique: true })
@Index('organizations_kind', ['kind'])
export class OrganizationEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ type: 'text' }) name: string;
  @Column({ type: 'text' }) slug: string;
  @Column({ type: 'enum', enum: OrganizationKind, enumName: 'organization_kind' }) kind: OrganizationKind;
  @Column({ type: 'char', length: 2, nullable: true }) country: string | null;
  @Column({ name: 'size_band', type: 'enum', enum: SizeBand, enumName: 'size_band', nullable: true }) sizeBand: SizeBand | null;
  @Column({ type: 'text', nullable: true }) website: string | null;
  @Column({ type: 'boolean', default: false }) verified: boolean;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}
