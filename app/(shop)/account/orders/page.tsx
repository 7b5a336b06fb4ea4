import type { Metadata } from "next";
import Link from "next/link";
import { OrderTable } from "@/components/account/order-table";
import { requireUser } from "@/lib/auth/session";
import { listOrdersForUser } from "@/lib/orders/queries";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Your orders" };

export default async function AccountOrdersPage() {
  const user = await requireUser("/account/orders");
  const orders = await listOrdersForUser(user.id);
  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-2xl font-bold tracking-tight">Orders</h1>
      {orders.length === 0 ? (
        <p className="text-zinc-600">
          You have not ordered anything yet.{" "}
          <Link href="/" className="underline">
            Start shopping
          </Link>
        </p>
      ) : (
        <OrderTable orders={orders} caption="Your orders, newest first" />
      )}
    </div>
  );
}
