import { Field, ID, InputType, Int, InterfaceType, ObjectType } from '@nestjs/graphql';
import { GraphQLJSON } from 'graphql-scalars';
import { ArrayMaxSize, IsArray, IsEnum, IsInt, IsOptional, IsString, IsUUID, Length, Matches, Max, Min } from 'class-validator';
import { Visibility } from './enums';

export const JSONScalar = GraphQLJSON;

@InterfaceType('Node', { resolveType: (value: { __typename?: string }) => value.__typename })
export abstract class NodeInterface {
  @Field(() => ID) id: string;
}

/** Money: an integer amount of minor units with an ISO 4217 currency, never a float. */
@ObjectType()
export class Money {
  @Field(() => Int) amountMinor: number;
  @Field() currency: string;
}

@InputType()
export class MoneyInput {
  @Field(() => Int)
  @IsInt()
  @Min(0)
  @Max(Number.MAX_SAFE_INTEGER)
  amountMinor: number;

  @Field()
  @IsString()
  @Matches(/^[A-Z]{3}$/, { message: 'currency must be an ISO 4217 code such as EUR' })
  currency: string;
}

export class OptionalText {
  @IsOptional() @IsString() @Length(0, 10_000) value?: string;
}

/** Who sees a shared item (SPEC "Visibility"); the policy enforces it. */
@InputType()
export class VisibilityInput {
  @Field(() => Visibility) @IsEnum(Visibility) level: Visibility;
  @Field(() => [ID], { nullable: true }) @IsOptional() @IsArray() @ArrayMaxSize(50) @IsUUID('all', { each: true }) initiativeIds?: string[] | null;
  @Field(() => [ID], { nullable: true }) @IsOptional() @IsArray() @ArrayMaxSize(200) @IsUUID('all', { each: true }) organizationIds?: string[] | null;
}
