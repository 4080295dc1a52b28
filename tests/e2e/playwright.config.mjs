// End-to-end tests: Playwright driving Debian's Chromium against the release
// build (dist/) served on localhost by scripts/serve.mjs. Run with
// `make test-e2e` after `make build` (`make test` does both).
import { defineConfig } from '@playwright/test';

const port = Number(process.env.E2E_PORT || 4173);

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export default defineConfig({
  testDir: './specs',
  outputDir: './results',
  globalSetup: './support/global-setup.mjs',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  forbidOnly: !!process.env.CI,
  timeout: 30_000,
  expect: { timeout: 5_000 },
  reporter: [['list'], ['./support/summary-reporter.mjs']],
  use: {
    browserName: 'chromium',
    baseURL: `http://localhost:${port}`,
    launchOptions: { executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS },
    locale: 'en-US',
    trace: 'retain-on-failure',
  },
  webServer: {
    command: `node ../../scripts/serve.mjs --port ${port}`,
    url: `http://localhost:${port}/`,
    reuseExistingServer: !process.env.CI,
    stdout: 'ignore',
  },
});
