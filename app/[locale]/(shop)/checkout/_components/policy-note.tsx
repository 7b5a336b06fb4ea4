import { Link } from "@/lib/i18n/navigation";
import { getShopperPolicies } from "@/lib/settings/policies/queries";
import { returnWindowLine } from "@/lib/settings/policies/texts";

/** The return window (from the settings) and the pages a shopper may want to read before paying. */
export async function PolicyNote() {
  const { policies } = await getShopperPolicies();
  return (
    <p className="mt-4 border-t border-zinc-100 pt-3 text-sm text-zinc-600">
      {returnWindowLine(policies)}. Read our{" "}
      <Link href="/pages/returns" className="underline">
        returns policy
      </Link>
      ,{" "}
      <Link href="/pages/shipping" className="underline">
        shipping information
      </Link>{" "}
      and{" "}
      <Link href="/pages/terms" className="underline">
        terms of sale
      </Link>
      .
    </p>
  );
}
