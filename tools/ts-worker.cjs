// Loads a TypeScript worker module in a worker thread when the code runs from
// source (Jest): compiles .ts files on require with the same SWC options as the
// build. The built hub (dist/) never uses this: its workers are plain .js.
'use strict';
const fs = require('node:fs');
const swc = require('@swc/core');
const options = require('./swc-options.cjs')();
const { workerData } = require('piscina');

require.extensions['.ts'] = function compile(module, filename) {
  const { code } = swc.transformSync(fs.readFileSync(filename, 'utf8'), { ...options, filename, sourceMaps: 'inline', swcrc: false });
  module._compile(code, filename);
};
const loaded = require(workerData.typescriptWorker);
module.exports = loaded.default ?? loaded;
