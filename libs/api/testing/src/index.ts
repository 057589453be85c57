// Test support: the whole application per test file, real HTTP, factories.
export * from './test-app';
export * from './graphql-client';
export * from './factories';
