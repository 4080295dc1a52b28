// End-to-end tests: Playwright driving Debian's Chromium against the release
// build (dist/) served on localhost by scripts/serve.mjs. Run with
// `make test-e2e` after `make build` (`make test` does both).
import { defineConfig } from '@playwright/test';

const port = Number(process.env.E2E_PORT || 4173);
// Two stand-ins for a CDN on other origins, serving the unpacked npm
// package (see support/global-setup.mjs): one with CORS, one without.
export const CDN_PORT = port + 1;
export const NO_CORS_PORT = port + 2;

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
  webServer: [
    {
      command: `node ../../scripts/serve.mjs --port ${port}`,
      url: `http://localhost:${port}/`,
      reuseExistingServer: !process.env.CI,
      stdout: 'ignore',
    },
    {
      command: `node ../../scripts/serve.mjs --port ${CDN_PORT} --root target/cdn --cors`,
      port: CDN_PORT,
      reuseExistingServer: !process.env.CI,
      stdout: 'ignore',
    },
    {
      command: `node ../../scripts/serve.mjs --port ${NO_CORS_PORT} --root target/cdn`,
      port: NO_CORS_PORT,
      reuseExistingServer: !process.env.CI,
      stdout: 'ignore',
    },
  ],
});
