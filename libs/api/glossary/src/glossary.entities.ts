import { VisibilityColumnsBase } from '@commonground/api-core';
import { InitiativeEntity, OrganizationEntity } from '@commonground/api-identity';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

export enum DefinitionKind {
  SOURCE = 'SOURCE',
  PROPOSED = 'PROPOSED',
}
export enum AlignmentStatus {
  DRAFT = 'DRAFT',
  CONSULTATION = 'CONSULTATION',
  ADOPTED = 'ADOPTED',
  SUPERSEDED = 'SUPERSEDED',
}
export enum Stance {
  ENDORSE = 'ENDORSE',
  OBJECT = 'OBJECT',
}

/** A concept of the shared vocabulary; labels, relations and definitions hang off it. */
@Entity('terms')
@Index('terms_slug_unique', ['slug'], { unique: true })
export class TermEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ type: 'text' }) slug: string;
  @Column({ type: 'text', nullable: true }) category: string | null;
  @Column({ type: 'text', array: true, default: '{}' }) minerals: string[];
  @Column({ type: 'text', array: true, default: '{}' }) themes: string[];
  @Column({ name: 'owner_organization_id', type: 'uuid' }) ownerOrganizationId: string;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'owner_organization_id' })
  owner?: OrganizationEntity;
}

/** A preferred (one per language) or alternative label of a term. */
@Entity('term_labels')
@Index('term_labels_term', ['termId'])
@Index('term_labels_pref_unique', { synchronize: false })
@Index('term_labels_text_trgm', { synchronize: false })
export class TermLabelEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'term_id', type: 'uuid' }) termId: string;
  @Column({ type: 'text' }) language: string;
  /** PREF | ALT */
  @Column({ type: 'text' }) kind: 'PREF' | 'ALT';
  @Column({ type: 'text' }) text: string;
  @Column({ type: 'int', default: 0 }) position: number;

  @ManyToOne(() => TermEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'term_id' })
  term?: TermEntity;
}

/** term BROADER other (other is broader); RELATED is stored in both directions. Narrower is the reverse of broader. */
@Entity('term_relations')
@Index('term_relations_other', ['otherTermId', 'kind'])
export class TermRelationEntity {
  @PrimaryColumn({ name: 'term_id', type: 'uuid' }) termId: string;
  @PrimaryColumn({ name: 'other_term_id', type: 'uuid' }) otherTermId: string;
  @PrimaryColumn({ type: 'text' }) kind: 'BROADER' | 'RELATED';

  @ManyToOne(() => TermEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'term_id' })
  term?: TermEntity;
  @ManyToOne(() => TermEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'other_term_id' })
  other?: TermEntity;
}

/** The terms of an initiative's glossary (created in it, imported into it, or defined by it). */
@Entity('initiative_terms')
@Index('initiative_terms_term', ['termId'])
export class InitiativeTermEntity {
  @PrimaryColumn({ name: 'initiative_id', type: 'uuid' }) initiativeId: string;
  @PrimaryColumn({ name: 'term_id', type: 'uuid' }) termId: string;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;

  @ManyToOne(() => InitiativeEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'initiative_id' })
  initiative?: InitiativeEntity;
  @ManyToOne(() => TermEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'term_id' })
  term?: TermEntity;
}

/** One organization's definition of a term, with its revisions, stances and comments. */
@Entity('definitions')
@Index('definitions_term', ['termId'])
@Index('definitions_initiative_status', ['initiativeId', 'status'])
@Index('definitions_consultation_end', ['consultationEndsAt'], { where: "status = 'CONSULTATION'" })
export class DefinitionEntity extends VisibilityColumnsBase {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'term_id', type: 'uuid' }) termId: string;
  @Column({ type: 'enum', enum: DefinitionKind, enumName: 'definition_kind' }) kind: DefinitionKind;
  @Column({ name: 'owner_organization_id', type: 'uuid' }) ownerOrganizationId: string;
  @Column({ name: 'initiative_id', type: 'uuid', nullable: true }) initiativeId: string | null;
  @Column({ name: 'citation_title', type: 'text', nullable: true }) citationTitle: string | null;
  @Column({ name: 'citation_url', type: 'text', nullable: true }) citationUrl: string | null;
  @Column({ name: 'citation_year', type: 'int', nullable: true }) citationYear: number | null;
  @Column({ type: 'enum', enum: AlignmentStatus, enumName: 'alignment_status', default: AlignmentStatus.DRAFT }) status: AlignmentStatus;
  @Column({ name: 'consultation_ends_at', type: 'timestamptz', nullable: true }) consultationEndsAt: Date | null;
  @Column({ name: 'consultation_closed_at', type: 'timestamptz', nullable: true }) consultationClosedAt: Date | null;
  @Column({ name: 'current_revision', type: 'int', default: 1 }) currentRevision: number;
  @Column({ name: 'adopted_revision', type: 'int', nullable: true }) adoptedRevision: number | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;

  @ManyToOne(() => TermEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'term_id' })
  term?: TermEntity;
  @ManyToOne(() => OrganizationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'owner_organization_id' })
  owner?: OrganizationEntity;
  @ManyToOne(() => InitiativeEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'initiative_id' })
  initiative?: InitiativeEntity;
}

