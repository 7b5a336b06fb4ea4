import { getLocale, getTranslations } from "next-intl/server";
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
  const [docs, t, locale] = await Promise.all([getOrderDocuments(orderId), getTranslations("orders.documents"), getLocale()]);
  const mono = (chunks: React.ReactNode) => <span className="font-mono">{chunks}</span>;
  if (!docs.invoiceAvailable && docs.creditNotes.length === 0) return null;
  return (
    <section aria-labelledby="documents-heading" className={className}>
      <h2 id="documents-heading" className="mb-2 text-lg font-semibold">
        {t("heading")}
      </h2>
      <ul className="flex flex-col gap-2 text-sm">
        {docs.invoiceAvailable && (
          <li className="flex flex-wrap items-baseline gap-x-3 gap-y-1">
            <span>{t.rich("invoice", { number: docs.invoice?.number ?? t("unnumbered"), mono })}</span>
            <a href={`${basePath}/invoice`} download className={link}>
              {t("download")}
            </a>
          </li>
        )}
        {docs.creditNotes.map((note) => (
          <li key={note.number} className="flex flex-wrap items-baseline gap-x-3 gap-y-1">
            <span>
              {t.rich("creditNote", {
                number: note.number,
                mono,
                amount: formatMoney({ amount: note.total, currency: note.currency }, locale),
              })}
            </span>
            <a href={`${basePath}/credit-notes/${encodeURIComponent(note.number)}`} download className={link}>
              {t("downloadCreditNote", { number: note.number })}
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
