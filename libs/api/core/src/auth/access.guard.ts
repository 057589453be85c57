import { CanActivate, ExecutionContext, Inject, Injectable, Logger } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AppError, forbidden, unauthenticated } from '../errors/app-error';
import { ACCESS_KEY, AccessLevel, requestOf } from './access.decorator';
import { ACTOR_LOADER, ActorLoader, SESSION_COOKIE } from './actor-loader';

/**
 * The global guard. Resolves the actor from the session cookie once per
 * request, then checks the handler's declared access level. A handler with no
 * declared level is refused: forgetting the decorator can never open an
 * operation to everyone.
 */
@Injectable()
export class AccessGuard implements CanActivate {
  private readonly logger = new Logger(AccessGuard.name);

  constructor(
    private readonly reflector: Reflector,
    @Inject(ACTOR_LOADER) private readonly actors: ActorLoader,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const level = this.reflector.getAllAndOverride<AccessLevel | undefined>(ACCESS_KEY, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (!level) {
      this.logger.error(`${context.getClass().name}.${context.getHandler().name} declares no @Access level`);
      throw new AppError('FORBIDDEN', 'This operation is not available.');
    }
    const req = requestOf(context);
    if (req.actor === undefined) {
      const token = req.cookies?.[SESSION_COOKIE];
      req.actor = token ? await this.actors.fromSessionToken(token) : null;
    }
    const actor = req.actor;
    switch (level) {
      case 'public':
        return true;
      case 'signed-in':
        if (!actor) throw unauthenticated();
        return true;
      case 'organization':
        if (!actor) throw unauthenticated();
        if (!actor.organizationId) throw forbidden('Choose or create an organization to act for first.');
        return true;
      case 'platform-admin':
        if (!actor) throw unauthenticated();
        if (!actor.isPlatformAdmin) throw forbidden('Only platform administrators can do this.');
        return true;
    }
  }
}
