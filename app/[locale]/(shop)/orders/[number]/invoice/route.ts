import { orderForShopperDownload } from "@/lib/invoices/access";
import { documentNotFound, documentResponse } from "@/lib/invoices/download";
import { invoiceForDownload } from "@/lib/invoices/mutations";

export const dynamic = "force-dynamic";

/** `Download invoice` on the order page: the order's owner (or a guest browser holding it) once it is paid; anybody else 404. */
export async function GET(_request: Request, { params }: { params: Promise<{ number: string }> }) {
  const order = await orderForShopperDownload((await params).number);
  const invoice = order ? await invoiceForDownload(order.id) : null;
  return invoice ? documentResponse(invoice) : documentNotFound();
}
