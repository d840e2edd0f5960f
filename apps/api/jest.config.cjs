module.exports = {
  ...require('../../jest.preset.cjs'),
  displayName: 'api',
  rootDir: __dirname,
  testMatch: ['<rootDir>/src/**/*.spec.ts', '<rootDir>/src/**/*.int-spec.ts'],
  // Integration suites each start the app on a fresh database; give them room.
  testTimeout: 60_000,
  setupFiles: ['<rootDir>/src/testing/env.ts'],
};
