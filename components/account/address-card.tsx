import { useTranslations } from "next-intl";
import { Link } from "@/lib/i18n/navigation";
import { PostalAddressView } from "@/components/ui/address-view";
import type { AddressView } from "@/lib/addresses/types";
import { deleteAddressAction, setDefaultAddressAction } from "@/lib/addresses/actions";

const button = "rounded-full border border-zinc-400 px-3 py-1.5 text-sm font-medium hover:bg-zinc-50";

/** One saved address with its actions; plain forms, so they work without JavaScript. */
export function AddressCard({ address }: { address: AddressView }) {
  const t = useTranslations("address");
  const label = `${address.fullName}, ${address.line1}`;
  return (
    <article aria-label={label} className="flex h-full flex-col gap-3 rounded-xl border border-zinc-200 p-4">
      <PostalAddressView address={address} boldName className="text-sm not-italic leading-relaxed" />
      {address.isDefault && (
        <p className="w-fit rounded-full bg-zinc-900 px-2 py-0.5 text-xs font-medium text-white">{t("book.defaultAddress")}</p>
      )}
      <div className="mt-auto flex flex-wrap gap-2">
        <Link href={`/account/addresses/${address.id}`} aria-label={t("book.editLabel", { address: label })} className={button}>
          {t("book.edit")}
        </Link>
        {!address.isDefault && (
          <form action={setDefaultAddressAction}>
            <input type="hidden" name="addressId" value={address.id} />
            <button type="submit" aria-label={t("book.makeDefaultLabel", { address: label })} className={button}>
              {t("book.makeDefault")}
            </button>
          </form>
        )}
        <form action={deleteAddressAction}>
          <input type="hidden" name="addressId" value={address.id} />
          <button type="submit" aria-label={t("book.deleteLabel", { address: label })} className={button}>
            {t("book.delete")}
          </button>
        </form>
      </div>
    </article>
  );
}
