// Unit specs for the web app's pure logic (session, HTTP client, navigation). They run on Node: no DOM.
module.exports = {
  ...require('../../jest.preset.cjs'),
  displayName: 'web',
  rootDir: __dirname,
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
};
