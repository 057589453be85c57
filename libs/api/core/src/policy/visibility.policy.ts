import { Injectable } from '@nestjs/common';
import type { MaybeActor } from '../auth/actor';
import { Visibility } from '../graphql/enums';

/** The visibility columns of a shared item, as SQL expressions of a query alias. */
export interface VisibilityColumns {
  level: string;
  initiativeIds: string;
  organizationIds: string;
  ownerOrganizationId: string;
}

/** The same, as fields of a Meilisearch document. */
export const VISIBILITY_DOCUMENT_FIELDS = {
  level: 'visibility',
  initiativeIds: 'visibility_initiatives',
  organizationIds: 'visibility_organizations',
  ownerOrganizationId: 'owner_organization',
} as const;

export interface VisibleRecord {
  visibility: Visibility;
  visibilityInitiativeIds: string[];
  visibilityOrganizationIds: string[];
  ownerOrganizationId: string | null;
}

export const columnsOf = (alias: string): VisibilityColumns => ({
  level: `${alias}.visibility`,
  initiativeIds: `${alias}.visibility_initiative_ids`,
  organizationIds: `${alias}.visibility_organization_ids`,
  ownerOrganizationId: `${alias}.owner_organization_id`,
});

let parameterCounter = 0;

/**
 * The one visibility rule of the product (SPEC "Visibility"):
 * PUBLIC anyone; PLATFORM any signed-in user; INITIATIVE active members of the
 * listed initiatives; ORGANIZATIONS the listed organizations; PRIVATE the owner
 * organization. The owner always sees its own items.
 *
 * It is written three times from the same decision — a SQL condition, a
 * Meilisearch filter and an in-memory check — and the tests hold the three
 * to the same answers, so lists, counts, search, exports, feeds and
 * notifications cannot disagree.
 */
@Injectable()
export class VisibilityPolicy {
  /** A WHERE fragment and its parameters for TypeORM's query builder. */
  sqlCondition(actor: MaybeActor, columns: VisibilityColumns): { where: string; parameters: Record<string, unknown> } {
    const n = ++parameterCounter % 1_000_000;
    if (!actor) return { where: `(${columns.level} = 'PUBLIC')`, parameters: {} };
    const open = `${columns.level} IN ('PUBLIC', 'PLATFORM')`;
    if (!actor.organizationId) return { where: `(${open})`, parameters: {} };
    const org = `vis_org_${n}`;
    const inits = `vis_inits_${n}`;
    return {
      where:
        `(${open} OR ${columns.ownerOrganizationId} = :${org}` +
        ` OR (${columns.level} = 'ORGANIZATIONS' AND :${org} = ANY(${columns.organizationIds}))` +
        ` OR (${columns.level} = 'INITIATIVE' AND ${columns.initiativeIds} && CAST(:${inits} AS uuid[])))`,
      parameters: { [org]: actor.organizationId, [inits]: [...actor.initiativeIds] },
    };
  }

  /** A Meilisearch filter expression over VISIBILITY_DOCUMENT_FIELDS. */
  searchFilter(actor: MaybeActor): string {
    const f = VISIBILITY_DOCUMENT_FIELDS;
    if (!actor) return `${f.level} = PUBLIC`;
    const open = `${f.level} IN [PUBLIC, PLATFORM]`;
    if (!actor.organizationId) return open;
    const org = JSON.stringify(actor.organizationId);
    const parts = [open, `${f.ownerOrganizationId} = ${org}`, `(${f.level} = ORGANIZATIONS AND ${f.organizationIds} = ${org})`];
    if (actor.initiativeIds.length) {
      parts.push(`(${f.level} = INITIATIVE AND ${f.initiativeIds} IN [${actor.initiativeIds.map((id) => JSON.stringify(id)).join(', ')}])`);
    }
    return parts.join(' OR ');
  }

  /** The same decision for one record already in memory. */
  canSee(actor: MaybeActor, record: VisibleRecord): boolean {
    if (record.visibility === Visibility.PUBLIC) return true;
    if (!actor) return false;
    if (record.visibility === Visibility.PLATFORM) return true;
    const org = actor.organizationId;
    if (!org) return false;
    if (record.ownerOrganizationId === org) return true;
    if (record.visibility === Visibility.ORGANIZATIONS) return record.visibilityOrganizationIds.includes(org);
    if (record.visibility === Visibility.INITIATIVE) {
      return record.visibilityInitiativeIds.some((id) => actor.initiativeIds.includes(id));
    }
    return false;
  }

  /** Fields to add to a search document so that searchFilter applies to it. */
  documentFields(record: VisibleRecord): Record<string, unknown> {
    return {
      [VISIBILITY_DOCUMENT_FIELDS.level]: record.visibility,
      [VISIBILITY_DOCUMENT_FIELDS.initiativeIds]: record.visibilityInitiativeIds,
      [VISIBILITY_DOCUMENT_FIELDS.organizationIds]: record.visibilityOrganizationIds,
      [VISIBILITY_DOCUMENT_FIELDS.ownerOrganizationId]: record.ownerOrganizationId,
    };
  }
}
