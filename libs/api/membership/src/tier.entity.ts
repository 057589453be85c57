import { OrganizationKind, SizeBand } from '@commonground/api-core';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { InitiativeEntity } from '@commonground/api-identity';
import { decimal, minorUnits } from './money.columns';

/** A membership tier of an initiative: fee, eligibility, cost-sharing weight, caps, benefits. */
@Entity('tiers')
@Check('tiers_weight_positive', 'weight > 0')
@Check('tiers_caps_non_negative', '(cap_amount_minor IS NULL OR cap_amount_minor >= 0) AND (cap_percent IS NULL OR (cap_percent >= 0 AND cap_percent <= 100))')
@Index('tiers_initiative', ['initiativeId'])
@Index('tiers_initiative_name_unique', { synchronize: false })
export class TierEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'initiative_id', type: 'uuid' }) initiativeId: string;
  @Column({ type: 'text' }) name: string;
  @Column({ name: 'annual_fee_minor', type: 'bigint', transformer: minorUnits }) annualFeeMinor: number;
  @Column({ type: 'char', length: 3 }) currency: string;
  @Column({ name: 'eligible_kinds', type: 'enum', enum: OrganizationKind, enumName: 'organization_kind', array: true, default: '{}' })
  eligibleKinds: OrganizationKind[];
  @Column({ name: 'eligible_size_bands', type: 'enum', enum: SizeBand, enumName: 'size_band', array: true, default: '{}' })
  eligibleSizeBands: SizeBand[];
  @Column({ type: 'numeric', precision: 12, scale: 4, transformer: decimal }) weight: number;
  /** no single pool share above this (in the tier's currency) */
  @Column({ name: 'cap_amount_minor', type: 'bigint', nullable: true, transformer: minorUnits }) capAmountMinor: number | null;
  /** or above this percentage of the pool */
  @Column({ name: 'cap_percent', type: 'numeric', precision: 7, scale: 4, nullable: true, transformer: decimal }) capPercent: number | null;
  @Column({ type: 'text', array: true, default: '{}' }) benefits: string[];
  @Column({ name: 'audit_library_access', type: 'boolean', default: false }) auditLibraryAccess: boolean;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;

  @ManyToOne(() => InitiativeEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'initiative_id' })
  initiative?: InitiativeEntity;
}
