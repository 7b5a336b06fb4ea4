import { timingSafeEqual } from "node:crypto";
import { env } from "@/lib/env";
import { metrics } from "@/lib/observability/metrics";

export const dynamic = "force-dynamic";

const notFound = () => new Response("Not found", { status: 404, headers: { "Cache-Control": "no-store" } });

function bearerMatches(header: string | null, token: string): boolean {
  const sent = Buffer.from(/^Bearer (.+)$/.exec(header ?? "")?.[1] ?? "");
  const expected = Buffer.from(token);
  return sent.length === expected.length && timingSafeEqual(sent, expected);
}

/**
 * This instance's metrics in Prometheus text format, for a scraper holding
 * METRICS_TOKEN (`Authorization: Bearer …`). Without METRICS_TOKEN the endpoint
 * does not exist (404); a wrong or missing token gets 401.
 */
export async function GET(request: Request) {
  const token = env().METRICS_TOKEN;
  if (!token) return notFound();
  if (!bearerMatches(request.headers.get("authorization"), token)) {
    return new Response("Unauthorized", {
      status: 401,
      headers: { "WWW-Authenticate": 'Bearer realm="metrics"', "Cache-Control": "no-store" },
    });
  }
  const { registry } = metrics();
  return new Response(await registry.metrics(), {
    headers: { "Content-Type": registry.contentType, "Cache-Control": "no-store" },
  });
}
