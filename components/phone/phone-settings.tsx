import { getLocale, getTranslations } from "next-intl/server";
import { getVerifiedPhone } from "@/lib/auth/phone/queries";
import { env } from "@/lib/env";
import { intlLocale } from "@/lib/money";
import { formatPhone } from "@/lib/phone/number";
import { PhoneVerifyForm } from "./phone-verify-form";

/**
 * The account's mobile number: shown when verified, and a form to add (or
 * replace) one. Only for accounts whose e-mail is proven, so a number cannot
 * be planted on an account someone pre-registered with another's e-mail.
 */
export async function PhoneSettings({ userId }: { userId: string }) {
  const t = await getTranslations("phone");
  const phone = await getVerifiedPhone(userId);
  const country = env().PHONE_DEFAULT_COUNTRY;
  const countryName = new Intl.DisplayNames([intlLocale(await getLocale())], { type: "region" }).of(country) ?? country;
  const verified = phone ? formatPhone(phone) : null;
  return (
    <section aria-labelledby="phone-heading" className="space-y-3 rounded-xl border border-zinc-200 p-4">
      <h2 id="phone-heading" className="text-sm font-medium text-zinc-600">
        {t("account.heading")}
      </h2>
      <p className="text-sm">{verified ? t("account.verifiedAs", { phone: verified }) : t("account.none")}</p>
      {verified && <p className="text-sm text-zinc-600">{t("account.change")}</p>}
      <PhoneVerifyForm countryName={countryName} />
    </section>
  );
}
