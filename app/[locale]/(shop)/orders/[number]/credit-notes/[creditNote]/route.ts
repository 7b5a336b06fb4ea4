import { orderForShopperDownload } from "@/lib/invoices/access";
import { documentNotFound, documentResponse } from "@/lib/invoices/download";
import { getCreditNote } from "@/lib/invoices/queries";

export const dynamic = "force-dynamic";

/** A credit note's download link on the order page, with the same access rule as the order page. */
export async function GET(_request: Request, { params }: { params: Promise<{ number: string; creditNote: string }> }) {
  const { number, creditNote } = await params;
  const order = await orderForShopperDownload(number);
  const note = order ? await getCreditNote(order.id, decodeURIComponent(creditNote)) : null;
  return note ? documentResponse(note) : documentNotFound();
}
