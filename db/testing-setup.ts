import { randomUUID } from "node:crypto";
import { afterAll, inject } from "vitest";
import { closeDb } from "./index";
import { copyDatabase, databaseNameOf, dropDatabase } from "./testing-copies";

// Each test file on a fresh copy of the run's database (db/testing-global-setup.ts), as when it runs alone:
// files run side by side and never meet each other's rows or settings.
const { adminUrl, templateUrl } = inject("testDatabase");
const name = `${databaseNameOf(templateUrl)}_${randomUUID().slice(0, 8)}`;
// Fresh databases the file asks for (useOwnTestDatabase) are copies of the template too.
process.env.TEST_TEMPLATE_DATABASE_URL = templateUrl;
process.env.DATABASE_URL = await copyDatabase(adminUrl, templateUrl, name);
afterAll(async () => {
  await closeDb();
  await dropDatabase(adminUrl, name);
});
