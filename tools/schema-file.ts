import { GraphQLSchemaHost } from '@nestjs/graphql';
import { INestApplication } from '@nestjs/common';
import { lexicographicSortSchema, printSchema } from 'graphql';

export const SCHEMA_HEADER = '# Generated from the code by `npm run schema`. Do not edit: change the resolvers and regenerate.\n\n';

/** The schema of a running application, as committed in apps/api/schema.gql. */
export function renderSchema(app: INestApplication): string {
  const { schema } = app.get(GraphQLSchemaHost);
  return SCHEMA_HEADER + printSchema(lexicographicSortSchema(schema)) + '\n';
}
