// GraphQL Code Generator: typed documents for Apollo Client from the committed schema.
// Run from the repository root with `npm run codegen`.
import path from 'node:path';
import type { CodegenConfig } from '@graphql-codegen/cli';

const webRoot = path.resolve(process.cwd(), process.cwd().endsWith(path.join('apps', 'web')) ? '.' : 'apps/web');

const config: CodegenConfig = {
  overwrite: true,
  schema: process.env.CODEGEN_SCHEMA ?? path.join(webRoot, '../../apps/api/schema.gql'),
  documents: [path.join(webRoot, 'src/**/*.{ts,tsx}'), '!' + path.join(webRoot, 'src/gql/**')],
  ignoreNoDocuments: true,
  generates: {
    [path.join(webRoot, 'src/gql/')]: {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        avoidOptionals: { field: true, inputValue: false },
        defaultScalarType: 'unknown',
        nonOptionalTypename: false,
        skipTypeNameForRoot: true,
        scalars: { DateTime: 'string', JSON: 'unknown' },
      },
    },
  },
};

export default config;
