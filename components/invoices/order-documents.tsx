import { formatMoney } from "@/lib/money";
import { getOrderDocuments } from "@/lib/invoices/queries";

const link = "font-medium underline underline-offset-2";

/**
 * The order's invoice and credit notes with their numbers and download links
 * (PDF route handlers under `basePath`, which check access again). Shown once the
 * order is paid; an order paid before invoices existed gets its number on the
 * first download.
 */
export async function OrderDocuments({ orderId, basePath, className }: { orderId: string; basePath: string; className?: string }) {
  const docs = await getOrderDocuments(orderId);
  if (!docs.invoiceAvailable && docs.creditNotes.length === 0) return null;
  return (
    <section aria-labelledby="documents-heading" className={className}>
      <h2 id="documents-heading" className="mb-2 text-lg font-semibold">
        Invoices
      </h2>
      <ul className="flex flex-col gap-2 text-sm">
        {docs.invoiceAvailable && (
          <li className="flex flex-wrap items-baseline gap-x-3 gap-y-1">
            <span>
              Invoice <span className="font-mono">{docs.invoice?.number ?? "(numbered when first downloaded)"}</span>
            </span>
            <a href={`${basePath}/invoice`} download className={link}>
              Download invoice
            </a>
          </li>
        )}
        {docs.creditNotes.map((note) => (
          <li key={note.number} className="flex flex-wrap items-baseline gap-x-3 gap-y-1">
            <span>
              Credit note <span className="font-mono">{note.number}</span> · {formatMoney({ amount: note.total, currency: note.currency })}
            </span>
            <a href={`${basePath}/credit-notes/${encodeURIComponent(note.number)}`} download className={link}>
              Download credit note {note.number}
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
