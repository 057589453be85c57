import { Actor, MaybeActor, forbidden, isAdminRole, notFound, requireId } from '@commonground/api-core';
import { InitiativeEntity, InitiativeService } from '@commonground/api-identity';
import { Injectable } from '@nestjs/common';

/** Who may do what in an initiative's membership and pools. */
@Injectable()
export class InitiativeAccess {
  constructor(private readonly initiatives: InitiativeService) {}

  async initiative(initiativeId: string, field = 'initiativeId'): Promise<InitiativeEntity> {
    requireId(initiativeId, field);
    const initiative = await this.initiatives.find({ id: initiativeId });
    if (!initiative) throw notFound('The initiative');
    return initiative;
  }

  isSecretariat(actor: MaybeActor, initiative: InitiativeEntity): boolean {
    return !!actor && actor.organizationId === initiative.secretariatOrganizationId && isAdminRole(actor.role);
  }

  /** Owners and admins of the initiative's secretariat. */
  async requireSecretariat(actor: Actor, initiativeId: string, field = 'initiativeId'): Promise<InitiativeEntity> {
    const initiative = await this.initiative(initiativeId, field);
    if (!this.isSecretariat(actor, initiative)) throw forbidden('Only the secretariat of this initiative can do this.');
    return initiative;
  }

  /** Active members and the secretariat (the actor's initiatives include both). */
  isMember(actor: MaybeActor, initiativeId: string): boolean {
    return !!actor && actor.initiativeIds.includes(initiativeId);
  }
}
