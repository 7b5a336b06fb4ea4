import { useTranslations } from "next-intl";
import { PostalAddressView } from "@/components/ui/address-view";
import { orderShippingAddress } from "@/lib/addresses/format";
import type { OrderView } from "@/lib/orders/queries";

/** Where the order goes, how, and (once shipped) with which carrier and tracking number. */
export function OrderDetails({ order }: { order: OrderView }) {
  const t = useTranslations("orders.delivery");
  return (
    <section aria-labelledby="delivery-heading" className="flex flex-col gap-3 text-sm">
      <h2 id="delivery-heading" className="text-lg font-semibold">
        {t("heading")}
      </h2>
      <PostalAddressView address={orderShippingAddress(order)} />
      <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1">
        <dt className="text-zinc-600">{t("shipping")}</dt>
        <dd>{order.shippingMethodName}</dd>
        <dt className="text-zinc-600">{t("email")}</dt>
        <dd className="break-all">{order.email}</dd>
        {order.carrier && (
          <>
            <dt className="text-zinc-600">{t("carrier")}</dt>
            <dd>{order.carrier}</dd>
          </>
        )}
        {order.trackingNumber && (
          <>
            <dt className="text-zinc-600">{t("trackingNumber")}</dt>
            <dd>{order.trackingNumber}</dd>
          </>
        )}
      </dl>
    </section>
  );
}
