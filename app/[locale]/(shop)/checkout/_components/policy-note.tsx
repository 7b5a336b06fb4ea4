import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { getShopperPolicies } from "@/lib/settings/policies/queries";

/** The return window (from the settings) and the pages a shopper may want to read before paying. */
export async function PolicyNote() {
  const [{ policies }, t] = await Promise.all([getShopperPolicies(), getTranslations("checkout.policy")]);
  const link = (href: string) =>
    function PolicyLink(chunks: React.ReactNode) {
      return (
        <Link href={href} className="underline">
          {chunks}
        </Link>
      );
    };
  return (
    <p className="mt-4 border-t border-zinc-100 pt-3 text-sm text-zinc-600">
      {t("returnWindow", { days: policies.returnWindowDays })}{" "}
      {t.rich("read", { returns: link("/pages/returns"), shipping: link("/pages/shipping"), terms: link("/pages/terms") })}
    </p>
  );
}
