import { MoneyInput, OrganizationKind, VisibilityInput } from '@commonground/api-core';
import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, IsDate, IsEnum, IsInt, IsOptional, IsString, IsUUID, MaxLength, Min, ValidateNested } from 'class-validator';
import { DigestFrequency, OpportunityKind, OpportunityStatus } from '../clearinghouse.entities';

// Lengths are checked by the service (OpportunityService.validate) so that errors name the text's index.

@InputType()
export class OpportunityTextInput {
  @Field() @IsString() language: string;
  @Field() @IsString() title: string;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() summary?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() body?: string | null;
  @Field(() => Boolean, { nullable: true }) @IsOptional() @IsBoolean() isOriginal?: boolean | null;
}

@InputType()
export class OpportunityAttachmentInput {
  @Field() @IsString() @MaxLength(200) title: string;
  @Field() @IsString() @MaxLength(2000) url: string;
}

@InputType()
export class OpportunityInput {
  @Field(() => OpportunityKind) @IsEnum(OpportunityKind) kind: OpportunityKind;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID('all', { message: 'initiativeId is not a valid identifier' }) initiativeId?: string | null;
  @Field(() => [OpportunityTextInput]) @IsArray() @ArrayMaxSize(3) @ValidateNested({ each: true }) @Type(() => OpportunityTextInput) texts: OpportunityTextInput[];
  @Field(() => Date, { nullable: true }) @IsOptional() @IsDate() opensAt?: Date | null;
  @Field(() => Date, { nullable: true }) @IsOptional() @IsDate() deadline?: Date | null;
  @Field(() => String, { nullable: true, description: 'IANA time zone of the deadline, e.g. Africa/Kinshasa' }) @IsOptional() @IsString() timeZone?: string | null;
  @Field(() => Date, { nullable: true, description: 'events, webinars and delegations: when it starts' }) @IsOptional() @IsDate() startsAt?: Date | null;
  @Field(() => Date, { nullable: true }) @IsOptional() @IsDate() endsAt?: Date | null;
  @Field(() => MoneyInput, { nullable: true }) @IsOptional() @ValidateNested() @Type(() => MoneyInput) amountMin?: MoneyInput | null;
  @Field(() => MoneyInput, { nullable: true }) @IsOptional() @ValidateNested() @Type(() => MoneyInput) amountMax?: MoneyInput | null;
  @Field(() => [OrganizationKind], { nullable: true }) @IsOptional() @IsArray() @IsEnum(OrganizationKind, { each: true }) eligibleKinds?: OrganizationKind[] | null;
  @Field(() => [String], { nullable: true }) @IsOptional() @IsArray() @ArrayMaxSize(250) @IsString({ each: true }) eligibleCountries?: string[] | null;
  @Field(() => [String], { nullable: true }) @IsOptional() @IsArray() @ArrayMaxSize(250) @IsString({ each: true }) countries?: string[] | null;
  @Field(() => [String], { nullable: true }) @IsOptional() @IsArray() @ArrayMaxSize(40) @IsString({ each: true }) regions?: string[] | null;
  @Field(() => [String], { nullable: true }) @IsOptional() @IsArray() @ArrayMaxSize(20) @IsString({ each: true }) minerals?: string[] | null;
  @Field(() => [String], { nullable: true }) @IsOptional() @IsArray() @ArrayMaxSize(20) @IsString({ each: true }) themes?: string[] | null;
  @Field(() => [String], { nullable: true }) @IsOptional() @IsArray() @ArrayMaxSize(20) @IsString({ each: true }) links?: string[] | null;
  @Field(() => [OpportunityAttachmentInput], { nullable: true }) @IsOptional() @IsArray() @ArrayMaxSize(20) @ValidateNested({ each: true }) @Type(() => OpportunityAttachmentInput) attachments?: OpportunityAttachmentInput[] | null;
  @Field(() => String, { nullable: true, description: 'who to ask: a name, e-mail address or both' }) @IsOptional() @IsString() @MaxLength(300) contact?: string | null;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(1) seatLimit?: number | null;
  @Field(() => VisibilityInput, { nullable: true }) @IsOptional() @ValidateNested() @Type(() => VisibilityInput) visibility?: VisibilityInput | null;
  @Field(() => Date, { nullable: true, description: 'publish by itself at this time (publishOpportunity then schedules it)' }) @IsOptional() @IsDate() publishAt?: Date | null;
}

@InputType('OpportunityFilter')
export class OpportunityFilterInput {
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() query?: string | null;
  @Field(() => [OpportunityKind], { nullable: true }) @IsOptional() @IsArray() @IsEnum(OpportunityKind, { each: true }) kinds?: OpportunityKind[] | null;
  @Field(() => [OpportunityStatus], { nullable: true, description: 'default: PUBLISHED' }) @IsOptional() @IsArray() @IsEnum(OpportunityStatus, { each: true }) statuses?: OpportunityStatus[] | null;
  @Field(() => [String], { nullable: true }) @IsOptional() @IsArray() @IsString({ each: true }) minerals?: string[] | null;
  @Field(() => [String], { nullable: true }) @IsOptional() @IsArray() @IsString({ each: true }) themes?: string[] | null;
  @Field(() => [String], { nullable: true, description: 'ISO 3166-1 alpha-2; matches opportunities for the country or a region containing it' }) @IsOptional() @IsArray() @IsString({ each: true }) countries?: string[] | null;
  @Field(() => [String], { nullable: true, description: 'UN M49 codes' }) @IsOptional() @IsArray() @IsString({ each: true }) regions?: string[] | null;
  @Field(() => [String], { nullable: true }) @IsOptional() @IsArray() @IsString({ each: true }) languages?: string[] | null;
  @Field(() => [ID], { nullable: true }) @IsOptional() @IsArray() @IsString({ each: true }) publisherIds?: string[] | null;
  @Field(() => Date, { nullable: true }) @IsOptional() @IsDate() deadlineAfter?: Date | null;
  @Field(() => Date, { nullable: true }) @IsOptional() @IsDate() deadlineBefore?: Date | null;
}

@InputType()
export class SavedSearchInput {
  @Field() @IsString() @MaxLength(120) name: string;
  @Field(() => OpportunityFilterInput) @ValidateNested() @Type(() => OpportunityFilterInput) filter: OpportunityFilterInput;
  @Field(() => DigestFrequency) @IsEnum(DigestFrequency) frequency: DigestFrequency;
}
