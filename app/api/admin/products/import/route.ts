import { revalidateTag } from "next/cache";
import { requireStaffAction } from "@/lib/auth/staff";
import { TAGS } from "@/lib/cache-tags";
import { readBodyWithin } from "@/lib/media/uploads";
import { importRows } from "@/lib/products/csv/import-rows";
import type { ImportState } from "@/lib/products/csv/import-state";
import { MAX_IMPORT_CHUNK_BYTES } from "@/lib/products/csv/limits";
import { importChunkSchema } from "@/lib/products/csv/schema";

export const dynamic = "force-dynamic";

const json = (body: ImportState, status = 200) => Response.json(body, { status, headers: { "Cache-Control": "no-store" } });

/**
 * One chunk of a CSV import, sent as JSON by the import page after it parsed the
 * file; staff only. Every row is validated again and applied in its own
 * transaction. A chunk over MAX_IMPORT_CHUNK_BYTES is refused (413) unread.
 */
export async function POST(request: Request) {
  const staff = await requireStaffAction();
  if (!staff.ok) return json({ error: staff.state.error }, 403);
  if (!request.headers.get("content-type")?.toLowerCase().startsWith("application/json")) {
    return json({ error: "Send the rows as JSON (Content-Type: application/json)." }, 415);
  }
  const body = await readBodyWithin(request, MAX_IMPORT_CHUNK_BYTES);
  if (!body.ok) return json({ error: "These rows are too large to send at once: split the file into smaller files." }, 413);
  let rows: unknown;
  try {
    rows = JSON.parse(body.bytes.toString("utf8"));
  } catch {
    rows = undefined;
  }
  const parsed = importChunkSchema.safeParse(rows);
  if (!parsed.success) return json({ error: "These rows could not be read. Reload the page and choose the file again." }, 400);
  const result = await importRows(parsed.data, staff.user.id);
  if (result.applied.length) {
    revalidateTag(TAGS.catalog, { expire: 0 });
    for (const slug of new Set(result.applied.map((a) => a.slug))) revalidateTag(TAGS.product(slug), { expire: 0 });
  }
  return json({ ok: true, total: parsed.data.length, applied: result.applied.length, issues: result.issues });
}
