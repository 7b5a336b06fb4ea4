import { formatMoney } from "@/lib/money";
import { useLocale, useTranslations } from "next-intl";
import type { RefundSummary } from "@/lib/refunds/queries";

/** "Refunded $X of $Y" and each refund with its lines; shown to the shopper and in the back office. Nothing when nothing was refunded. */
export function RefundSummaryView({ summary, headingLevel = 2 }: { summary: RefundSummary; headingLevel?: 2 | 3 }) {
  const t = useTranslations("orders.refunds");
  const locale = useLocale();
  if (summary.refunds.length === 0) return null;
  const money = (amount: number) => formatMoney({ amount, currency: summary.currency }, locale);
  const Heading = `h${headingLevel}` as const;
  return (
    <section aria-labelledby="refunds-heading" className="rounded-xl border border-zinc-200 bg-white p-4">
      <Heading id="refunds-heading" className="mb-2 text-lg font-semibold">
        {t("heading")}
      </Heading>
      <p className="font-medium">{t("refunded", { refunded: money(summary.refundedTotal), total: money(summary.total) })}</p>
      <ul className="mt-2 flex flex-col gap-2 text-sm">
        {summary.refunds.map((r) => (
          <li key={r.id} className="border-t border-zinc-100 pt-2">
            <span className="font-medium">{money(r.amount)}</span> · {t(`kind.${r.kind}`)}
            {r.reason ? ` · ${r.reason}` : ""}
            <span className="text-zinc-600">
              {" "}
              — {r.lines.map((l) => `${l.quantity} × ${l.title}`).join(", ")}
              {r.shippingAmount > 0 ? `${r.lines.length ? ", " : ""}${t("shipping", { amount: money(r.shippingAmount) })}` : ""}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
