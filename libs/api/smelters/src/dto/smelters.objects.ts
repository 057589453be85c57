import { Money, NodeInterface, connectionType } from '@commonground/api-core';
import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { GraphQLJSON } from 'graphql-scalars';
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

@ObjectType()
export class ValidationIssue {
  @Field({ description: 'ERROR | WARNING' }) severity: string;
  @Field() sheet: string;
  @Field(() => String, { nullable: true }) cell: string | null;
  @Field() message: string;
}

@ObjectType()
export class DeclaredSmelter {
  @Field(() => Int) row: number;
  @Field(() => Metal) metal: Metal;
  @Field() reportedName: string;
  @Field(() => String, { nullable: true }) reportedCountry: string | null;
  @Field(() => String, { nullable: true }) reportedCid: string | null;
  @Field(() => MatchMethod) matchMethod: MatchMethod;
  @Field(() => Float) confidence: number;
  @Field({ description: '"Smelter not yet identified": counted, matched to nothing' }) unidentified: boolean;
  @Field({ description: 'waiting for a person in the review queue' }) inReview: boolean;
  smelterId: string | null;
}

@ObjectType({ implements: () => [NodeInterface] })
export class Declaration implements NodeInterface {
  @Field(() => ID) id: string;
  @Field(() => TemplateKind) template: TemplateKind;
  @Field() revision: string;
  @Field() companyName: string;
  @Field(() => String, { nullable: true }) declarationScope: string | null;
  @Field(() => String, { nullable: true }) scopeDescription: string | null;
  @Field(() => Date, { nullable: true }) effectiveDate: Date | null;
  @Field(() => String, { nullable: true }) contactName: string | null;
  @Field(() => String, { nullable: true }) contactEmail: string | null;
  @Field(() => String, { nullable: true }) authorizer: string | null;
  @Field(() => GraphQLJSON, { description: 'question id -> { answer, comment, cell }, or per metal for the questions asked per metal' }) answers: Record<string, unknown>;
  @Field(() => GraphQLJSON) products: unknown[];
  @Field(() => [ValidationIssue]) issues: ValidationIssue[];
  @Field({ description: 'false once a newer declaration of the same supplier company was imported' }) isCurrent: boolean;
  @Field(() => Date) createdAt: Date;
}

export const DeclarationConnection = connectionType(Declaration, 'Declaration');

@ObjectType({ implements: () => [NodeInterface] })
export class DeclarationImport implements NodeInterface {
  @Field(() => ID) id: string;
  @Field() fileName: string;
  @Field() sha256: string;
  @Field(() => Int) sizeBytes: number;
  @Field(() => ImportState) state: ImportState;
  @Field(() => Float, { description: '0..1' }) progress: number;
  @Field(() => Int, { description: 'rows of the workbook read so far' }) rowsRead: number;
  @Field(() => String, { nullable: true }) error: string | null;
  @Field(() => ID, { nullable: true, description: 'the same bytes were imported before, by this import: nothing changed' }) duplicateOfImportId: string | null;
  @Field(() => Date) createdAt: Date;
  declarationId: string | null;
}

@ObjectType()
export class SmelterCandidate {
  @Field(() => Float) confidence: number;
  smelterId: string;
}

@ObjectType({ implements: () => [NodeInterface] })
export class MatchReview implements NodeInterface {
  @Field(() => ID) id: string;
  @Field() reportedName: string;
  @Field(() => String, { nullable: true }) reportedCountry: string | null;
  @Field(() => Metal) metal: Metal;
  @Field(() => [SmelterCandidate]) candidates: SmelterCandidate[];
  @Field(() => Date, { nullable: true }) resolvedAt: Date | null;
  @Field(() => Int, { description: 'rows of current declarations waiting on this decision' }) rowCount: number;
  resolvedSmelterId: string | null;
}

@ObjectType()
export class CorrectiveAction {
  @Field() description: string;
  @Field(() => Date, { nullable: true }) dueDate: Date | null;
  @Field({ description: 'OPEN | IN_PROGRESS | CLOSED' }) status: string;
}

@ObjectType()
export class AuditReport {
  @Field(() => ID) id: string;
  @Field() fileName: string;
  @Field(() => Int) sizeBytes: number;
  @Field(() => String, { nullable: true, description: 'null when the viewer may not download' }) downloadUrl: string | null;
  @Field(() => Date) createdAt: Date;
}

