import { VisibilityInput } from '@commonground/api-core';
import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsEnum,
  IsInt,
  IsOptional,
  IsString,
  IsUrl,
  IsUUID,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { DefinitionKind } from '../glossary.entities';

export const MAX_DEFINITION_LENGTH = 10_000;

@InputType()
export class LocalizedTextInput {
  @Field() @IsString() @Matches(/^[a-z]{2}(-[A-Z]{2})?$/, { message: 'language must be a BCP 47 code such as en, fr or es' }) language: string;
  @Field() @IsString() @Length(1, MAX_DEFINITION_LENGTH, { message: `text must be 1 to ${MAX_DEFINITION_LENGTH} characters long` }) text: string;
}

@InputType()
export class CitationInput {
  @Field() @IsString() @Length(1, 300, { message: 'title must be 1 to 300 characters long' }) title: string;
  @Field(() => String, { nullable: true }) @IsOptional() @IsUrl({ protocols: ['http', 'https'], require_protocol: true }, { message: 'url must be an http(s) address' }) url?: string | null;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(1500) @Max(2100) year?: number | null;
}

@InputType()
export class TermInput {
  @Field(() => String, { nullable: true }) @IsOptional() @Matches(/^[a-z0-9]+(-[a-z0-9]+)*$/, { message: 'slug may contain lowercase letters, digits and dashes' }) @MaxLength(80) slug?: string | null;
  @Field(() => [LocalizedTextInput]) @IsArray() @ArrayMinSize(1, { message: 'give at least one label' }) @ArrayMaxSize(10) @ValidateNested({ each: true }) @Type(() => LocalizedTextInput) labels: LocalizedTextInput[];
  @Field(() => [LocalizedTextInput], { nullable: true }) @IsOptional() @IsArray() @ArrayMaxSize(60) @ValidateNested({ each: true }) @Type(() => LocalizedTextInput) altLabels?: LocalizedTextInput[] | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(80) category?: string | null;
  @Field(() => [String], { nullable: true }) @IsOptional() @IsArray() @ArrayMaxSize(20) @IsString({ each: true }) minerals?: string[] | null;
  @Field(() => [String], { nullable: true }) @IsOptional() @IsArray() @ArrayMaxSize(20) @IsString({ each: true }) themes?: string[] | null;
  @Field(() => [ID], { nullable: true }) @IsOptional() @IsArray() @ArrayMaxSize(20) @IsUUID('all', { each: true }) broaderIds?: string[] | null;
  @Field(() => [ID], { nullable: true }) @IsOptional() @IsArray() @ArrayMaxSize(50) @IsUUID('all', { each: true }) relatedIds?: string[] | null;
}

@InputType()
export class DefinitionInput {
  @Field(() => ID) @IsUUID('all', { message: 'termId is not a valid identifier' }) termId: string;
  @Field(() => DefinitionKind) @IsEnum(DefinitionKind) kind: DefinitionKind;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID('all', { message: 'initiativeId is not a valid identifier' }) initiativeId?: string | null;
  @Field(() => [LocalizedTextInput]) @IsArray() @ArrayMinSize(1, { message: 'give the text in at least one language' }) @ArrayMaxSize(10) @ValidateNested({ each: true }) @Type(() => LocalizedTextInput) texts: LocalizedTextInput[];
  @Field(() => CitationInput, { nullable: true }) @IsOptional() @ValidateNested() @Type(() => CitationInput) citation?: CitationInput | null;
  @Field(() => VisibilityInput, { nullable: true }) @IsOptional() @ValidateNested() @Type(() => VisibilityInput) visibility?: VisibilityInput | null;
}

@InputType()
export class ReviseDefinitionInput {
  @Field(() => ID) @IsUUID('all', { message: 'definitionId is not a valid identifier' }) definitionId: string;
  @Field(() => Int) @IsInt() @Min(1) basedOnRevision: number;
  @Field(() => [LocalizedTextInput]) @IsArray() @ArrayMinSize(1, { message: 'give the text in at least one language' }) @ArrayMaxSize(10) @ValidateNested({ each: true }) @Type(() => LocalizedTextInput) texts: LocalizedTextInput[];
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(1000) changeNote?: string | null;
}

@InputType()
export class PrincipleInput {
  @Field() @IsString() @Length(1, 2000, { message: 'statement must be 1 to 2000 characters long' }) statement: string;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(MAX_DEFINITION_LENGTH) explanation?: string | null;
  @Field(() => [String], { nullable: true }) @IsOptional() @IsArray() @ArrayMaxSize(30) @IsString({ each: true }) @MaxLength(2000, { each: true }) subPoints?: string[] | null;
  @Field(() => [String], { nullable: true }) @IsOptional() @IsArray() @ArrayMaxSize(30) @IsString({ each: true }) @MaxLength(2000, { each: true }) footnotes?: string[] | null;
}
