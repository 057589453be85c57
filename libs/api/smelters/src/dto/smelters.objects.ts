import { NodeInterface, connectionType } from '@commonground/api-core';
import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { AccessRequestStatus, AssessmentStatus, AuditStandard, AuditType, ImportState, MatchMethod, Metal, TemplateKind } from '../smelters.entities';

registerEnumType(Metal, { name: 'Metal' });
registerEnumType(AssessmentStatus, { name: 'AssessmentStatus' });
registerEnumType(TemplateKind, { name: 'TemplateKind' });
registerEnumType(MatchMethod, { name: 'MatchMethod' });
registerEnumType(ImportState, { name: 'ImportState' });
registerEnumType(AuditStandard, { name: 'AuditStandard' });
registerEnumType(AuditType, { name: 'AuditType' });
registerEnumType(AccessRequestStatus, { name: 'AccessRequestStatus' });

@ObjectType({ implements: () => [NodeInterface] })
export class Smelter implements NodeInterface {
  @Field(() => ID) id: string;
  @Field(() => String, { nullable: true }) cid: string | null;
  @Field() name: string;
  @Field(() => [String]) aliases: string[];
  @Field(() => Metal) metal: Metal;
  @Field() country: string;
  @Field(() => String, { nullable: true }) city: string | null;
  @Field(() => String, { nullable: true }) stateProvince: string | null;
  @Field() source: string;
  @Field(() => AssessmentStatus) status: AssessmentStatus;
  @Field(() => Date, { nullable: true }) statusAsOf: Date | null;
}

export const SmelterConnection = connectionType(Smelter, 'Smelter');
