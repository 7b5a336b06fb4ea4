import { sqlClient } from "@/db";
import { activeProviderId } from "@/lib/payments/providers";

export const dynamic = "force-dynamic";

/**
 * Liveness and database check for load balancers and test runners. Payments
 * are reported, not failed on: a shop without a payment provider still serves
 * its catalog, but its operator sees `payments.status: "not_configured"`.
 */
export async function GET() {
  const started = performance.now();
  const provider = activeProviderId();
  const payments = provider ? { status: "ok", provider } : { status: "not_configured" };
  try {
    await sqlClient()`select 1`;
    const latencyMs = Math.round((performance.now() - started) * 10) / 10;
    return Response.json(
      { status: "ok", database: { status: "ok", latencyMs }, payments, uptimeSeconds: Math.round(process.uptime()) },
      { headers: { "Cache-Control": "no-store" } },
    );
  } catch (err) {
    console.error("[health] database check failed:", err);
    return Response.json(
      { status: "error", database: { status: "unreachable" }, payments },
      { status: 503, headers: { "Cache-Control": "no-store" } },
    );
  }
}
