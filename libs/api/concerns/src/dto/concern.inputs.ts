import { Field, Float, ID, InputType } from '@nestjs/graphql';
import { IsBoolean, IsDate, IsEnum, IsNumber, IsOptional, IsString, IsUUID, Length, Matches, Max, MaxLength, Min } from 'class-validator';
import { ConcernCategory } from '../concerns.entities';

@InputType()
export class ConcernInput {
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID('all', { message: 'smelterId is not a valid identifier' }) smelterId?: string | null;
  @Field(() => String, { nullable: true, description: 'ISO 3166-1 alpha-2, for a mine site or area' }) @IsOptional() @IsString() @Matches(/^[A-Za-z]{2}$/, { message: 'country must be an ISO 3166-1 alpha-2 code such as CD' }) country?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(300) place?: string | null;
  @Field(() => Float, { nullable: true }) @IsOptional() @IsNumber() @Min(-90) @Max(90) latitude?: number | null;
  @Field(() => Float, { nullable: true }) @IsOptional() @IsNumber() @Min(-180) @Max(180) longitude?: number | null;
  @Field(() => ConcernCategory) @IsEnum(ConcernCategory) category: ConcernCategory;
  @Field() @IsString() @Length(1, 20_000) description: string;
  @Field() @IsString() @Length(2, 35) language: string;
  @Field(() => Date, { nullable: true }) @IsOptional() @IsDate() happenedOn?: Date | null;
  @Field() @IsBoolean() anonymous: boolean;
  @Field(() => String, { nullable: true, description: 'seen only by case handlers' }) @IsOptional() @IsString() @MaxLength(200) reporterName?: string | null;
  @Field(() => String, { nullable: true, description: 'seen only by case handlers' }) @IsOptional() @IsString() @MaxLength(300) reporterContact?: string | null;
  @Field(() => Boolean, { nullable: true }) @IsOptional() @IsBoolean() shareIdentityWithCompanies?: boolean | null;
}
