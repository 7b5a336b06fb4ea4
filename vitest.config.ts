import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const root = fileURLToPath(new URL(".", import.meta.url));

// Files that load the machine on purpose (hundreds of parallel checkouts, a 100,000-order export) and time
// themselves: they run after the others, one at a time, so that no other file competes with them.
const ALONE = ["lib/checkout/place-order-promotions.test.ts", "lib/reports/large-export.test.ts"];

export default defineConfig({
  resolve: {
    alias: {
      "@": root,
      // Server-only modules are tested directly in Node.
      "server-only": `${root}node_modules/server-only/empty.js`,
    },
  },
  test: {
    exclude: ["node_modules/**", "e2e/**", ".next/**", ".next-bench/**", ".next-lighthouse/**", ".data/**"],
    globalSetup: ["./db/testing-global-setup.ts"],
    setupFiles: ["./db/testing-setup.ts"],
    testTimeout: 20_000,
    // In CI a failed test gets one more try, as in Playwright; the run's last lines name any that needed it (scripts/failed-tests.ts).
    retry: process.env.CI ? 1 : 0,
    hookTimeout: 120_000,
    pool: "forks",
    // next-auth imports "next/server" without an extension, which Node's ESM resolver refuses; let Vite resolve it.
    server: { deps: { inline: ["next-auth"] } },
    projects: [
      // Most files wait on PostgreSQL rather than compute, and each file has a database of its own
      // (db/testing-setup.ts): three at a time on any machine (Vitest's default is one fewer than the cores).
      { extends: true, test: { name: "parallel", include: ["**/*.test.ts"], exclude: ALONE, maxWorkers: 3 } },
      { extends: true, test: { name: "alone", include: ALONE, maxWorkers: 1, sequence: { groupOrder: 1 } } },
    ],
  },
});
