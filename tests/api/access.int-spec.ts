// Walks every query and mutation of the schema and calls it signed out.
// An operation must either be declared public (and answer without
// UNAUTHENTICATED) or refuse with UNAUTHENTICATED; an operation without an
// @Access declaration is refused by the guard and fails this test.
import { ACCESS_KEY, AccessLevel } from '@commonground/api-core';
import { TestApp, createTestApp } from '@commonground/api-testing';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { MetadataScanner, Reflector } from '@nestjs/core';
import {
  GraphQLArgument,
  GraphQLField,
  GraphQLInputType,
  GraphQLNamedType,
  GraphQLSchema,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
  isCompositeType,
} from 'graphql';

let app: TestApp;
let schema: GraphQLSchema;
const declared = new Map<string, AccessLevel>();

beforeAll(async () => {
  app = await createTestApp();
  schema = app.app.get(GraphQLSchemaHost).schema;
  // what each resolver method declares
  const scanner = new MetadataScanner();
  const reflector = new Reflector();
  const container = (app.app as unknown as { container: { getModules(): Map<string, { providers: Map<unknown, { instance: unknown }> }> } }).container;
  const wrappers = [...container.getModules().values()].flatMap((m) => [...m.providers.values()]);
  for (const wrapper of wrappers) {
    const instance = wrapper.instance as object | undefined;
    if (!instance || typeof instance !== 'object') continue;
    for (const name of scanner.getAllMethodNames(Object.getPrototypeOf(instance))) {
      const method = (instance as Record<string, unknown>)[name] as () => unknown;
      const level = reflector.get<AccessLevel | undefined>(ACCESS_KEY, method);
      const resolverName = Reflect.getMetadata('graphql:resolver_name', method) ?? name;
      const resolverType = Reflect.getMetadata('graphql:resolver_type', method);
      if (resolverType === 'Query' || resolverType === 'Mutation') declared.set(`${resolverType}.${resolverName}`, level ?? ('none' as AccessLevel));
    }
  }
});
afterAll(() => app?.close());

const UUID = '00000000-0000-4000-8000-000000000000';

function valueFor(type: GraphQLInputType, depth = 0): unknown {
  if (isNonNullType(type)) return valueFor(type.ofType, depth);
  if (isListType(type)) return [valueFor(type.ofType, depth)];
  if (isEnumType(type)) return type.getValues()[0].value;
  if (isScalarType(type)) {
    switch (type.name) {
      case 'ID':
        return UUID;
      case 'Int':
        return 1;
      case 'Float':
        return 0.5;
      case 'Boolean':
        return false;
      case 'DateTime':
        return '2030-01-01T00:00:00.000Z';
      case 'JSON':
        return {};
      default:
        return 'x';
    }
  }
  if (isInputObjectType(type) && depth < 4) {
    const value: Record<string, unknown> = {};
    for (const field of Object.values(type.getFields())) if (isNonNullType(field.type)) value[field.name] = valueFor(field.type, depth + 1);
    return value;
  }
  return null;
}

function operation(kind: 'query' | 'mutation', field: GraphQLField<unknown, unknown>) {
  const required = field.args.filter((a: GraphQLArgument) => isNonNullType(a.type));
  const vars = required.map((a) => `$${a.name}: ${a.type.toString()}`).join(', ');
  const args = required.map((a) => `${a.name}: $${a.name}`).join(', ');
  const named = getNamedType(field.type) as GraphQLNamedType;
  const selection = isCompositeType(named) ? '{ __typename }' : '';
  const text = `${kind}${vars ? `(${vars})` : ''} { ${field.name}${args ? `(${args})` : ''} ${selection} }`;
  const variables = Object.fromEntries(required.map((a) => [a.name, valueFor(a.type)]));
  return { text, variables };
}

describe('every operation is guarded', () => {
  it('declares an access level on every query and mutation', () => {
    const operations = [
      ...Object.keys(schema.getQueryType()!.getFields()).map((n) => `Query.${n}`),
      ...Object.keys(schema.getMutationType()!.getFields()).map((n) => `Mutation.${n}`),
    ];
    expect(declared.size).toBeGreaterThanOrEqual(operations.length);
    const missing = operations.filter((op) => !declared.has(op) || declared.get(op) === ('none' as AccessLevel));
    expect(missing).toEqual([]);
  });

  it('refuses every non-public operation to a signed-out caller, and answers the public ones', async () => {
    const client = app.client();
    const failures: string[] = [];
    for (const [kind, type] of [['query', schema.getQueryType()!], ['mutation', schema.getMutationType()!]] as const) {
      for (const field of Object.values(type.getFields())) {
        const key = `${kind === 'query' ? 'Query' : 'Mutation'}.${field.name}`;
        const { text, variables } = operation(kind, field);
        const res = await client.gql(text, variables);
        const code = res.errors?.[0]?.extensions?.code;
        const isPublic = declared.get(key) === 'public';
        if (isPublic && code === 'UNAUTHENTICATED' && !['signIn'].includes(field.name)) failures.push(`${key} is public but answered UNAUTHENTICATED`);
        if (isPublic && code === 'INTERNAL_SERVER_ERROR') failures.push(`${key} failed: ${res.errors?.[0]?.message}`);
        if (!isPublic && code !== 'UNAUTHENTICATED') failures.push(`${key} answered ${code ?? 'data'} to a signed-out caller`);
      }
    }
    expect(failures).toEqual([]);
  });
});
