import type { Request, Response } from 'express';
import type { MaybeActor } from '../auth/actor';

/**
 * Makes a family of DataLoaders for one request. Feature libraries implement
 * it as an injectable and ask `context.loaders.for(factory)`; the loaders are
 * created on first use and live as long as the request, so their caches
 * never leak between users.
 */
export interface LoaderFactory<T> {
  createLoaders(actor: MaybeActor): T;
}

export class RequestLoaders {
  private readonly made = new Map<LoaderFactory<unknown>, unknown>();
  constructor(private readonly actorOf: () => MaybeActor) {}

  for<T>(factory: LoaderFactory<T>): T {
    let loaders = this.made.get(factory) as T | undefined;
    if (!loaders) {
      loaders = factory.createLoaders(this.actorOf());
      this.made.set(factory, loaders);
    }
    return loaders;
  }
}

export interface GraphQLContext {
  req: Request & { actor?: MaybeActor };
  res: Response;
  loaders: RequestLoaders;
}

export function createGraphQLContext({ req, res }: { req: GraphQLContext['req']; res: Response }): GraphQLContext {
  return { req, res, loaders: new RequestLoaders(() => req.actor ?? null) };
}
