import { sqlClient } from "@/db";

export const dynamic = "force-dynamic";

/** Liveness and database check for load balancers and test runners. */
export async function GET() {
  const started = performance.now();
  try {
    await sqlClient()`select 1`;
    const latencyMs = Math.round((performance.now() - started) * 10) / 10;
    return Response.json(
      { status: "ok", database: { status: "ok", latencyMs }, uptimeSeconds: Math.round(process.uptime()) },
      { headers: { "Cache-Control": "no-store" } },
    );
  } catch (err) {
    console.error("[health] database check failed:", err);
    return Response.json(
      { status: "error", database: { status: "unreachable" } },
      { status: 503, headers: { "Cache-Control": "no-store" } },
    );
  }
}
