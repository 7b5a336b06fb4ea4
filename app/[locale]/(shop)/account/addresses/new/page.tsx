import type { Metadata } from "next";
import { AddressForm } from "@/components/account/address-form";
import { createAddressAction } from "@/lib/addresses/actions";
import { requireUser } from "@/lib/auth/session";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Add an address" };

export default async function NewAddressPage() {
  await requireUser("/account/addresses/new");
  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-2xl font-bold tracking-tight">Add an address</h1>
      <AddressForm action={createAddressAction} />
    </div>
  );
}