/** An immutable revision of a definition. */
@Entity('definition_revisions')
@Index('definition_revisions_unique', ['definitionId', 'number'], { unique: true })
export class DefinitionRevisionEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'definition_id', type: 'uuid' }) definitionId: string;
  @Column({ type: 'int' }) number: number;
  @Column({ name: 'change_note', type: 'text', nullable: true }) changeNote: string | null;
  @Column({ name: 'author_user_id', type: 'uuid' }) authorUserId: string;
  /** the language the revision was written in */
  @Column({ name: 'original_language', type: 'text' }) originalLanguage: string;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;

  @ManyToOne(() => DefinitionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'definition_id' })
  definition?: DefinitionEntity;
}

/**
 * The text of a definition in one language, written for a revision. A
 * revision's text in a language is the latest text written for it or an
 * earlier revision; when it was written for an earlier one it is outdated.
 */
@Entity('definition_texts')
@Index('definition_texts_unique', ['definitionId', 'language', 'revisionNumber'], { unique: true })
export class DefinitionTextEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'definition_id', type: 'uuid' }) definitionId: string;
  @Column({ type: 'text' }) language: string;
  @Column({ name: 'revision_number', type: 'int' }) revisionNumber: number;
  @Column({ type: 'text' }) text: string;
  @Column({ name: 'is_original', type: 'boolean' }) isOriginal: boolean;
  @Column({ name: 'author_user_id', type: 'uuid' }) authorUserId: string;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;

  @ManyToOne(() => DefinitionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'definition_id' })
  definition?: DefinitionEntity;
}

/** An organization's ENDORSE or OBJECT on a definition or a principle set, for a given revision. */
@Entity('stances')
@Index('stances_unique', ['targetType', 'targetId', 'organizationId'], { unique: true })
export class StanceEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'target_type', type: 'text' }) targetType: 'DEFINITION' | 'PRINCIPLE_SET';
  @Column({ name: 'target_id', type: 'uuid' }) targetId: string;
  @Column({ name: 'organization_id', type: 'uuid' }) organizationId: string;
  @Column({ type: 'enum', enum: Stance, enumName: 'stance' }) stance: Stance;
  @Column({ type: 'text', nullable: true }) reason: string | null;
  @Column({ name: 'revision_number', type: 'int' }) revisionNumber: number;
  @Column({ name: 'user_id', type: 'uuid' }) userId: string;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id' })
  organization?: OrganizationEntity;
}

/** A comment on a definition or on one principle. */
@Entity('glossary_comments')
@Index('glossary_comments_target', ['targetType', 'targetId', 'createdAt'])
export class CommentEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'target_type', type: 'text' }) targetType: 'DEFINITION' | 'PRINCIPLE';
  @Column({ name: 'target_id', type: 'uuid' }) targetId: string;
  @Column({ name: 'author_user_id', type: 'uuid' }) authorUserId: string;
  @Column({ name: 'organization_id', type: 'uuid', nullable: true }) organizationId: string | null;
  @Column({ type: 'text' }) body: string;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}

/** A set of ordered principles, with the same revisions, consultation and adoption as definitions. */
@Entity('principle_sets')
@Index('principle_sets_initiative', ['initiativeId'])
export class PrincipleSetEntity extends VisibilityColumnsBase {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ type: 'text' }) title: string;
  @Column({ name: 'initiative_id', type: 'uuid', nullable: true }) initiativeId: string | null;
  @Column({ name: 'owner_organization_id', type: 'uuid' }) ownerOrganizationId: string;
  @Column({ type: 'enum', enum: AlignmentStatus, enumName: 'alignment_status', default: AlignmentStatus.DRAFT }) status: AlignmentStatus;
  @Column({ name: 'consultation_ends_at', type: 'timestamptz', nullable: true }) consultationEndsAt: Date | null;
  @Column({ name: 'consultation_closed_at', type: 'timestamptz', nullable: true }) consultationClosedAt: Date | null;
  @Column({ name: 'current_revision', type: 'int', default: 1 }) currentRevision: number;
  @Column({ name: 'adopted_revision', type: 'int', nullable: true }) adoptedRevision: number | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;

  @ManyToOne(() => InitiativeEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'initiative_id' })
  initiative?: InitiativeEntity;
}

@Entity('principle_set_revisions')
@Index('principle_set_revisions_unique', ['setId', 'number'], { unique: true })
export class PrincipleSetRevisionEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'set_id', type: 'uuid' }) setId: string;
  @Column({ type: 'int' }) number: number;
  @Column({ name: 'change_note', type: 'text', nullable: true }) changeNote: string | null;
  @Column({ name: 'author_user_id', type: 'uuid' }) authorUserId: string;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;

  @ManyToOne(() => PrincipleSetEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'set_id' })
  set?: PrincipleSetEntity;
}

@Entity('principles')
@Index('principles_revision', ['revisionId', 'position'])
export class PrincipleEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'revision_id', type: 'uuid' }) revisionId: string;
  @Column({ type: 'int' }) position: number;
  @Column({ type: 'text' }) statement: string;
  @Column({ type: 'text', nullable: true }) explanation: string | null;
  @Column({ name: 'sub_points', type: 'text', array: true, default: '{}' }) subPoints: string[];
  @Column({ type: 'text', array: true, default: '{}' }) footnotes: string[];

  @ManyToOne(() => PrincipleSetRevisionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'revision_id' })
  revision?: PrincipleSetRevisionEntity;
}

export const GLOSSARY_ENTITIES = [
  TermEntity,
  TermLabelEntity,
  TermRelationEntity,
  InitiativeTermEntity,
  DefinitionEntity,
  DefinitionRevisionEntity,
  DefinitionTextEntity,
  StanceEntity,
  CommentEntity,
  PrincipleSetEntity,
  PrincipleSetRevisionEntity,
  PrincipleEntity,
];
