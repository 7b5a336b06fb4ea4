import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { AddressForm } from "@/components/account/address-form";
import { updateAddressAction } from "@/lib/addresses/actions";
import { getAddress } from "@/lib/addresses/queries";
import { addressIdSchema } from "@/lib/addresses/schema";
import { requireUser } from "@/lib/auth/session";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Edit address" };

export default async function EditAddressPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requireUser(`/account/addresses/${encodeURIComponent(id)}`);
  const addressId = addressIdSchema.safeParse(id);
  const address = addressId.success && user.emailVerified ? await getAddress(user.id, addressId.data) : null;
  if (!address) notFound();
  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-2xl font-bold tracking-tight">Edit address</h1>
      <AddressForm action={updateAddressAction.bind(null, address.id)} address={address} />
    </div>
  );
}
