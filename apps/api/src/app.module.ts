import { AccessGuard, AppConfig, CoreModule } from '@commonground/api-core';
import { APP_GUARD } from '@nestjs/core';
import { ClearinghouseModule } from '@commonground/api-clearinghouse';
import { GlossaryModule } from '@commonground/api-glossary';
import { IdentityModule } from '@commonground/api-identity';
import { MatchmakingModule } from '@commonground/api-matchmaking';
import { MembershipModule } from '@commonground/api-membership';
import { SmeltersModule } from '@commonground/api-smelters';
import { ConcernsModule } from '@commonground/api-concerns';
import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { DynamicModule, Module } from '@nestjs/common';
import { GraphQLModule } from '@nestjs/graphql';
import { TypeOrmModule } from '@nestjs/typeorm';
import { dataSourceOptions } from './data-source';
import { graphqlOptions } from './graphql.options';

/** The composition root: core services, then one module per feature. */
@Module({})
export class AppModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        TypeOrmModule.forRoot(dataSourceOptions(config)),
        CoreModule.forRoot(config),
        GraphQLModule.forRoot<ApolloDriverConfig>({ driver: ApolloDriver, ...graphqlOptions(config) }),
        IdentityModule,
        MembershipModule,
        GlossaryModule,
        MatchmakingModule,
        ClearinghouseModule,
        SmeltersModule,
        ConcernsModule,
      ],
      // every operation declares who may call it; the guard refuses the rest
      providers: [{ provide: APP_GUARD, useClass: AccessGuard }],
    };
  }
}
