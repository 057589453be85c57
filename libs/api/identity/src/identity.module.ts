import { ACTOR_LOADER, APP_CONFIG, AppConfig, JobsService, MaybeActor, NodeRegistry } from '@commonground/api-core';
import { Inject } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Module, OnModuleInit } from '@nestjs/common';
import { AccountService } from './account.service';
import { AdminResolver } from './admin.resolver';
import { IdentityLoaders } from './identity.loaders';
import { toInitiative, toOrganization, toUser } from './identity.mapper';
import { InitiativeMemberResolver, InitiativeResolver } from './initiative.resolver';
import { InitiativeService } from './initiative.service';
import { InvitationResolver } from './invitation.resolver';
import { InvitationService } from './invitation.service';
import { OrganizationResolver } from './organization.resolver';
import { OrganizationService } from './organization.service';
import { RateLimiter } from './rate-limiter.service';
import { IdentitySearchIndexers } from './search.indexers';
import { SessionService } from './session.service';
import { OrganizationMembershipResolver, UserResolver, ViewerResolver } from './viewer.resolver';
import { VisibilityRuleResolver } from './visibility-rule.resolver';
import { NotificationResolver } from './notification.resolver';
import { NotificationService } from './notification.service';

@Module({
  providers: [
    AccountService,
    SessionService,
    { provide: ACTOR_LOADER, useExisting: SessionService },
    OrganizationService,
    InvitationService,
    InitiativeService,
    RateLimiter,
    IdentityLoaders,
    IdentitySearchIndexers,
    ViewerResolver,
    UserResolver,
    OrganizationMembershipResolver,
    OrganizationResolver,
    InitiativeResolver,
    InitiativeMemberResolver,
    InvitationResolver,
    AdminResolver,
    VisibilityRuleResolver,
    NotificationService,
    NotificationResolver,
  ],
  exports: [ACTOR_LOADER, SessionService, OrganizationService, InitiativeService, IdentityLoaders, AccountService, NotificationService, RateLimiter],
})
export class IdentityModule implements OnModuleInit {
  constructor(
    private readonly nodes: NodeRegistry,
    private readonly organizations: OrganizationService,
    private readonly initiatives: InitiativeService,
    private readonly accounts: AccountService,
    private readonly jobs: JobsService,
    private readonly rateLimiter: RateLimiter,
    private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onModuleInit() {
    // housekeeping: finished rate-limit windows and sessions that ended more than a week ago
    this.jobs.register('identity.housekeeping', async () => {
      await this.rateLimiter.prune(this.config.rateLimits.windowSeconds);
      await this.dataSource.query(`DELETE FROM sessions WHERE expires_at < now() - interval '7 days' OR revoked_at < now() - interval '7 days'`);
    }, { cron: '17 * * * *' });
    this.nodes.register({
      typename: 'Organization',
      table: 'organizations',
      load: async (_actor, id) => {
        const o = await this.organizations.find({ id });
        return o && toOrganization(o);
      },
    });
    this.nodes.register({
      typename: 'Initiative',
      table: 'initiatives',
      load: async (_actor, id) => {
        const i = await this.initiatives.find({ id });
        return i && toInitiative(i);
      },
    });
    this.nodes.register({
      typename: 'User',
      table: 'users',
      // a user is visible to themself and to members of a shared organization
      load: async (actor: MaybeActor, id) => {
        if (!(await this.accounts.canSeeUser(actor, id))) return null;
        const u = await this.accounts.user(id);
        return u && toUser(u);
      },
    });
  }
}
