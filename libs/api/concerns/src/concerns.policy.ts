import { MaybeActor, Visibility, VisibilityPolicy, isAdminRole } from '@commonground/api-core';
import { Injectable } from '@nestjs/common';
import { ConcernStatus, OPEN_CASE_STATUSES } from './concerns.entities';

/**
 * Who looks at concerns in this request: the actor (or nobody), the
 * initiatives the user is a grievance officer of, and the concern whose
 * follow-up code was presented (the reporter, who has no account).
 */
export interface ConcernViewer {
  actor: MaybeActor;
  officerInitiativeIds: readonly string[];
  /** the concern unlocked by a valid follow-up code in this request */
  reporterOfConcernId?: string | null;
}

/** What the policy reads of a concern. */
export interface ConcernRecord {
  id: string;
  status: ConcernStatus;
  shareIdentity: boolean;
  recipientOrganizationIds: readonly string[];
  handlerInitiativeIds: readonly string[];
}

export interface RecipientRecord {
  organizationId: string;
  joinedAt: Date | null;
  lead: boolean;
}

export interface EvidenceRecord {
  sharedAt: Date | null;
}

const FINAL = [ConcernStatus.CLOSED, ConcernStatus.REFERRED, ConcernStatus.REJECTED];

/** The SQL expressions the core policy reads: a concern is shared with exactly the organizations it reached. */
const recipientColumns = (alias: string) => ({
  level: `'ORGANIZATIONS'`,
  initiativeIds: `CAST('{}' AS uuid[])`,
  organizationIds: `${alias}.recipient_organization_ids`,
  ownerOrganizationId: `CAST(NULL AS uuid)`,
});

/**
 * Every "who may" of community concerns (SPEC §6), in one place.
 *
 * Case handlers: platform administrators (every concern) and the grievance
 * officers an initiative's secretariat names (the concerns that reach, or on
 * acceptance would reach, that initiative's members). The organizations a
 * concern reached read it through the core visibility policy as an item
 * shared with ORGANIZATIONS = its recipients; nobody else, signed in or not,
 * learns that it exists. The reporter reads it through the follow-up code.
 */
@Injectable()
export class ConcernPolicy {
  constructor(private readonly visibility: VisibilityPolicy) {}

  private asShared(c: ConcernRecord) {
    return { visibility: Visibility.ORGANIZATIONS, visibilityInitiativeIds: [], visibilityOrganizationIds: [...c.recipientOrganizationIds], ownerOrganizationId: null };
  }

  /** A case handler of this concern: sees the reporter, triages, shares evidence, steers the status. */
  canHandle(v: ConcernViewer, c: ConcernRecord): boolean {
    if (!v.actor) return false;
    if (v.actor.isPlatformAdmin) return true;
    return c.handlerInitiativeIds.some((id) => v.officerInitiativeIds.includes(id));
  }

  /** Any case handler at all (the queue). */
  isCaseHandler(v: ConcernViewer): boolean {
    return !!v.actor && (v.actor.isPlatformAdmin || v.officerInitiativeIds.length > 0);
  }

  /** The viewer's organization was reached by the concern. */
  isRecipient(v: ConcernViewer, c: ConcernRecord): boolean {
    return !!v.actor && this.visibility.canSee(v.actor, this.asShared(c));
  }

  isReporter(v: ConcernViewer, c: ConcernRecord): boolean {
    return !!v.reporterOfConcernId && v.reporterOfConcernId === c.id;
  }

  /** Reads the concern as a case participant (handler or organization reached). */
  canRead(v: ConcernViewer, c: ConcernRecord): boolean {
    return this.canHandle(v, c) || this.isRecipient(v, c);
  }

  canTriage(v: ConcernViewer, c: ConcernRecord): boolean {
    return this.canHandle(v, c) && c.status === ConcernStatus.RECEIVED;
  }

  /** The reporter's name: handlers, and the organizations of the case when the reporter consented. */
  canSeeReporter(v: ConcernViewer, c: ConcernRecord): boolean {
    return this.canHandle(v, c) || (c.shareIdentity && this.isRecipient(v, c));
  }

  /** The reporter's contact: handlers only. */
  canSeeReporterContact(v: ConcernViewer, c: ConcernRecord): boolean {
    return this.canHandle(v, c);
  }

