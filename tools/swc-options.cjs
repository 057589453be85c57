// One SWC configuration for the API build (tools/build-api.mjs) and for Jest,
// so that decorators, decorator metadata and the @commonground/* aliases are
// compiled the same way everywhere. Type checking is `npm run typecheck`.
const path = require('node:path');
const root = path.resolve(__dirname, '..');
const tsconfig = require(path.join(root, 'tsconfig.base.json'));

module.exports = function swcOptions() {
  return {
    sourceMaps: true,
    jsc: {
      parser: { syntax: 'typescript', decorators: true, tsx: false },
      transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
      target: 'es2022',
      keepClassNames: true,
      baseUrl: root,
      paths: tsconfig.compilerOptions.paths,
    },
    // keep `import()` native so ESM-only packages load from CommonJS output
    module: { type: 'commonjs', ignoreDynamic: true },
  };
};
