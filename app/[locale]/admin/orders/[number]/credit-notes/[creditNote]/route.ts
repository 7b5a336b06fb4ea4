import { orderForStaffDownload } from "@/lib/invoices/access";
import { documentNotFound, documentResponse } from "@/lib/invoices/download";
import { getCreditNote } from "@/lib/invoices/queries";

export const dynamic = "force-dynamic";

/** A credit note's download link in the back office (staff only). */
export async function GET(_request: Request, { params }: { params: Promise<{ number: string; creditNote: string }> }) {
  const { number, creditNote } = await params;
  const order = await orderForStaffDownload(number);
  const note = order ? await getCreditNote(order.id, decodeURIComponent(creditNote)) : null;
  return note ? documentResponse(note) : documentNotFound();
}
