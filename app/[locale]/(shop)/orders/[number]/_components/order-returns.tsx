import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { requestLocale } from "@/lib/i18n/server";
import { ReturnSummary } from "@/components/returns/return-summary";
import type { OrderView } from "@/lib/orders/queries";
import { getReturnForm, listReturnsForOrder } from "@/lib/returns/queries";
import { availableReturnActions } from "@/lib/returns/rules";
import { formatDateTime } from "./format";
import { SendReturnForm } from "./send-return-form";
import { WithdrawReturnForm } from "./withdraw-return-form";

/** Returns on the order page: `Return items` while the window is open, each return, and the return shipment form once approved. */
export async function OrderReturns({ order }: { order: OrderView }) {
  if (!["delivered", "completed", "refunded", "refund_requested", "refund_rejected"].includes(order.status)) return null;
  const [form, returns, t, locale] = await Promise.all([
    getReturnForm(order.id),
    listReturnsForOrder(order.id),
    getTranslations("orders.returns"),
    requestLocale(),
  ]);
  if (!form) return null;
  const canStart = order.canChange && form.window.open && form.lines.some((l) => l.returnable > 0);
  if (!canStart && returns.length === 0 && !form.window.until) return null;
  return (
    <section aria-labelledby="returns-heading" className="flex flex-col gap-3 rounded-xl border border-zinc-200 p-4">
      <h2 id="returns-heading" className="text-lg font-semibold">
        {t("heading")}
      </h2>
      {form.window.open ? (
        <p className="text-sm text-zinc-700">{t("until", { date: formatDateTime(form.window.until, locale) })}</p>
      ) : (
        form.window.until && <p className="text-sm text-zinc-700">{t("closed", { date: formatDateTime(form.window.until, locale) })}</p>
      )}
      {canStart && (
        <Link
          href={`/orders/${order.number}/return`}
          className="w-fit rounded-full bg-zinc-900 px-4 py-2.5 font-medium text-white hover:bg-zinc-700"
        >
          {t("returnItems")}
        </Link>
      )}
      {returns.map((r) => {
        const can = order.canChange ? availableReturnActions(r.status, r.resolution, "shopper") : [];
        return (
          <div key={r.id} className="flex flex-col gap-3 border-t border-zinc-100 pt-3">
            <ReturnSummary ret={r} />
            {can.includes("send") && (
              <SendReturnForm returnNumber={r.number} carrier={r.returnCarrier} trackingNumber={r.returnTrackingNumber} />
            )}
            {can.includes("withdraw") && <WithdrawReturnForm returnNumber={r.number} />}
          </div>
        );
      })}
    </section>
  );
}
