import { NodeInterface, connectionType } from '@commonground/api-core';
import { Organization, User } from '@commonground/api-identity';
import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ConcernCategory, ConcernStatus } from '../concerns.entities';
import type { ConcernRecord, ConcernViewer } from '../concerns.policy';

registerEnumType(ConcernCategory, { name: 'ConcernCategory' });
registerEnumType(ConcernStatus, { name: 'ConcernStatus' });

/** What the viewer of one concern is to it; decided by the ConcernPolicy, carried for field resolvers. */
export interface ConcernRights {
  handler: boolean;
  recipient: boolean;
  reporter: boolean;
}

@ObjectType()
export class ConcernMessage {
  @Field(() => ID) id: string;
  @Field() at: Date;
  @Field({ description: '"Reporter", "Case handler", or the organization\'s name' }) authorLabel: string;
  @Field() body: string;
  @Field() visibleToReporter: boolean;
}

@ObjectType()
export class ConcernRecipient {
  @Field(() => Organization) organization: Organization;
  @Field({ description: 'why it was reached, e.g. "your supplier Penang Solder Works reports this smelter in its CMRT 6.5"' }) reason: string;
  @Field() joined: boolean;
  @Field() lead: boolean;
  @Field({ description: 'COMPANY (its declarations report the smelter) or SECRETARIAT (of an initiative of such a company)' }) kind: string;
  @Field() reachedAt: Date;
  @Field(() => Date, { nullable: true }) joinedAt: Date | null;
  organizationId: string;
}

@ObjectType()
export class ConcernEvidence {
  @Field(() => ID) id: string;
  @Field() fileName: string;
  @Field() contentType: string;
  @Field(() => Int) sizeBytes: number;
  @Field() createdAt: Date;
  @Field({ description: 'shared by a case handler with the organizations of the case' }) shared: boolean;
  @Field({ description: 'REPORTER or HANDLER' }) addedBy: string;
  @Field({ description: 'where a case participant downloads it (metadata already stripped)' }) url: string;
}

@ObjectType({ implements: () => [NodeInterface] })
export class Concern implements NodeInterface {
  @Field(() => ID) id: string;
  @Field({ description: 'human-readable, e.g. CG-2026-0042' }) reference: string;
  @Field(() => String, { nullable: true }) country: string | null;
  @Field(() => String, { nullable: true }) place: string | null;
  @Field(() => Float, { nullable: true }) latitude: number | null;
  @Field(() => Float, { nullable: true }) longitude: number | null;
  @Field(() => ConcernCategory) category: ConcernCategory;
  @Field() description: string;
  @Field() language: string;
  @Field(() => Date, { nullable: true }) happenedOn: Date | null;
  @Field(() => ConcernStatus) status: ConcernStatus;
  @Field() createdAt: Date;
  @Field() anonymous: boolean;
  @Field(() => String, { nullable: true, description: 'null unless the viewer is a case handler (or the reporter consented to share it with the organizations of the case)' }) reporterName: string | null;
  @Field(() => String, { nullable: true, description: 'null unless the viewer is a case handler' }) reporterContact: string | null;
  @Field({ description: 'the reporter consented to its name being shown to the organizations of the case' }) shareIdentityWithCompanies: boolean;
  @Field(() => String, { nullable: true }) referredTo: string | null;
  @Field(() => String, { nullable: true, description: 'the outcome and actions taken, or the reason of a rejection' }) outcome: string | null;
  @Field(() => String, { nullable: true, description: 'the reference of the concern it was merged into' }) mergedIntoReference: string | null;
  @Field(() => ID, { nullable: true }) mergedIntoId: string | null;
  @Field(() => Int, { description: 'how many organizations it reached (a number only; which ones is for the case participants)' }) reachedCount: number;
  @Field(() => Int, { description: 'how many of them joined the case' }) joinedCount: number;
  @Field({ description: 'the viewer is a case handler of this concern' }) viewerIsHandler: boolean;
  @Field({ description: 'the viewer reads it through the follow-up code' }) viewerIsReporter: boolean;
  @Field({ description: "the viewer's organization was reached" }) viewerIsRecipient: boolean;
  @Field({ description: "the viewer's organization may join the case (or lead it)" }) viewerCanJoin: boolean;
  @Field({ description: "the viewer's organization leads the case" }) viewerIsLead: boolean;
  @Field({ description: "the viewer's organization joined the case" }) viewerJoined: boolean;

  smelterId: string | null;
  rights: ConcernRights;
  /** who looks and what the policy reads: for the field resolvers (recipients, messages, evidence) */
  viewer: ConcernViewer;
  record: ConcernRecord;
}

export const ConcernConnection = connectionType(Concern, 'Concern');

@ObjectType()
export class ConcernFiled {
  @Field(() => Concern) concern: Concern;
  @Field({ description: "shown once; the reporter's only way back" }) followUpCode: string;
}

@ObjectType()
export class ConcernCount {
  @Field(() => ConcernCategory) category: ConcernCategory;
  @Field(() => Int, { description: 'concerns about it a case handler accepted' }) accepted: number;
  @Field(() => Int, { description: 'of those, responded to or closed' }) resolved: number;
}

@ObjectType()
export class GrievanceOfficer {
  @Field(() => ID) initiativeId: string;
  @Field(() => User) user: User;
  @Field() namedAt: Date;
}
