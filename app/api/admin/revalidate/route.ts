import { revalidateTag } from "next/cache";
import { requireStaffAction } from "@/lib/auth/staff";
import { revalidateRequestSchema } from "@/lib/cache/schema";
import { revalidateEveryLocale } from "@/lib/i18n/server";

export const dynamic = "force-dynamic";

const json = (body: unknown, status = 200) => Response.json(body, { status, headers: { "Cache-Control": "no-store" } });

/**
 * Operations endpoint: staff refresh cached pages and data after a change made
 * outside the back office (a script, a manual SQL fix). Every app instance
 * drops the matching entries (lib/cache/cache-handler.mjs).
 *
 *   POST /api/admin/revalidate  {"tags": ["product:blue-mug"], "paths": [{"path": "/p/blue-mug"}]}
 *
 * JSON only: a form on another site cannot send it with a staff member's cookie.
 */
export async function POST(request: Request) {
  const staff = await requireStaffAction();
  if (!staff.ok) return json({ error: staff.state.error }, 403);
  if (!request.headers.get("content-type")?.toLowerCase().startsWith("application/json")) {
    return json({ error: "Send a JSON body (Content-Type: application/json)." }, 415);
  }
  const body: unknown = await request.json().catch(() => undefined);
  const parsed = revalidateRequestSchema.safeParse(body);
  if (!parsed.success) {
    return json(
      { error: `Nothing revalidated: ${parsed.error.issues.map((i) => `${i.path.join(".") || "body"} ${i.message}`).join("; ")}.` },
      400,
    );
  }
  const { tags, paths } = parsed.data;
  for (const tag of tags) revalidateTag(tag, { expire: 0 });
  for (const p of paths) revalidateEveryLocale(p.path, p.type);
  console.info(`[cache] ${staff.user.email} revalidated tags [${tags.join(", ")}] paths [${paths.map((p) => p.path).join(", ")}]`);
  return json({ revalidated: { tags, paths: paths.map((p) => p.path) } });
}
