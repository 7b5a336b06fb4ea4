import { requireStaffAction } from "@/lib/auth/staff";
import { encodeExportRow } from "@/lib/products/csv/csv-codec";
import { CSV_COLUMNS } from "@/lib/products/csv/columns";
import { exportRecords, recordCells } from "@/lib/products/csv/export-rows";

export const dynamic = "force-dynamic";

/** Export CSV: every variant as a row, streamed; staff only (others get a plain 404, as for back-office pages). */
export async function GET(): Promise<Response> {
  const staff = await requireStaffAction();
  if (!staff.ok) return new Response("Not found", { status: 404, headers: { "content-type": "text/plain; charset=utf-8" } });
  const encoder = new TextEncoder();
  const records = exportRecords();
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      // A byte-order mark so spreadsheet programs read the file as UTF-8 (the importer skips it).
      controller.enqueue(encoder.encode(`\uFEFF${encodeExportRow(CSV_COLUMNS)}`));
    },
    async pull(controller) {
      let chunk = "";
      for (let i = 0; i < 100; i++) {
        const next = await records.next();
        if (next.done) {
          if (chunk) controller.enqueue(encoder.encode(chunk));
          controller.close();
          return;
        }
        chunk += encodeExportRow(recordCells(next.value));
      }
      controller.enqueue(encoder.encode(chunk));
    },
    async cancel() {
      await records.return(undefined);
    },
  });
  const day = new Date().toISOString().slice(0, 10);
  return new Response(stream, {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="products-${day}.csv"`,
      "cache-control": "no-store",
    },
  });
}
