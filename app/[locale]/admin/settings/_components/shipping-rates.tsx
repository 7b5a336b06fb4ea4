import { Link } from "@/lib/i18n/navigation";
import { InlineAction } from "@/components/admin/inline-action";
import type { ShippingMethodRow } from "@/db/schema";
import { deliveryEstimate } from "@/lib/checkout/shipping-rules";
import { formatMoney } from "@/lib/money";
import { toggleShippingRateAction } from "@/lib/settings/actions";
import { DataTable } from "@/components/ui/data-table";

/** The shipping rates, in checkout order, with edit and (de)activate. Prices are in the store currency. */
export function ShippingRates({ rates, currency }: { rates: ShippingMethodRow[]; currency: string }) {
  return (
    <DataTable
      framed
      caption="Shipping rates"
      rowCount={rates.length}
      empty="No shipping rates: shoppers cannot check out until one is active."
      columns={["Name", "Price", "Free over", "Delivery", "Status", { label: "Actions", srOnly: true }]}
    >
      {rates.map((r) => (
        <tr key={r.id} className="border-t border-zinc-100 align-middle">
          <th scope="row" className="px-3 py-2 font-medium">
            {r.name} <span className="font-normal text-zinc-500">({r.code})</span>
            {r.description && <span className="block font-normal text-zinc-600">{r.description}</span>}
          </th>
          <td className="px-3 py-2">{formatMoney({ amount: r.price, currency })}</td>
          <td className="px-3 py-2">{r.freeOver === null ? "—" : formatMoney({ amount: r.freeOver, currency })}</td>
          <td className="px-3 py-2">{deliveryEstimate(r)}</td>
          <td className="px-3 py-2">{r.active ? "Offered" : "Inactive"}</td>
          <td className="px-3 py-2">
            <div className="flex flex-wrap items-center justify-end gap-2">
              <Link href={`/admin/settings/shipping/${r.id}`} aria-label={`Edit ${r.name}`} className="underline">
                Edit
              </Link>
              <InlineAction
                action={toggleShippingRateAction}
                fields={{ id: String(r.id), active: r.active ? "false" : "true" }}
                label={r.active ? "Deactivate" : "Activate"}
              />
            </div>
          </td>
        </tr>
      ))}
    </DataTable>
  );
}
