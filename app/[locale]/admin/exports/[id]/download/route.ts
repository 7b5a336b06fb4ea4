import { requireStaffAction } from "@/lib/auth/staff";
import { chunkStream } from "@/lib/exports/chunks";
import { getReadyExport } from "@/lib/exports/queries";
import { csvResponse, notFoundResponse } from "@/lib/reports/stream";

export const dynamic = "force-dynamic";

/**
 * `Download` on the Exports page: a ready export's file, streamed from its chunks in the database
 * (any instance serves it), a megabyte at a time; staff only (others get a plain 404, as for back-office pages).
 */
export async function GET(_request: Request, { params }: { params: Promise<{ locale: string; id: string }> }): Promise<Response> {
  const staff = await requireStaffAction();
  if (!staff.ok) return notFoundResponse();
  const { id } = await params;
  if (!/^\d{1,9}$/.test(id)) return notFoundResponse();
  const file = await getReadyExport(Number(id));
  if (!file) return notFoundResponse();
  return csvResponse(chunkStream(Number(id), file.bytes), file.filename, file.bytes);
}
