import { existsSync } from "node:fs";
import { defineConfig, devices } from "@playwright/test";

const port = Number(process.env.E2E_PORT ?? 3100);
// E2E_BASE_URL points the tests at a server that is already running (e.g. `npm run dev`); they then start none.
const externalServer = process.env.E2E_BASE_URL;
const baseURL = externalServer ?? `http://127.0.0.1:${port}`;
// Browsers cannot be downloaded everywhere: use the system Chromium when there is one.
const executablePath = process.env.CHROMIUM_PATH ?? (existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined);

if (!process.env.E2E_DATABASE_URL) {
  throw new Error("Run browser tests with `npm test` (or `npm run test:e2e`), which prepares a fresh database for them.");
}

export default defineConfig({
  testDir: "./e2e",
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  retries: process.env.CI ? 1 : 0,
  forbidOnly: !!process.env.CI,
  // Budgets sized for a machine 3–4× slower than a developer's: a test that passes here in 10 s still
  // passes on a slow day. `npm test` prints the slowest tests, so drift shows long before a timeout.
  timeout: 60_000,
  expect: { timeout: 15_000 },
  reporter: [["list"], ["json", { outputFile: "test-results/e2e.json" }]],
  use: {
    baseURL,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: {
      executablePath,
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
      ],
    },
  },
  projects: [
    { name: "desktop", use: { ...devices["Desktop Chrome"], channel: undefined }, testIgnore: /store-wide\// },
    { name: "phone", use: { ...devices["Pixel 7"] }, grep: /@phone/, testIgnore: /store-wide\// },
    // Specs that switch a store-wide setting (which changes what every other spec would see) run alone, after the rest,
    // one at a time: two of them save the same settings form, and each save writes every field of it.
    {
      name: "store-wide",
      use: { ...devices["Desktop Chrome"], channel: undefined },
      testMatch: /store-wide\/.*\.spec\.ts/,
      dependencies: ["desktop", "phone"],
      fullyParallel: false,
      workers: 1,
    },
  ],
  webServer: externalServer
    ? undefined
    : {
        command: `npx next start -p ${port} -H 127.0.0.1`,
        url: `${baseURL}/api/health`,
        reuseExistingServer: false,
        timeout: 120_000,
        // A production server takes test payments only when told to (lib/payments/providers.ts). ADMIN_MFA=optional: the suite
        // signs in as the seeded admin; e2e/admin/two-factor.spec.ts starts its own instance with it required.
        env: {
          DATABASE_URL: process.env.E2E_DATABASE_URL,
          SITE_URL: baseURL,
          NODE_ENV: "production",
          PAYMENT_PROVIDER: "test",
          ADMIN_MFA: "optional",
          NEXT_MANUAL_SIG_HANDLE: "1", // as `npm start`: SIGTERM drains (lib/ops/shutdown.ts)
        },
      },
});
