import { getTranslations } from "next-intl/server";
import { buyAgainAction } from "@/lib/orders/actions";

/** `Buy again`: a plain form (works without JavaScript) putting the order's lines that can still be bought in the cart. */
export async function BuyAgainButton({ number }: { number: string }) {
  const t = await getTranslations("accountOrders");
  return (
    <form action={buyAgainAction}>
      <input type="hidden" name="number" value={number} />
      <button
        type="submit"
        className="rounded-full border border-zinc-400 bg-white px-3 py-1.5 text-sm font-medium whitespace-nowrap hover:bg-zinc-50"
      >
        {t("buyAgain")}
      </button>
    </form>
  );
}
