import type { TestProject } from "vitest/node";
import { createTestDatabase } from "./testing";

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
  }
}

/** One fresh database for the whole Vitest run, dropped at the end. */
export default async function setup(project: TestProject) {
  const database = await createTestDatabase("vitest");
  project.provide("databaseUrl", database.url);
  return () => database.drop();
}
