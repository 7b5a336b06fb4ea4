import { getLocale, getTranslations } from "next-intl/server";
import { env } from "@/lib/env";
import { withNext } from "@/lib/auth/next-path";
import { Link } from "@/lib/i18n/navigation";
import { intlLocale } from "@/lib/money";
import { PhoneCodeForm } from "./phone-code-form";

/** The body of /sign-in/phone and /sign-up/phone: heading, the two-step form, and the way back to e-mail. */
export async function PhoneCodePage({ mode, next }: { mode: "sign-in" | "sign-up"; next: string }) {
  const t = await getTranslations("phone");
  const country = env().PHONE_DEFAULT_COUNTRY;
  const countryName = new Intl.DisplayNames([intlLocale(await getLocale())], { type: "region" }).of(country) ?? country;
  const up = mode === "sign-up";
  const copy = up
    ? { title: t("signUp.title"), intro: t("signUp.intro"), back: t("signUp.emailInstead") }
    : { title: t("signIn.title"), intro: t("signIn.intro"), back: t("signIn.emailInstead") };
  const self = mode === "sign-up" ? "/sign-up/phone" : "/sign-in/phone";
  return (
    <>
      <div className="space-y-2">
        <h1 className="text-2xl font-bold tracking-tight">{copy.title}</h1>
        <p className="text-sm text-zinc-600">{copy.intro}</p>
      </div>
      <PhoneCodeForm mode={mode} next={next} restartHref={withNext(self, next)} countryName={countryName} />
      <p className="border-t border-zinc-200 pt-4 text-sm">
        <Link href={withNext(mode === "sign-up" ? "/sign-up" : "/sign-in", next)} className="text-zinc-700 underline hover:text-zinc-950">
          {copy.back}
        </Link>
      </p>
    </>
  );
}

/** The link to the phone option, for the e-mail sign-in and sign-up pages. */
export async function PhoneOptionLink({ mode, next }: { mode: "sign-in" | "sign-up"; next: string }) {
  const t = await getTranslations("phone");
  return (
    <Link
      href={withNext(mode === "sign-up" ? "/sign-up/phone" : "/sign-in/phone", next)}
      className="text-zinc-700 underline hover:text-zinc-950"
    >
      {mode === "sign-up" ? t("signUp.link") : t("signIn.link")}
    </Link>
  );
}
