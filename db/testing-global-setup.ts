import type { TestProject } from "vitest/node";
import { authSecret } from "@/lib/auth/secret";
import { resolveServer } from "./bootstrap";
import { createTestDatabase } from "./testing";
import { databaseNameOf, dropDatabasesNamed } from "./testing-copies";

declare module "vitest" {
  export interface ProvidedContext {
    testDatabase: { adminUrl: string; templateUrl: string };
  }
}

/**
 * One fresh database for the whole Vitest run, migrated and seeded once; each test file runs on a copy
 * of its own (db/testing-setup.ts), so files run in parallel without meeting each other's rows or settings.
 * All are dropped at the end.
 */
export default async function setup(project: TestProject) {
  const server = await resolveServer();
  const template = await createTestDatabase("vitest");
  // Where no AUTH_SECRET is set, the first use generates one under DATA_DIR: once here, not by two files at a time.
  authSecret();
  project.provide("testDatabase", { adminUrl: server.adminUrl, templateUrl: template.url });
  return async () => {
    try {
      await dropDatabasesNamed(server.adminUrl, `${databaseNameOf(template.url)}_`);
    } finally {
      await template.drop();
      await server.stop();
    }
  };
}
