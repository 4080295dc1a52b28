// `make gallery` (not part of `make test`): a screenshot of every screen
// and state, in both languages, at 390 and 1280 px, in light, dark and
// forced colors, written to target/gallery/ with an index.html.
import base from './playwright.config.mjs';

export default {
  ...base,
  testDir: './gallery',
  outputDir: './results-gallery',
  globalSetup: undefined,
  timeout: 5 * 60_000,
  webServer: [base.webServer[0]],
};
