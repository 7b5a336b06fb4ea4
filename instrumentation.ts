export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  if (process.env.NEXT_PHASE === "phase-production-build") return;
  const { env } = await import("./lib/env");
  env(); // fail fast, with every problem listed, on a bad configuration
  const { prepareDatabase } = await import("./db/bootstrap");
  await prepareDatabase();
}
