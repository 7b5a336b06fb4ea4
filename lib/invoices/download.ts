import "server-only";
import type { InvoiceRow } from "@/db/schema";
import type { DocumentDetails } from "./details";
import { documentFileName } from "./numbering";
import { renderDocumentPdf } from "./pdf";

/** The download routes' answer for an order or document this caller may not see or that does not exist: the same 404. */
export function documentNotFound(): Response {
  return new Response("Not found", { status: 404, headers: { "Cache-Control": "no-store", "Content-Type": "text/plain; charset=utf-8" } });
}

/** The document as a PDF download, drawn from its frozen details; never cached (it is the buyer's). */
export async function documentResponse(row: Pick<InvoiceRow, "kind" | "number" | "details">): Promise<Response> {
  const pdf = await renderDocumentPdf(row.details as DocumentDetails);
  return new Response(new Uint8Array(pdf), {
    headers: {
      "Content-Type": "application/pdf",
      "Content-Disposition": `attachment; filename="${documentFileName(row.kind, row.number)}"`,
      "Content-Length": String(pdf.length),
      "Cache-Control": "private, no-store",
    },
  });
}
