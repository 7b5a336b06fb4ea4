import { sqlClient } from "@/db";
import { isShuttingDown } from "@/lib/ops/lifecycle";

export const dynamic = "force-dynamic";

const answer = (status: number, body: object) => Response.json(body, { status, headers: { "Cache-Control": "no-store" } });

/**
 * Readiness, for load balancers: 200 when this instance should get traffic (the
 * database answers and it is not shutting down), else 503. Liveness stays at
 * /api/health: a draining instance is alive, just not ready.
 */
export async function GET() {
  if (isShuttingDown()) return answer(503, { status: "shutting_down" });
  try {
    await sqlClient()`select 1`;
    return answer(200, { status: "ready" });
  } catch {
    return answer(503, { status: "database_unreachable" });
  }
}
