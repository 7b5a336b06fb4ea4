import type { Metadata } from "next";
import { Link } from "@/lib/i18n/navigation";
import { notFound } from "next/navigation";
import { getOrderForCurrentViewer } from "@/lib/orders/queries/viewer";
import { getReturnForm } from "@/lib/returns/queries";
import { formatDateTime } from "../_components/format";
import { ReturnForm } from "./_components/return-form";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Return items", robots: { index: false } };

type Props = { params: Promise<{ number: string }> };

/** The return form (退货/换货): who may change the order may return its items, within the store's window. */
export default async function ReturnPage({ params }: Props) {
  const { number } = await params;
  const order = await getOrderForCurrentViewer(decodeURIComponent(number));
  if (!order) notFound();
  const form = await getReturnForm(order.id);
  if (!form) notFound();
  const returnable = form.lines.some((l) => l.returnable > 0);
  const refusal = !order.canChange
    ? "To return items, open the link in your order e-mail or sign in to the account that placed it."
    : !form.window.open
      ? form.window.reason
      : !returnable
        ? "Every item of this order is already returned or refunded."
        : null;
  return (
    <div className="mx-auto flex max-w-3xl flex-col gap-6">
      <div className="flex flex-col gap-1">
        <h1 className="text-2xl font-bold tracking-tight">Return items</h1>
        <p className="text-zinc-700">
          From order{" "}
          <Link href={`/orders/${order.number}`} className="underline">
            {order.number}
          </Link>
          {form.window.open && <> · you can return items until {formatDateTime(form.window.until)}</>}
        </p>
      </div>
      {refusal ? (
        <p className="rounded-lg border border-zinc-200 bg-zinc-50 p-3 text-zinc-800">{refusal}</p>
      ) : (
        <ReturnForm number={order.number} lines={form.lines} />
      )}
    </div>
  );
}
