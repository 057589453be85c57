import { VisibilityInput } from '@commonground/api-core';
import { Field, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, IsDate, IsEnum, IsOptional, IsString, IsUUID, MaxLength, ValidateNested } from 'class-validator';
import { AuditStandard, AuditType } from '../smelters.entities';

@InputType()
export class CorrectiveActionInput {
  @Field() @IsString() @MaxLength(2000) description: string;
  @Field(() => Date, { nullable: true }) @IsOptional() @IsDate() dueDate?: Date | null;
  @Field(() => String, { nullable: true, description: 'OPEN (default) | IN_PROGRESS | CLOSED' }) @IsOptional() @IsString() status?: string | null;
}

@InputType()
export class AuditInput {
  @Field(() => ID) @IsUUID('all', { message: 'smelterId is not a valid identifier' }) smelterId: string;
  @Field(() => AuditStandard) @IsEnum(AuditStandard) standard: AuditStandard;
  @Field(() => AuditType) @IsEnum(AuditType) type: AuditType;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() auditor?: string | null;
  @Field(() => Date, { nullable: true }) @IsOptional() @IsDate() startedOn?: Date | null;
  @Field(() => Date, { nullable: true }) @IsOptional() @IsDate() completedOn?: Date | null;
  @Field(() => Date, { nullable: true }) @IsOptional() @IsDate() validUntil?: Date | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() outcome?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() summary?: string | null;
  @Field(() => [CorrectiveActionInput], { nullable: true }) @IsOptional() @IsArray() @ArrayMaxSize(100) @ValidateNested({ each: true }) @Type(() => CorrectiveActionInput) correctiveActions?: CorrectiveActionInput[] | null;
  @Field(() => VisibilityInput, { description: 'who reads it in full: ORGANIZATIONS (a list), INITIATIVE or PRIVATE' }) @ValidateNested() @Type(() => VisibilityInput) visibility: VisibilityInput;
  @Field(() => Boolean, { nullable: true, description: 'default true: other signed-in organizations see that it exists and may ask for access' }) @IsOptional() @IsBoolean() discoverable?: boolean | null;
}
