import { Access, Actor, SignedInActor } from '@commonground/api-core';
import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Invitation, InvitationPreview } from './dto/identity.objects';
import { InviteMemberInput } from './dto/identity.inputs';
import { invitationStatus, toInvitation, toOrganization } from './identity.mapper';
import { InvitationService } from './invitation.service';

@Resolver(() => Invitation)
export class InvitationResolver {
  constructor(private readonly invitationService: InvitationService) {}

  @Mutation(() => Boolean, { description: 'Sends an invitation e-mail with a one-time link.' })
  @Access('signed-in')
  async inviteMember(@SignedInActor() actor: Actor, @Args('input') input: InviteMemberInput): Promise<boolean> {
    await this.invitationService.invite(actor, input);
    return true;
  }

  @Query(() => InvitationPreview, { nullable: true, description: 'What an invitation link offers; null for an unknown token.' })
  @Access('public')
  async invitation(@Args('token') token: string): Promise<InvitationPreview | null> {
    const found = await this.invitationService.preview(token);
    if (!found) return null;
    const { invitation, organization } = found;
    return {
      organization: toOrganization(organization),
      email: invitation.email,
      role: invitation.role,
      expiresAt: invitation.expiresAt,
      status: invitationStatus(invitation),
    };
  }

  @Query(() => [Invitation], { description: 'Pending invitations of an organization; for its administrators.' })
  @Access('signed-in')
  async invitations(@SignedInActor() actor: Actor, @Args('organizationId', { type: () => ID }) organizationId: string): Promise<Invitation[]> {
    return (await this.invitationService.pending(actor, organizationId)).map((p) => toInvitation(p.invitation, p.invitedBy));
  }

  @Mutation(() => Boolean)
  @Access('signed-in')
  async revokeInvitation(@SignedInActor() actor: Actor, @Args('id', { type: () => ID }) id: string): Promise<boolean> {
    await this.invitationService.revoke(actor, id);
    return true;
  }
}
