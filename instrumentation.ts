export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  if (process.env.NEXT_PHASE === "phase-production-build") return;
  const { env } = await import("./lib/env");
  env(); // fail fast, with every problem listed, on a bad configuration
  const { prepareDatabase } = await import("./db/bootstrap");
  await prepareDatabase();
  if (process.env.VITEST) return;
  const { startJobRunner } = await import("./lib/jobs/runner");
  startJobRunner(); // periodic sweeps: unpaid orders, idle carts, old sign-in attempts
}
