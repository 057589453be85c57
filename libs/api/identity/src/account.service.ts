import {
  APP_CONFIG,
  Actor,
  ActivityLog,
  AppConfig,
  AppError,
  OrganizationKind,
  OrganizationRole,
  UnitOfWork,
  badInput,
  conflict,
  forbidden,
  requireId,
} from '@commonground/api-core';
import { isCountry, isLanguage } from '@commonground/shared-reference';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { SignInInput, SignUpInput } from './dto/identity.inputs';
import { InvitationService } from './invitation.service';
import { OrganizationMembershipEntity } from './organization-membership.entity';
import { OrganizationService } from './organization.service';
import { burnPasswordCheck, hashPassword, verifyPassword } from './password';
import { RateLimiter } from './rate-limiter.service';
import { SessionService } from './session.service';
import { isUniqueViolation } from './slug';
import { UserEntity } from './user.entity';

export interface RequestMeta {
  ip: string | null;
  userAgent: string | null;
}

export const normalizeEmail = (email: string) => email.trim().toLowerCase();

/** Sign-up, sign-in, sign-out and the session's active organization. */
@Injectable()
export class AccountService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly uow: UnitOfWork,
    private readonly sessions: SessionService,
    private readonly organizations: OrganizationService,
    private readonly invitations: InvitationService,
    private readonly rateLimiter: RateLimiter,
    private readonly activity: ActivityLog,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async signUp(input: SignUpInput, meta: RequestMeta): Promise<{ token: string; userId: string }> {
    const limits = this.config.rateLimits;
    await this.rateLimiter.hit(`sign-up:ip:${meta.ip}`, limits.signUpPerIp, limits.windowSeconds);
    const email = normalizeEmail(input.email);
    if (input.country && !isCountry(input.country)) throw badInput('input.country', `Unknown country code ${input.country}.`);
    const createsOrganization = !!input.organizationName;
    if (createsOrganization && input.invitationToken) {
      throw badInput('input.organizationName', 'Either create an organization or accept an invitation, not both.');
    }
    if (createsOrganization && !input.organizationKind) {
      throw badInput('input.organizationKind', 'Say what kind of organization it is.');
    }
    const passwordHash = await hashPassword(input.password);
    try {
      return await this.uow.run(async (manager) => {
        const existing = await manager.findOne(UserEntity, { where: { email }, select: { id: true } });
        if (existing) throw conflict('An account with this e-mail address already exists. Sign in instead.', { field: 'input.email' });
        const user = await manager.save(UserEntity, manager.create(UserEntity, { email, name: input.name.trim(), passwordHash, locale: 'en' }));
        let organizationId: string | null = null;
        if (input.invitationToken) {
          organizationId = await this.invitations.acceptWithin(manager, user.id, email, input.invitationToken, 'input.invitationToken');
        } else if (createsOrganization) {
          const org = await this.organizations.createWithin(manager, user.id, {
            name: input.organizationName!,
            kind: input.organizationKind ?? OrganizationKind.OTHER,
            country: input.country ?? null,
          });
          organizationId = org.id;
        }
        const { token } = await this.sessions.create(manager, user.id, organizationId, meta);
        await this.activity.record({ action: 'SIGN_UP', userId: user.id, organizationId, ip: meta.ip }, manager);
        return { token, userId: user.id };
      });
    } catch (error) {
      if (isUniqueViolation(error)) throw conflict('An account with this e-mail address already exists. Sign in instead.', { field: 'input.email' });
      throw error;
    }
  }

  /** The same answer for an unknown e-mail and a wrong password: no user enumeration. */
  async signIn(input: SignInInput, meta: RequestMeta): Promise<{ token: string; userId: string }> {
    const email = normalizeEmail(input.email);
    const limits = this.config.rateLimits;
    await this.rateLimiter.hit(`sign-in:ip:${meta.ip}`, limits.signInPerIp, limits.windowSeconds);
    // an account is locked for the window after too many failed attempts; successful sign-ins do not count
    await this.rateLimiter.check(`sign-in:account:${email}`, limits.signInPerAccount, limits.windowSeconds);
    const user = await this.dataSource.getRepository(UserEntity).findOne({ where: { email } });
    const ok = user ? await verifyPassword(user.passwordHash, input.password) : (await burnPasswordCheck(input.password), false);
    if (!user || !ok) {
      await this.activity.record({ action: 'SIGN_IN_FAILED', userId: user?.id ?? null, ip: meta.ip, details: { email } });
      await this.rateLimiter.hit(`sign-in:account:${email}`, Number.MAX_SAFE_INTEGER, limits.windowSeconds);
      throw new AppError('UNAUTHENTICATED', 'The e-mail address or the password is not right.');
    }
    // act for the first organization joined; the user can switch later
    const membership = await this.dataSource
      .getRepository(OrganizationMembershipEntity)
      .findOne({ where: { userId: user.id }, order: { createdAt: 'ASC' } });
    return this.uow.run(async (manager) => {
      const { token } = await this.sessions.create(manager, user.id, membership?.organizationId ?? null, meta);
      await this.activity.record({ action: 'SIGN_IN', userId: user.id, organizationId: membership?.organizationId ?? null, ip: meta.ip }, manager);
      return { token, userId: user.id };
    });
  }

  async signOut(actor: Actor, meta: RequestMeta): Promise<void> {
    await this.sessions.revoke(actor.sessionId);
    await this.activity.record({ action: 'SIGN_OUT', userId: actor.userId, organizationId: actor.organizationId, ip: meta.ip });
  }

  async switchOrganization(actor: Actor, organizationId: string): Promise<void> {
    requireId(organizationId, 'organizationId');
    const membership = await this.dataSource
      .getRepository(OrganizationMembershipEntity)
      .findOne({ where: { userId: actor.userId, organizationId } });
    if (!membership) throw forbidden('You are not a member of this organization.');
    await this.sessions.switchOrganization(actor.sessionId, organizationId);
  }

  async setLocale(actor: Actor, locale: string): Promise<UserEntity> {
    if (!isLanguage(locale)) throw badInput('locale', `Unknown language ${locale}; use en, fr or es.`);
    await this.dataSource.getRepository(UserEntity).update(actor.userId, { locale });
    return this.dataSource.getRepository(UserEntity).findOneByOrFail({ id: actor.userId });
  }

  async user(id: string): Promise<UserEntity | null> {
    return this.dataSource.getRepository(UserEntity).findOneBy({ id });
  }

  /** Whether `viewer` may see `userId`: themself, or someone of a shared organization. */
  async canSeeUser(viewer: Actor | null, userId: string): Promise<boolean> {
    if (!viewer) return false;
    if (viewer.userId === userId || viewer.isPlatformAdmin) return true;
    const [row] = await this.dataSource.query(
      `SELECT 1 FROM organization_memberships a JOIN organization_memberships b ON a.organization_id = b.organization_id
        WHERE a.user_id = $1 AND b.user_id = $2 LIMIT 1`,
      [viewer.userId, userId],
    );
    return !!row;
  }

  roleIn(actor: Actor, organizationId: string): Promise<OrganizationRole | null> {
    return this.dataSource
      .getRepository(OrganizationMembershipEntity)
      .findOne({ where: { userId: actor.userId, organizationId } })
      .then((m) => m?.role ?? null);
  }
}
