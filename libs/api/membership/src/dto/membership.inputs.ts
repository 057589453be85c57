import { MoneyInput, OrganizationKind, SizeBand } from '@commonground/api-core';
import { Field, Float, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsDate,
  IsEnum,
  IsNumber,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';

@InputType()
export class TierInput {
  @Field() @IsString() @Length(1, 80, { message: 'name must be 1 to 80 characters long' }) name: string;
  @Field(() => MoneyInput) @ValidateNested() @Type(() => MoneyInput) annualFee: MoneyInput;
  @Field(() => [OrganizationKind], { nullable: true }) @IsOptional() @IsArray() @IsEnum(OrganizationKind, { each: true }) eligibleKinds?: OrganizationKind[] | null;
  @Field(() => [SizeBand], { nullable: true }) @IsOptional() @IsArray() @IsEnum(SizeBand, { each: true }) eligibleSizeBands?: SizeBand[] | null;
  @Field(() => Float)
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0.0001, { message: 'weight must be positive' })
  @Max(10000)
  weight: number;
  @Field(() => MoneyInput, { nullable: true }) @IsOptional() @ValidateNested() @Type(() => MoneyInput) capAmount?: MoneyInput | null;
  @Field(() => Float, { nullable: true })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0, { message: 'capPercent must be between 0 and 100' })
  @Max(100, { message: 'capPercent must be between 0 and 100' })
  capPercent?: number | null;
  @Field(() => [String], { nullable: true }) @IsOptional() @IsArray() @ArrayMaxSize(20) @IsString({ each: true }) @MaxLength(200, { each: true }) benefits?: string[] | null;
  @Field(() => Boolean, { nullable: true }) @IsOptional() @IsBoolean() auditLibraryAccess?: boolean | null;
}

@InputType()
export class CostPoolInput {
  @Field(() => ID) @IsUUID('all', { message: 'initiativeId is not a valid identifier' }) initiativeId: string;
  @Field() @IsString() @Length(3, 300, { message: 'purpose must be 3 to 300 characters long' }) purpose: string;
  @Field(() => MoneyInput) @ValidateNested() @Type(() => MoneyInput) total: MoneyInput;
  @Field(() => Date, { nullable: true }) @IsOptional() @IsDate() joinDeadline?: Date | null;
  @Field(() => [ID], { nullable: true }) @IsOptional() @IsArray() @ArrayMaxSize(500) @IsUUID('all', { each: true }) inviteOrganizationIds?: string[] | null;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID('all') jointAuditId?: string | null;
}
