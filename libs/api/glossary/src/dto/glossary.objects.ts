import { NodeInterface, connectionType } from '@commonground/api-core';
import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { AlignmentStatus, DefinitionKind, Stance } from '../glossary.entities';

registerEnumType(DefinitionKind, { name: 'DefinitionKind' });
registerEnumType(AlignmentStatus, { name: 'AlignmentStatus' });
registerEnumType(Stance, { name: 'Stance' });

export enum GlossaryFormat {
  SKOS_TURTLE = 'SKOS_TURTLE',
  SKOS_JSONLD = 'SKOS_JSONLD',
  CSV = 'CSV',
}
registerEnumType(GlossaryFormat, { name: 'GlossaryFormat' });

@ObjectType()
export class LocalizedText {
  @Field({ description: 'BCP 47, e.g. en, fr, es' }) language: string;
  @Field() text: string;
  @Field({ description: 'a translation made for an older revision' }) outdated: boolean;
}

@ObjectType()
export class Citation {
  @Field() title: string;
  @Field(() => String, { nullable: true }) url: string | null;
  @Field(() => Int, { nullable: true }) year: number | null;
}

@ObjectType({ implements: () => [NodeInterface] })
export class Term implements NodeInterface {
  @Field(() => ID) id: string;
  @Field() slug: string;
  @Field(() => String, { nullable: true }) category: string | null;
  @Field(() => [String]) minerals: string[];
  @Field(() => [String]) themes: string[];
}

@ObjectType({ implements: () => [NodeInterface] })
export class Definition implements NodeInterface {
  @Field(() => ID) id: string;
  @Field(() => DefinitionKind) kind: DefinitionKind;
  @Field(() => Citation, { nullable: true }) citation: Citation | null;
  @Field(() => AlignmentStatus) status: AlignmentStatus;
  @Field(() => Date, { nullable: true }) consultationEndsAt: Date | null;
  @Field({ description: 'true while the consultation takes stances and comments' }) consultationOpen: boolean;
  termId: string;
  ownerOrganizationId: string;
  initiativeId: string | null;
  currentRevisionNumber: number;
  adoptedRevisionNumber: number | null;
}

@ObjectType({ implements: () => [NodeInterface] })
export class DefinitionRevision implements NodeInterface {
  @Field(() => ID) id: string;
  @Field(() => Int) number: number;
  @Field(() => String, { nullable: true }) changeNote: string | null;
  @Field(() => Date) createdAt: Date;
  @Field({ description: 'the language the revision was written in' }) originalLanguage: string;
  definitionId: string;
  authorUserId: string;
}

@ObjectType()
export class Endorsement {
  @Field(() => Stance) stance: Stance;
  @Field(() => String, { nullable: true }) reason: string | null;
  @Field(() => Int) revisionNumber: number;
  @Field({ description: 'false when the text changed after it was given' }) current: boolean;
  @Field(() => Date) createdAt: Date;
  organizationId: string;
}

@ObjectType({ implements: () => [NodeInterface] })
export class Comment implements NodeInterface {
  @Field(() => ID) id: string;
  @Field() body: string;
  @Field(() => Date) createdAt: Date;
  authorUserId: string;
  organizationId: string | null;
}

@ObjectType()
export class TextDiffPart {
  @Field({ description: 'EQUAL | INSERT | DELETE' }) kind: string;
  @Field() text: string;
}

@ObjectType({ implements: () => [NodeInterface] })
export class PrincipleSet implements NodeInterface {
  @Field(() => ID) id: string;
  @Field() title: string;
  @Field(() => AlignmentStatus) status: AlignmentStatus;
  @Field(() => Date, { nullable: true }) consultationEndsAt: Date | null;
  @Field() consultationOpen: boolean;
  initiativeId: string | null;
  ownerOrganizationId: string;
  currentRevisionNumber: number;
  adoptedRevisionNumber: number | null;
}

@ObjectType({ implements: () => [NodeInterface] })
export class PrincipleSetRevision implements NodeInterface {
  @Field(() => ID) id: string;
  @Field(() => Int) number: number;
  @Field(() => String, { nullable: true }) changeNote: string | null;
  @Field(() => Date) createdAt: Date;
  setId: string;
}

@ObjectType({ implements: () => [NodeInterface] })
export class Principle implements NodeInterface {
  @Field(() => ID) id: string;
  @Field(() => Int) position: number;
  @Field() statement: string;
  @Field(() => String, { nullable: true }) explanation: string | null;
  @Field(() => [String]) subPoints: string[];
  @Field(() => [String]) footnotes: string[];
}

@ObjectType()
export class ImportReport {
  @Field(() => Int) created: number;
  @Field(() => Int) updated: number;
  @Field(() => Int) skipped: number;
  @Field(() => [String]) errors: string[];
  @Field(() => [String], { description: 'things ignored, e.g. unknown properties' }) warnings: string[];
}

export const TermConnection = connectionType(Term, 'Term');
export const CommentConnection = connectionType(Comment, 'Comment');
