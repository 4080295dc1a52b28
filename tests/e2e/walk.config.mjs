// The seeded random walk (`make walk`, which `make test` runs): the same
// browser and servers as the end-to-end tests, one long test.
import base from './playwright.config.mjs';

// The run's new seed, chosen once here: the config is read first by the
// runner, whose environment the workers inherit, so the walk's title and
// the walk itself use the same seed.
process.env.WALK_NEW_SEED ??= String(Math.floor(Math.random() * 2 ** 31));

export default {
  ...base,
  testDir: './walk',
  outputDir: './results-walk',
  globalSetup: undefined,
  workers: 1,
  timeout: 10 * 60_000,
  // Only the main server: the walk loads nothing from the CDN stand-ins.
  webServer: [base.webServer[0]],
};