@ObjectType({ implements: () => [NodeInterface] })
export class Audit implements NodeInterface {
  @Field(() => ID) id: string;
  @Field(() => AuditStandard) standard: AuditStandard;
  @Field(() => AuditType) type: AuditType;
  @Field(() => String, { nullable: true }) auditor: string | null;
  @Field(() => Date, { nullable: true }) startedOn: Date | null;
  @Field(() => Date, { nullable: true }) completedOn: Date | null;
  @Field(() => Date, { nullable: true }) validUntil: Date | null;
  @Field(() => String, { nullable: true, description: 'null for a viewer who sees the summary only' }) outcome: string | null;
  @Field(() => String, { nullable: true, description: 'null for a viewer who sees the summary only' }) summary: string | null;
  @Field(() => [CorrectiveAction], { description: 'empty for a viewer who sees the summary only' }) correctiveActions: CorrectiveAction[];
  @Field({ description: 'seen (summary only) by every signed-in organization' }) discoverable: boolean;
  @Field({ description: 'the viewer reads it in full and downloads its reports' }) viewerCanDownload: boolean;
  @Field({ description: "the viewer's organization owns it" }) viewerIsOwner: boolean;
  @Field(() => Date) createdAt: Date;
  smelterId: string;
  ownerOrganizationId: string;
  visibilityLevel: string;
  visibilityInitiativeIds: string[];
  visibilityOrganizationIds: string[];
}

export const AuditConnection = connectionType(Audit, 'Audit');

@ObjectType({ implements: () => [NodeInterface] })
export class AccessRequest implements NodeInterface {
  @Field(() => ID) id: string;
  @Field() purpose: string;
  @Field(() => AccessRequestStatus) status: AccessRequestStatus;
  @Field(() => Date, { nullable: true }) expiresAt: Date | null;
  @Field(() => Date) createdAt: Date;
  @Field(() => Date, { nullable: true }) decidedAt: Date | null;
  auditId: string;
  requesterOrganizationId: string;
}

@ObjectType()
export class AccessLogEntry {
  @Field(() => Date) at: Date;
  @Field({ description: 'VIEW | DOWNLOAD' }) action: string;
  @Field(() => ID, { nullable: true }) reportId: string | null;
  organizationId: string | null;
  userId: string;
}

@ObjectType()
export class MetalCoverage {
  @Field(() => Metal) metal: Metal;
  @Field(() => Int) smelterCount: number;
  @Field(() => Int) conformant: number;
  @Field(() => Int) withValidSharedAudit: number;
  @Field(() => Int) withoutEvidence: number;
}

@ObjectType()
export class CoverageSmelter {
  @Field({ description: 'CONFORMANT | VALID_AUDIT | NONE' }) evidence: string;
  @Field(() => [String], { description: 'supplier companies whose current declarations report it' }) suppliers: string[];
  smelterId: string;
}

@ObjectType()
export class SupplierDeclaration {
  @Field(() => ID) declarationId: string;
  @Field() companyName: string;
  @Field() template: string;
  @Field() revision: string;
  @Field(() => Date, { nullable: true }) effectiveDate: Date | null;
  @Field(() => Date) importedAt: Date;
  @Field() isCurrent: boolean;
  @Field(() => Int) errors: number;
  @Field(() => Int) warnings: number;
  @Field(() => Int) smelterRows: number;
  @Field(() => Int) unidentifiedRows: number;
  @Field(() => Int) rowsInReview: number;
  @Field({ description: 'effective date more than a year ago' }) stale: boolean;
}

@ObjectType()
export class Coverage {
  @Field(() => Int) smelterCount: number;
  @Field(() => Int) conformant: number;
  @Field(() => Int) withValidSharedAudit: number;
  @Field(() => Int) withoutEvidence: number;
  @Field(() => [MetalCoverage]) byMetal: MetalCoverage[];
  @Field(() => [CoverageSmelter]) smelters: CoverageSmelter[];
  @Field(() => [SupplierDeclaration]) suppliers: SupplierDeclaration[];
}

@ObjectType()
export class JointAuditShare {
  @Field(() => Money, { nullable: true }) amount: Money | null;
  @Field(() => Date) joinedAt: Date;
  organizationId: string;
}

@ObjectType({ implements: () => [NodeInterface] })
export class JointAudit implements NodeInterface {
  @Field(() => ID) id: string;
  @Field(() => Money, { nullable: true }) estimatedCost: Money | null;
  @Field({ description: 'PROPOSED' }) status: string;
  @Field(() => Date) createdAt: Date;
  @Field(() => [JointAuditShare], { description: 'each sponsor and its equal share of the estimated cost' }) shares: JointAuditShare[];
  @Field({ description: "the viewer's organization sponsors it" }) viewerIsSponsor: boolean;
  smelterId: string;
  proposerOrganizationId: string;
  sponsorIds: string[];
}