  /** Which organizations were reached and why: the case's participants, never the reporter. */
  canSeeRecipients(v: ConcernViewer, c: ConcernRecord): boolean {
    return this.canRead(v, c);
  }

  /** A member of an organization reached joins the case (a lead needs an owner or administrator). */
  canJoin(v: ConcernViewer, c: ConcernRecord, asLead = false): boolean {
    if (!this.isRecipient(v, c) || !OPEN_CASE_STATUSES.includes(c.status)) return false;
    return !asLead || isAdminRole(v.actor?.role);
  }

  /** Writes in the thread: the reporter (through the code) while the case is not final, handlers, organizations reached. */
  canMessage(v: ConcernViewer, c: ConcernRecord): boolean {
    if (this.canHandle(v, c)) return true;
    if (FINAL.includes(c.status)) return false;
    return this.isReporter(v, c) || this.isRecipient(v, c);
  }

  /** Reads a thread message: participants all; the reporter only those marked for it. */
  canReadMessage(v: ConcernViewer, c: ConcernRecord, m: { visibleToReporter: boolean }): boolean {
    if (this.canRead(v, c)) return true;
    return this.isReporter(v, c) && m.visibleToReporter;
  }

  /** Adds evidence: the reporter through the code, and case handlers. */
  canAddEvidence(v: ConcernViewer, c: ConcernRecord): boolean {
    if (this.canHandle(v, c)) return true;
    return this.isReporter(v, c) && !FINAL.includes(c.status);
  }

  /** Sees (and downloads) an evidence file: handlers; the organizations of the case once a handler shared it. */
  canSeeEvidence(v: ConcernViewer, c: ConcernRecord, e: EvidenceRecord): boolean {
    if (this.canHandle(v, c)) return true;
    return !!e.sharedAt && this.isRecipient(v, c);
  }

  canShareEvidence(v: ConcernViewer, c: ConcernRecord): boolean {
    return this.canHandle(v, c);
  }

  /**
   * Moves the case: handlers to any status after triage; the lead organization
   * to IN_PROGRESS, RESPONDED and CLOSED.
   */
  canSetStatus(v: ConcernViewer, c: ConcernRecord, lead: RecipientRecord | null, to: ConcernStatus): boolean {
    // a new concern moves only by triage; a rejected or referred one no more
    if ([ConcernStatus.RECEIVED, ConcernStatus.REJECTED, ConcernStatus.REFERRED].includes(c.status)) return false;
    if (![...OPEN_CASE_STATUSES, ConcernStatus.CLOSED].includes(to) || to === ConcernStatus.TRIAGED) return false;
    if (this.canHandle(v, c)) return true;
    const isLead = !!lead && !!v.actor?.organizationId && lead.organizationId === v.actor.organizationId && lead.lead;
    return isLead && [ConcernStatus.IN_PROGRESS, ConcernStatus.RESPONDED, ConcernStatus.CLOSED].includes(to);
  }

  /** Names or removes grievance officers of an initiative: an owner or administrator of its secretariat, or a platform administrator. */
  canNameOfficers(actor: MaybeActor, initiative: { secretariatOrganizationId: string }): boolean {
    if (!actor) return false;
    if (actor.isPlatformAdmin) return true;
    return actor.organizationId === initiative.secretariatOrganizationId && isAdminRole(actor.role);
  }

  /**
   * The list condition (SQL) for `alias` of `concerns`: the same answer as
   * canRead, for lists and counts. Nothing for a signed-out caller.
   */
  sqlReadable(v: ConcernViewer, alias: string): { where: string; parameters: Record<string, unknown> } {
    if (!v.actor) return { where: 'FALSE', parameters: {} };
    if (v.actor.isPlatformAdmin) return { where: 'TRUE', parameters: {} };
    const shared = this.visibility.sqlCondition(v.actor, recipientColumns(alias));
    if (!v.officerInitiativeIds.length) return shared;
    return {
      where: `(${shared.where} OR ${alias}.handler_initiative_ids && CAST(:officerInitiatives AS uuid[]))`,
      parameters: { ...shared.parameters, officerInitiatives: [...v.officerInitiativeIds] },
    };
  }
}
