import { orderForStaffDownload } from "@/lib/invoices/access";
import { documentNotFound, documentResponse } from "@/lib/invoices/download";
import { invoiceForDownload } from "@/lib/invoices/mutations";

export const dynamic = "force-dynamic";

/** `Download invoice` in the back office (staff only): issued now for an order paid before invoices existed. */
export async function GET(_request: Request, { params }: { params: Promise<{ number: string }> }) {
  const order = await orderForStaffDownload((await params).number);
  const invoice = order ? await invoiceForDownload(order.id) : null;
  return invoice ? documentResponse(invoice) : documentNotFound();
}
