import Link from "next/link";
import { orderStatus } from "@/db/schema";
import { STATUS_LABELS } from "@/lib/orders/transitions";

type Values = { q?: string; status?: string; from?: string; to?: string; min?: string; max?: string };

const field = "w-full rounded-lg border border-zinc-400 bg-white px-3 py-2 text-sm";

function Labelled({ id, label, children }: { id: string; label: string; children: React.ReactNode }) {
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-sm font-medium">
        {label}
      </label>
      {children}
    </div>
  );
}

/** The order list's filters: a plain GET form, so every filter lives in the URL and works without JavaScript. */
export function OrderFilters({ values, currency }: { values: Values; currency: string }) {
  return (
    <form
      method="get"
      action="/admin/orders"
      role="search"
      aria-label="Filter orders"
      className="mb-6 grid gap-3 rounded-xl border border-zinc-200 bg-white p-4 sm:grid-cols-2 lg:grid-cols-6"
    >
      <div className="sm:col-span-2">
        <Labelled id="order-q" label="Search">
          <input
            id="order-q"
            name="q"
            type="search"
            defaultValue={values.q}
            placeholder="Order number, e-mail or product"
            className={field}
          />
        </Labelled>
      </div>
      <Labelled id="order-status" label="Status">
        <select id="order-status" name="status" defaultValue={values.status ?? ""} className={field}>
          <option value="">Any status</option>
          {orderStatus.enumValues.map((s) => (
            <option key={s} value={s}>
              {STATUS_LABELS[s]}
            </option>
          ))}
        </select>
      </Labelled>
      <Labelled id="order-from" label="From">
        <input id="order-from" name="from" type="date" defaultValue={values.from} className={field} />
      </Labelled>
      <Labelled id="order-to" label="To">
        <input id="order-to" name="to" type="date" defaultValue={values.to} className={field} />
      </Labelled>
      <div className="grid grid-cols-2 gap-2">
        <Labelled id="order-min" label="Min total">
          <input id="order-min" name="min" inputMode="decimal" placeholder={currency} defaultValue={values.min} className={field} />
        </Labelled>
        <Labelled id="order-max" label="Max total">
          <input id="order-max" name="max" inputMode="decimal" placeholder={currency} defaultValue={values.max} className={field} />
        </Labelled>
      </div>
      <div className="flex items-center gap-3 sm:col-span-2 lg:col-span-6">
        <button type="submit" className="rounded-full bg-zinc-900 px-4 py-2 text-sm font-medium text-white hover:bg-zinc-700">
          Filter
        </button>
        <Link href="/admin/orders" className="text-sm underline">
          Clear filters
        </Link>
      </div>
    </form>
  );
}
