import { Money, NodeInterface, OrganizationKind, PageInfo } from '@commonground/api-core';
import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { GraphQLJSON } from 'graphql-scalars';
import { DigestFrequency, OpportunityKind, OpportunityStatus, RegistrationStatus } from '../clearinghouse.entities';

registerEnumType(OpportunityKind, { name: 'OpportunityKind' });
registerEnumType(OpportunityStatus, { name: 'OpportunityStatus' });
registerEnumType(RegistrationStatus, { name: 'RegistrationStatus' });
registerEnumType(DigestFrequency, { name: 'DigestFrequency' });

export enum OpportunitySort {
  DEADLINE = 'DEADLINE',
  NEWEST = 'NEWEST',
  RELEVANCE = 'RELEVANCE',
}
registerEnumType(OpportunitySort, { name: 'OpportunitySort', description: 'RELEVANCE needs search text; without it the newest come first.' });

@ObjectType()
export class OpportunityText {
  @Field() language: string;
  @Field() title: string;
  @Field(() => String, { nullable: true }) summary: string | null;
  @Field(() => String, { nullable: true }) body: string | null;
  @Field() isOriginal: boolean;
}

@ObjectType()
export class OpportunityAttachment {
  @Field() title: string;
  @Field() url: string;
}

@ObjectType()
export class OpportunityFile {
  @Field(() => ID) id: string;
  @Field() fileName: string;
  @Field() contentType: string;
  @Field(() => Int) sizeBytes: number;
  @Field() url: string;
  @Field(() => Date) createdAt: Date;
}

@ObjectType({ implements: () => [NodeInterface] })
export class Opportunity implements NodeInterface {
  @Field(() => ID) id: string;
  @Field(() => OpportunityKind) kind: OpportunityKind;
  @Field(() => OpportunityStatus) status: OpportunityStatus;
  @Field(() => [OpportunityText]) texts: OpportunityText[];
  @Field(() => Date, { nullable: true }) opensAt: Date | null;
  @Field(() => Date, { nullable: true }) deadline: Date | null;
  @Field(() => String, { nullable: true }) timeZone: string | null;
  @Field(() => Date, { nullable: true }) startsAt: Date | null;
  @Field(() => Date, { nullable: true }) endsAt: Date | null;
  @Field(() => Money, { nullable: true }) amountMin: Money | null;
  @Field(() => Money, { nullable: true }) amountMax: Money | null;
  @Field(() => [OrganizationKind]) eligibleKinds: OrganizationKind[];
  @Field(() => [String]) eligibleCountries: string[];
  @Field(() => [String]) countries: string[];
  @Field(() => [String]) regions: string[];
  @Field(() => [String]) minerals: string[];
  @Field(() => [String]) themes: string[];
  @Field(() => [String]) links: string[];
  @Field(() => [OpportunityAttachment]) attachments: OpportunityAttachment[];
  @Field(() => String, { nullable: true }) contact: string | null;
  @Field(() => Date, { nullable: true }) publishAt: Date | null;
  @Field(() => Date, { nullable: true }) publishedAt: Date | null;
  @Field(() => Int, { nullable: true }) seatLimit: number | null;
  @Field(() => Date) createdAt: Date;
  @Field(() => Date) updatedAt: Date;
  ownerOrganizationId: string;
  initiativeId: string | null;
  visibilityLevel: string;
  visibilityInitiativeIds: string[];
  visibilityOrganizationIds: string[];
}

@ObjectType()
export class Amplification {
  @Field(() => String, { nullable: true }) note: string | null;
  @Field(() => Date) createdAt: Date;
  organizationId: string;
  initiativeId: string | null;
}

@ObjectType({ implements: () => [NodeInterface] })
export class Registration implements NodeInterface {
  @Field(() => ID) id: string;
  @Field(() => RegistrationStatus) status: RegistrationStatus;
  @Field(() => Date) createdAt: Date;
  @Field(() => Int, { nullable: true, description: 'place on the waiting list (1 = next to get a seat); null unless waitlisted' }) waitlistPosition: number | null;
  opportunityId: string;
  userId: string;
  organizationId: string | null;
}

@ObjectType()
export class FacetValue {
  @Field() value: string;
  @Field(() => Int) count: number;
  @Field(() => String, { nullable: true, description: "the value's name in the viewer's language (countries, regions, minerals, themes, publishers)" }) label: string | null;
}

@ObjectType()
export class Facet {
  @Field() name: string;
  @Field(() => [FacetValue]) values: FacetValue[];
}

@ObjectType()
export class OpportunityEdge {
  @Field() cursor: string;
  @Field(() => Opportunity) node: Opportunity;
}

@ObjectType()
export class OpportunityConnection {
  @Field(() => [OpportunityEdge]) edges: OpportunityEdge[];
  @Field(() => PageInfo) pageInfo: PageInfo;
  @Field(() => Int) totalCount: number;
  @Field(() => [Facet]) facets: Facet[];
  @Field({ description: 'true when answered without the search engine (no typo tolerance)' }) degraded: boolean;
}

@ObjectType({ implements: () => [NodeInterface] })
export class SavedSearch implements NodeInterface {
  @Field(() => ID) id: string;
  @Field() name: string;
  @Field(() => GraphQLJSON) filter: Record<string, unknown>;
  @Field(() => DigestFrequency) frequency: DigestFrequency;
  @Field() rssUrl: string;
  @Field() atomUrl: string;
  @Field() calendarUrl: string;
  @Field(() => Date) createdAt: Date;
  @Field(() => Date, { nullable: true }) lastDigestAt: Date | null;
}

@ObjectType()
export class FeedTokenInfo {
  @Field(() => Date) createdAt: Date;
  @Field(() => Date, { nullable: true }) lastUsedAt: Date | null;
}

@ObjectType()
export class UnsubscribeResult {
  @Field() done: boolean;
  @Field() description: string;
}

@ObjectType()
export class Attendee {
  @Field(() => ID) registrationId: string;
  @Field(() => RegistrationStatus) status: RegistrationStatus;
  @Field() name: string;
  @Field() email: string;
  @Field(() => String, { nullable: true }) organization: string | null;
  @Field(() => Date) registeredAt: Date;
}
