import { Actor, MaybeActor, OrganizationKind, VisibilityPolicy, forbidden, isAdminRole, notFound, requireId } from '@commonground/api-core';
import { InitiativeEntity, InitiativeService, OrganizationEntity } from '@commonground/api-identity';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { DefinitionEntity, PrincipleSetEntity } from './glossary.entities';

/** Who may do what in the glossary; visibility itself is the core policy's. */
@Injectable()
export class GlossaryAccess {
  constructor(
    private readonly dataSource: DataSource,
    private readonly initiatives: InitiativeService,
    readonly policy: VisibilityPolicy,
  ) {}

  /** Terms are created by secretariats (any of their users). */
  async requireSecretariatOrganization(actor: Actor): Promise<OrganizationEntity> {
    const org = await this.dataSource.getRepository(OrganizationEntity).findOneByOrFail({ id: actor.organizationId! });
    if (org.kind !== OrganizationKind.SECRETARIAT) throw forbidden('Terms are created by initiative secretariats; other organizations add definitions to them.');
    return org;
  }

  async initiative(id: string, field: string): Promise<InitiativeEntity> {
    requireId(id, field);
    const initiative = await this.initiatives.find({ id });
    if (!initiative) throw notFound('The initiative');
    return initiative;
  }

  isSecretariatOf(actor: MaybeActor, initiativeId: string | null, secretariatId?: string): boolean {
    return !!actor && !!initiativeId && !!secretariatId && actor.organizationId === secretariatId;
  }

  /** Owners and admins of the initiative's secretariat (adoption, consultations). */
  async requireSecretariatAdmin(actor: Actor, initiativeId: string | null, what: string): Promise<InitiativeEntity> {
    if (!initiativeId) throw forbidden(`Only proposed texts of an initiative can be ${what}.`);
    const initiative = await this.initiative(initiativeId, 'initiativeId');
    if (actor.organizationId !== initiative.secretariatOrganizationId || !isAdminRole(actor.role)) {
      throw forbidden(`Only the secretariat of ${initiative.name} can do this.`);
    }
    return initiative;
  }

  /** Endorsing or objecting is an organization's act: owners and admins of a member organization. */
  requireStanceTaker(actor: Actor, initiativeId: string | null) {
    if (!isAdminRole(actor.role)) throw forbidden('Only owners and administrators speak for their organization.');
    if (initiativeId && !actor.initiativeIds.includes(initiativeId)) throw forbidden('Only members of the initiative take a stance in its consultation.');
  }

  canSeeDefinition(actor: MaybeActor, d: DefinitionEntity | PrincipleSetEntity): boolean {
    return this.policy.canSee(actor, d);
  }
}
