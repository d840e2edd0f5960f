// Shared Jest settings: SWC compiles TypeScript (with decorator metadata for Nest) and maps the
// workspace alias to its source, so tests never depend on a previous build.
const path = require('node:path');
module.exports = {
  testEnvironment: 'node',
  transform: {
    '^.+\\.(t|j)sx?$': [
      '@swc/jest',
      {
        jsc: {
          parser: { syntax: 'typescript', decorators: true, tsx: true },
          transform: { legacyDecorator: true, decoratorMetadata: true },
          target: 'es2022',
        },
        module: { type: 'commonjs' },
      },
    ],
  },
  moduleNameMapper: {
    '^@sendreg/contracts$': path.join(__dirname, 'libs/contracts/src/index.ts'),
    '^@sendreg/migrations$': path.join(__dirname, 'migrations/index.ts'),
  },
  moduleFileExtensions: ['ts', 'tsx', 'js', 'json'],
};
