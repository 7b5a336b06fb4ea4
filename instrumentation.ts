export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  if (process.env.NEXT_PHASE === "phase-production-build") return;
  const { appendPeerAddressToForwardedFor } = await import("./lib/http/peer-address");
  appendPeerAddressToForwardedFor(); // client addresses for rate limits (lib/auth/client-ip.ts)
  const { env } = await import("./lib/env");
  const settings = env(); // fail fast, with every problem listed, on a bad configuration
  const { prepareDatabase } = await import("./db/bootstrap");
  await prepareDatabase();
  // WORKER=0: a separate `npm run worker` (scripts/worker.ts) runs the periodic jobs for this instance.
  if (process.env.VITEST || settings.WORKER === "0") return;
  const { startJobRunner } = await import("./lib/jobs/runner");
  startJobRunner(); // periodic sweeps: unpaid orders, idle carts, expired rate-limit windows
}
