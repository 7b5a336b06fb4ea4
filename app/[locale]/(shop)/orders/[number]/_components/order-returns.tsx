import { Link } from "@/lib/i18n/navigation";
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
  const [form, returns] = await Promise.all([getReturnForm(order.id), listReturnsForOrder(order.id)]);
  if (!form) return null;
  const canStart = order.canChange && form.window.open && form.lines.some((l) => l.returnable > 0);
  if (!canStart && returns.length === 0 && !form.window.until) return null;
  return (
    <section aria-labelledby="returns-heading" className="flex flex-col gap-3 rounded-xl border border-zinc-200 p-4">
      <h2 id="returns-heading" className="text-lg font-semibold">
        Returns
      </h2>
      {form.window.open ? (
        <p className="text-sm text-zinc-700">You can return items until {formatDateTime(form.window.until)}.</p>
      ) : (
        form.window.until && <p className="text-sm text-zinc-700">The return window closed on {formatDateTime(form.window.until)}.</p>
      )}
      {canStart && (
        <Link
          href={`/orders/${order.number}/return`}
          className="w-fit rounded-full bg-zinc-900 px-4 py-2.5 font-medium text-white hover:bg-zinc-700"
        >
          Return items
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
