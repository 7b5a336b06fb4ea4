import { Link } from "@/lib/i18n/navigation";
import { PostalAddressView } from "@/components/ui/address-view";
import type { AddressView } from "@/lib/addresses/types";
import { deleteAddressAction, setDefaultAddressAction } from "@/lib/addresses/actions";

const button = "rounded-full border border-zinc-400 px-3 py-1.5 text-sm font-medium hover:bg-zinc-50";

/** One saved address with its actions; plain forms, so they work without JavaScript. */
export function AddressCard({ address }: { address: AddressView }) {
  const label = `${address.fullName}, ${address.line1}`;
  return (
    <article aria-label={label} className="flex h-full flex-col gap-3 rounded-xl border border-zinc-200 p-4">
      <PostalAddressView address={address} boldName className="text-sm not-italic leading-relaxed" />
      {address.isDefault && <p className="w-fit rounded-full bg-zinc-900 px-2 py-0.5 text-xs font-medium text-white">Default address</p>}
      <div className="mt-auto flex flex-wrap gap-2">
        <Link href={`/account/addresses/${address.id}`} aria-label={`Edit ${label}`} className={button}>
          Edit
        </Link>
        {!address.isDefault && (
          <form action={setDefaultAddressAction}>
            <input type="hidden" name="addressId" value={address.id} />
            <button type="submit" aria-label={`Make ${label} the default`} className={button}>
              Make default
            </button>
          </form>
        )}
        <form action={deleteAddressAction}>
          <input type="hidden" name="addressId" value={address.id} />
          <button type="submit" aria-label={`Delete ${label}`} className={button}>
            Delete
          </button>
        </form>
      </div>
    </article>
  );
}
