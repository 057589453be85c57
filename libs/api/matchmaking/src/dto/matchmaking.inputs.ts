import { MoneyInput, VisibilityInput } from '@commonground/api-core';
import { Field, Float, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, IsDate, IsEnum, IsInt, IsNumber, IsOptional, IsString, IsUUID, Length, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { DecisionKind, ProjectStage } from '../matchmaking.entities';

@InputType()
export class WeightedValueInput {
  @Field() @IsString() @MaxLength(60) value: string;
  @Field(() => Float) @IsNumber({ allowNaN: false, allowInfinity: false }) @Min(0, { message: 'weight must be between 0 and 1' }) @Max(1, { message: 'weight must be between 0 and 1' }) weight: number;
}

@InputType()
export class ProjectInput {
  @Field() @IsString() @Length(3, 200, { message: 'title must be 3 to 200 characters long' }) title: string;
  @Field() @IsString() @Length(10, 1000, { message: 'summary must be 10 to 1000 characters long' }) summary: string;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(20_000) description?: string | null;
  @Field(() => [ID], { nullable: true }) @IsOptional() @IsArray() @ArrayMaxSize(30) @IsUUID('all', { each: true }) partnerIds?: string[] | null;
  @Field(() => [String]) @IsArray() @ArrayMaxSize(30) @IsString({ each: true }) countries: string[];
  @Field(() => [String], { nullable: true }) @IsOptional() @IsArray() @ArrayMaxSize(20) @IsString({ each: true }) minerals?: string[] | null;
  @Field(() => [String]) @IsArray() @ArrayMaxSize(20) @IsString({ each: true }) themes: string[];
  @Field(() => ProjectStage) @IsEnum(ProjectStage) stage: ProjectStage;
  @Field(() => MoneyInput) @ValidateNested() @Type(() => MoneyInput) budget: MoneyInput;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(1) @Max(240) durationMonths?: number | null;
  @Field() @IsBoolean() consentToReferral: boolean;
  @Field(() => VisibilityInput, { nullable: true }) @IsOptional() @ValidateNested() @Type(() => VisibilityInput) visibility?: VisibilityInput | null;
}

@InputType()
export class DonorProfileInput {
  @Field(() => [WeightedValueInput]) @IsArray() @ArrayMaxSize(30) @ValidateNested({ each: true }) @Type(() => WeightedValueInput) themes: WeightedValueInput[];
  @Field(() => [WeightedValueInput], { nullable: true }) @IsOptional() @IsArray() @ArrayMaxSize(30) @ValidateNested({ each: true }) @Type(() => WeightedValueInput) minerals?: WeightedValueInput[] | null;
  @Field(() => [WeightedValueInput], { nullable: true }) @IsOptional() @IsArray() @ArrayMaxSize(100) @ValidateNested({ each: true }) @Type(() => WeightedValueInput) countries?: WeightedValueInput[] | null;
  @Field(() => [WeightedValueInput], { nullable: true }) @IsOptional() @IsArray() @ArrayMaxSize(50) @ValidateNested({ each: true }) @Type(() => WeightedValueInput) regions?: WeightedValueInput[] | null;
  @Field(() => MoneyInput, { nullable: true }) @IsOptional() @ValidateNested() @Type(() => MoneyInput) ticketMin?: MoneyInput | null;
  @Field(() => MoneyInput, { nullable: true }) @IsOptional() @ValidateNested() @Type(() => MoneyInput) ticketMax?: MoneyInput | null;
  @Field(() => [ProjectStage], { nullable: true }) @IsOptional() @IsArray() @IsEnum(ProjectStage, { each: true }) stages?: ProjectStage[] | null;
  @Field() @IsBoolean() openToCoFunding: boolean;
  @Field(() => [String], { nullable: true }) @IsOptional() @IsArray() @ArrayMaxSize(100) @IsString({ each: true }) excludedCountries?: string[] | null;
  @Field(() => [String], { nullable: true }) @IsOptional() @IsArray() @ArrayMaxSize(30) @IsString({ each: true }) excludedThemes?: string[] | null;
  @Field(() => Date, { nullable: true }) @IsOptional() @IsDate() windowOpensAt?: Date | null;
  @Field(() => Date, { nullable: true }) @IsOptional() @IsDate() windowClosesAt?: Date | null;
}

@InputType()
export class DecisionInput {
  @Field(() => ID) @IsUUID('all', { message: 'projectId is not a valid identifier' }) projectId: string;
  @Field(() => DecisionKind) @IsEnum(DecisionKind) kind: DecisionKind;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(2000) reason?: string | null;
  @Field(() => Boolean, { nullable: true }) @IsOptional() @IsBoolean() worthy?: boolean | null;
  @Field(() => MoneyInput, { nullable: true }) @IsOptional() @ValidateNested() @Type(() => MoneyInput) pledge?: MoneyInput | null;
  @Field(() => [ID], { nullable: true }) @IsOptional() @IsArray() @ArrayMaxSize(50) @IsUUID('all', { each: true }) referToOrganizationIds?: string[] | null;
  @Field(() => Boolean, { nullable: true }) @IsOptional() @IsBoolean() referToAllMatching?: boolean | null;
  @Field(() => String, { nullable: true, description: 'the referral note the referred donors read' }) @IsOptional() @IsString() @MaxLength(2000) note?: string | null;
}
