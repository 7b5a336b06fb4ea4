import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";

/** The settings page's way to the payment methods, worded in the page's language. */
export async function PaymentSettingsLink() {
  const t = await getTranslations("adminPayments");
  return (
    <p className="mt-10">
      <Link href="/admin/settings/payments" className="underline">
        {t("link")}
      </Link>
    </p>
  );
}
