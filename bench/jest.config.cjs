// The benchmark's own check, run by `npm test`: the generator and the runner on the tiny dataset, for
// a second a scenario, so they keep working. No figure is asserted: speed is for `npm run bench`.
module.exports = {
  ...require('../jest.preset.cjs'),
  displayName: 'bench',
  rootDir: __dirname,
  testMatch: ['<rootDir>/**/*.int-spec.ts'],
  testTimeout: 600_000,
};
