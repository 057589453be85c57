import { Money, NodeInterface, connectionType } from '@commonground/api-core';
import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { DecisionKind, PledgeStatus, ProjectStage } from '../matchmaking.entities';

registerEnumType(ProjectStage, { name: 'ProjectStage' });
registerEnumType(DecisionKind, { name: 'DecisionKind' });
registerEnumType(PledgeStatus, { name: 'PledgeStatus' });

@ObjectType({ implements: () => [NodeInterface] })
export class Project implements NodeInterface {
  @Field(() => ID) id: string;
  @Field() title: string;
  @Field() summary: string;
  @Field(() => String, { nullable: true }) description: string | null;
  @Field(() => [String]) countries: string[];
  @Field(() => [String]) minerals: string[];
  @Field(() => [String]) themes: string[];
  @Field(() => ProjectStage) stage: ProjectStage;
  @Field(() => Money) budget: Money;
  @Field(() => Int, { nullable: true }) durationMonths: number | null;
  @Field() consentToReferral: boolean;
  @Field(() => Money) confirmedFunding: Money;
  @Field(() => Money, { description: 'budget minus confirmed pledges, converted with the dated rate table' }) fundingGap: Money;
  @Field(() => Date) createdAt: Date;
  ownerOrganizationId: string;
  visibilityLevel: string;
  visibilityInitiativeIds: string[];
  visibilityOrganizationIds: string[];
}

@ObjectType()
export class WeightedValue {
  @Field() value: string;
  @Field(() => Float) weight: number;
}

@ObjectType({ implements: () => [NodeInterface] })
export class DonorProfile implements NodeInterface {
  @Field(() => ID) id: string;
  @Field(() => [WeightedValue]) themes: WeightedValue[];
  @Field(() => [WeightedValue]) minerals: WeightedValue[];
  @Field(() => [WeightedValue]) countries: WeightedValue[];
  @Field(() => [WeightedValue]) regions: WeightedValue[];
  @Field(() => Money, { nullable: true }) ticketMin: Money | null;
  @Field(() => Money, { nullable: true }) ticketMax: Money | null;
  @Field(() => [ProjectStage]) stages: ProjectStage[];
  @Field() openToCoFunding: boolean;
  @Field(() => [String]) excludedCountries: string[];
  @Field(() => [String]) excludedThemes: string[];
  @Field(() => Date, { nullable: true }) windowOpensAt: Date | null;
  @Field(() => Date, { nullable: true }) windowClosesAt: Date | null;
  organizationId: string;
}

@ObjectType()
export class MatchReason {
  @Field() criterion: string;
  @Field() detail: string;
  @Field(() => Float) points: number;
}

@ObjectType()
export class DonorMatch {
  @Field(() => DonorProfile) donor: DonorProfile;
  @Field(() => Float, { description: '0..100' }) score: number;
  @Field(() => [MatchReason]) reasons: MatchReason[];
}

@ObjectType()
export class ProjectMatch {
  @Field(() => Project) project: Project;
  @Field(() => Float) score: number;
  @Field(() => [MatchReason]) reasons: MatchReason[];
}

@ObjectType({ implements: () => [NodeInterface] })
export class Decision implements NodeInterface {
  @Field(() => ID) id: string;
  @Field(() => DecisionKind) kind: DecisionKind;
  @Field(() => String, { nullable: true, description: "the donor's reason: shown to the donor only" }) reason: string | null;
  @Field() worthy: boolean;
  @Field(() => Date) createdAt: Date;
  projectId: string;
  donorOrganizationId: string;
}

@ObjectType({ implements: () => [NodeInterface] })
export class Referral implements NodeInterface {
  @Field(() => ID) id: string;
  @Field(() => String, { nullable: true }) note: string | null;
  @Field(() => Date) createdAt: Date;
  projectId: string;
  fromDonorOrganizationId: string;
  toDonorOrganizationId: string;
}

@ObjectType()
export class Highlight {
  @Field(() => String, { nullable: true }) note: string | null;
  @Field(() => Date) createdAt: Date;
  donorOrganizationId: string;
}

@ObjectType({ implements: () => [NodeInterface] })
export class Pledge implements NodeInterface {
  @Field(() => ID) id: string;
  @Field(() => Money) amount: Money;
  @Field(() => String, { nullable: true }) conditions: string | null;
  @Field(() => PledgeStatus) status: PledgeStatus;
  @Field(() => Date) createdAt: Date;
  projectId: string;
  donorOrganizationId: string;
}

@ObjectType({ implements: () => [NodeInterface] })
export class CoFundingRound implements NodeInterface {
  @Field(() => ID) id: string;
  @Field(() => Money) target: Money;
  @Field(() => Date, { nullable: true }) closesAt: Date | null;
  @Field(() => Date) createdAt: Date;
  projectId: string;
  leadOrganizationId: string;
  invitedOrganizationIds: string[];
}

@ObjectType()
export class FundingSummary {
  @Field(() => Money) budget: Money;
  @Field(() => Money) confirmed: Money;
  @Field(() => Money) proposed: Money;
  @Field(() => Money) gap: Money;
  @Field(() => [String], { description: 'dates of the exchange rates used' }) rateDates: string[];
  @Field(() => Float, { description: 'confirmed share of the budget, 0..1' }) progress: number;
}

@ObjectType()
export class PipelineBucket {
  @Field() key: string;
  @Field(() => Int) projects: number;
  @Field(() => Money, { description: 'sum of the gaps, in EUR' }) gap: Money;
}

@ObjectType()
export class DonorPipeline {
  @Field(() => [PipelineBucket]) byStage: PipelineBucket[];
  @Field(() => [PipelineBucket]) byTheme: PipelineBucket[];
  @Field(() => [PipelineBucket]) byDecision: PipelineBucket[];
}

export const ProjectConnection = connectionType(Project, 'Project');
export const DonorMatchConnection = connectionType(DonorMatch, 'DonorMatch');
export const ProjectMatchConnection = connectionType(ProjectMatch, 'ProjectMatch');
