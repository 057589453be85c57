import { ApolloDriverConfig } from '@nestjs/apollo';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { AppConfig, JSONScalar, Money, MoneyInput, VisibilityInput, QueryCounter, createGraphQLContext, formatGraphQLError } from '@commonground/api-core';
import { VisibilityRule } from '@commonground/api-identity';

/**
 * Apollo behind NestJS, hardened: depth, alias, token and cost limits
 * (graphql-armor), no field suggestions, no introspection in production,
 * CSRF prevention, no stack traces, one error formatter.
 */
export function graphqlOptions(config: AppConfig): ApolloDriverConfig {
  const armor = new ApolloArmor({
    maxDepth: { n: 12 },
    maxAliases: { n: 15 },
    maxDirectives: { n: 20 },
    maxTokens: { n: 2000 },
    costLimit: { maxCost: 20000 },
    blockFieldSuggestion: { enabled: true },
  });
  const protection = armor.protect();
  const production = config.nodeEnv === 'production';
  return {
    // built in memory; `npm run schema` writes apps/api/schema.gql and a test keeps it current
    autoSchemaFile: true,
    sortSchema: true,
    path: '/graphql',
    resolvers: { JSON: JSONScalar },
    // shared types of the contract's preamble, used by later features
    buildSchemaOptions: { dateScalarMode: 'isoDate', orphanedTypes: [Money, MoneyInput, VisibilityInput, VisibilityRule] },
    introspection: !production,
    playground: false,
    csrfPrevention: true,
    includeStacktraceInErrorResponses: false,
    allowBatchedHttpRequests: false,
    plugins: [
      ...protection.plugins,
      {
        // exposes the number of SQL statements of the request (tests and benchmark)
        async requestDidStart() {
          return {
            async willSendResponse({ response }) {
              const n = QueryCounter.current();
              if (n !== undefined && !production) response.http.headers.set('x-sql-statements', String(n));
            },
          };
        },
      },
    ],
    validationRules: protection.validationRules,
    formatError: formatGraphQLError,
    context: createGraphQLContext,
  };
}
