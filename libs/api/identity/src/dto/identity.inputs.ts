import { OrganizationKind, OrganizationRole, SizeBand } from '@commonground/api-core';
import { Field, ID, InputType } from '@nestjs/graphql';
import { IsEmail, IsEnum, IsOptional, IsString, Length, MaxLength, MinLength } from 'class-validator';
import { DisplayName, OptionalCountryCode, OptionalWebsite } from './validators';

export const PASSWORD_MIN_LENGTH = 10;

// Shape and length are checked here (class-validator, field named in the
// error); rules that need data (known country, duplicate e-mail) live in the
// services.

@InputType()
export class SignUpInput {
  @Field() @IsEmail({}, { message: 'email must be a valid e-mail address' }) @MaxLength(254) email: string;
  @Field()
  @IsString()
  @MinLength(PASSWORD_MIN_LENGTH, { message: `password must be at least ${PASSWORD_MIN_LENGTH} characters long` })
  @MaxLength(200)
  password: string;
  @Field() @IsString() @Length(1, 120, { message: 'name must be 1 to 120 characters long' }) name: string;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @Length(2, 160) organizationName?: string | null;
  @Field(() => OrganizationKind, { nullable: true }) @IsOptional() @IsEnum(OrganizationKind) organizationKind?: OrganizationKind | null;
  @Field(() => String, { nullable: true }) @OptionalCountryCode() country?: string | null;
  @Field(() => String, { nullable: true, description: 'join the inviting organization instead of creating one' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  invitationToken?: string | null;
}

@InputType()
export class SignInInput {
  @Field() @IsString() @MaxLength(254) email: string;
  @Field() @IsString() @MaxLength(200) password: string;
}

@InputType()
export class CreateOrganizationInput {
  @Field() @DisplayName() name: string;
  @Field(() => OrganizationKind) @IsEnum(OrganizationKind) kind: OrganizationKind;
  @Field(() => String, { nullable: true }) @OptionalCountryCode() country?: string | null;
  @Field(() => SizeBand, { nullable: true }) @IsOptional() @IsEnum(SizeBand) sizeBand?: SizeBand | null;
  @Field(() => String, { nullable: true })
  @OptionalWebsite()
  website?: string | null;
}

@InputType()
export class UpdateOrganizationInput {
  @Field(() => String, { nullable: true }) @IsOptional() @DisplayName() name?: string | null;
  @Field(() => String, { nullable: true }) @OptionalCountryCode() country?: string | null;
  @Field(() => SizeBand, { nullable: true }) @IsOptional() @IsEnum(SizeBand) sizeBand?: SizeBand | null;
  @Field(() => String, { nullable: true })
  @OptionalWebsite()
  website?: string | null;
}

@InputType()
export class CreateInitiativeInput {
  @Field() @DisplayName() name: string;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(5000) description?: string | null;
}

@InputType()
export class InviteMemberInput {
  @Field(() => ID) @IsString() organizationId: string;
  @Field() @IsEmail({}, { message: 'email must be a valid e-mail address' }) @MaxLength(254) email: string;
  @Field(() => OrganizationRole) @IsEnum(OrganizationRole) role: OrganizationRole;
}
