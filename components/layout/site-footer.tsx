import { LanguageSwitch } from "@/components/layout/language-switch";
import { Link } from "@/lib/i18n/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import type { StorePageSlug } from "@/lib/content/pages/slugs";
import { formatMoney } from "@/lib/money";
import { getShopperPolicies } from "@/lib/settings/policies/queries";
import { freeShippingFrom } from "@/lib/settings/policies/texts";
import { CHECKOUT_DEFAULT_METHODS } from "@/lib/checkout/messages";
import { knownMessageTranslator } from "@/lib/i18n/known-messages";
import { DEFAULT_LOCALE, isLocale } from "@/lib/i18n/locales";

const linkClass = "hover:underline";

async function PageLink({ slug }: { slug: StorePageSlug }) {
  const t = await getTranslations("storePages.titles");
  return (
    <li>
      <Link href={`/pages/${slug}`} className={linkClass}>
        {t(slug)}
      </Link>
    </li>
  );
}

/** The store's name, its free-shipping threshold, return window and contact details (all from the settings), and links to its pages. */
export async function SiteFooter() {
  const [{ storeName, policies, offers, currency }, t, locale] = await Promise.all([
    getShopperPolicies(),
    getTranslations("layout.footer"),
    getLocale(),
  ]);
  // The default rates' names ("Standard") in the page's language, as the checkout shows them.
  const method = await knownMessageTranslator(isLocale(locale) ? locale : DEFAULT_LOCALE, CHECKOUT_DEFAULT_METHODS);
  const freeFrom = freeShippingFrom(offers);
  const freeRates = offers.filter((o) => o.price > 0 && o.freeOver === freeFrom).map((o) => method(o.name));
  const freeShipping =
    freeFrom === null
      ? null
      : freeFrom === 0
        ? t("freeShippingAlways")
        : t("freeShipping", {
            rate: freeRates.length === 1 ? freeRates[0]! : "any",
            amount: formatMoney({ amount: freeFrom, currency }, locale),
          });
  return (
    <footer className="mt-16 border-t border-zinc-200 bg-zinc-50 text-sm text-zinc-600">
      <div className="mx-auto grid max-w-7xl gap-8 px-4 py-10 sm:grid-cols-2 lg:grid-cols-4">
        <div>
          <p className="font-semibold text-zinc-900">{storeName}</p>
          <p className="mt-2">
            {t("tagline")}
            {freeShipping ? ` ${freeShipping}` : ""}
          </p>
          {(policies.contactEmail || policies.contactPhone) && (
            <ul className="mt-2 space-y-1" aria-label={t("contact")}>
              {policies.contactEmail && (
                <li>
                  <a href={`mailto:${policies.contactEmail}`} className={linkClass}>
                    {policies.contactEmail}
                  </a>
                </li>
              )}
              {policies.contactPhone && (
                <li>
                  <a href={`tel:${policies.contactPhone.replace(/[^+\d]/g, "")}`} className={linkClass}>
                    {policies.contactPhone}
                  </a>
                </li>
              )}
            </ul>
          )}
        </div>
        <div>
          <p className="font-semibold text-zinc-900">{t("help")}</p>
          <ul className="mt-2 space-y-1">
            <li>{t("returnWindow", { days: policies.returnWindowDays })}</li>
            <PageLink slug="shipping" />
            <PageLink slug="returns" />
            <PageLink slug="contact" />
          </ul>
        </div>
        <div>
          <p className="font-semibold text-zinc-900">{t("about")}</p>
          <ul className="mt-2 space-y-1">
            <PageLink slug="about" />
            <PageLink slug="terms" />
            <PageLink slug="privacy" />
          </ul>
        </div>
        <div>
          <p className="font-semibold text-zinc-900">{t("shop")}</p>
          <ul className="mt-2 space-y-1">
            <li>
              <Link href="/deals" className={linkClass}>
                {t("deals")}
              </Link>
            </li>
            <li>
              <Link href="/rankings" className={linkClass}>
                {t("rankings")}
              </Link>
            </li>
            <li>
              <Link href="/search?sort=newest" className={linkClass}>
                {t("newArrivals")}
              </Link>
            </li>
            <li>
              <Link href="/search?sort=popular" className={linkClass}>
                {t("bestSellers")}
              </Link>
            </li>
          </ul>
        </div>
      </div>
      <div className="mx-auto max-w-7xl px-4 pb-8">
        <LanguageSwitch />
      </div>
    </footer>
  );
}
