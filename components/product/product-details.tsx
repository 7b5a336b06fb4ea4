import { getLocale, getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import type { ProductDetail } from "@/lib/catalog/types";
import { formatMoney } from "@/lib/money";
import type { ShopperPolicies } from "@/lib/settings/policies/queries";
import { freeShippingFrom } from "@/lib/settings/policies/texts";
import { CHECKOUT_DEFAULT_METHODS } from "@/lib/checkout/messages";
import { knownMessageTranslator } from "@/lib/i18n/known-messages";
import { DEFAULT_LOCALE, isLocale } from "@/lib/i18n/locales";

/** Description, specifications and the shipping and returns notes (worded from the settings), below the fold. */
export async function ProductDetails({
  product,
  policies,
}: {
  product: ProductDetail;
  policies: Pick<ShopperPolicies, "policies" | "offers" | "currency">;
}) {
  const [t, locale] = await Promise.all([getTranslations("product.details"), getLocale()]);
  const { shippingSummary, returnsSummary } = policies.policies;
  // The default rates' names ("Standard") in the page's language, as the checkout shows them.
  const method = await knownMessageTranslator(isLocale(locale) ? locale : DEFAULT_LOCALE, CHECKOUT_DEFAULT_METHODS);
  const offers = policies.offers.map((o) => ({ ...o, name: method(o.name) }));
  const shipping = shippingSummary ?? shippingText({ offers, currency: policies.currency }, t, locale);
  const returns =
    returnsSummary ??
    t("returnsText", {
      days: policies.policies.returnWindowDays,
      shipping: policies.policies.refundShippingOnReturn ? "included" : "excluded",
    });
  const paragraphs = product.description.split(/\n\s*\n/).filter(Boolean);
  return (
    <div className="mt-12 grid gap-10 md:grid-cols-2">
      <section aria-labelledby="description-heading">
        <h2 id="description-heading" className="mb-3 text-lg font-semibold">
          {t("description")}
        </h2>
        <div className="flex flex-col gap-3 leading-relaxed text-zinc-700">
          {paragraphs.map((p, i) => (
            <p key={i}>{p}</p>
          ))}
        </div>
        {product.tags.length > 0 && (
          <ul className="mt-4 flex flex-wrap gap-2" aria-label={t("tags")}>
            {product.tags.map((t) => (
              <li key={t} className="rounded-full bg-zinc-100 px-3 py-1 text-xs text-zinc-700">
                {t}
              </li>
            ))}
          </ul>
        )}
      </section>
      <div className="flex flex-col gap-10">
        {product.specs.length > 0 && (
          <section aria-labelledby="specs-heading">
            <h2 id="specs-heading" className="mb-3 text-lg font-semibold">
              {t("specifications")}
            </h2>
            <table className="w-full text-sm">
              <tbody>
                {product.specs.map((s) => (
                  <tr key={s.name} className="border-b border-zinc-200">
                    <th scope="row" className="w-2/5 py-2 pr-4 text-left font-medium text-zinc-600">
                      {s.name}
                    </th>
                    <td className="py-2">{s.value}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
        )}
        <section aria-labelledby="shipping-heading">
          <h2 id="shipping-heading" className="mb-3 text-lg font-semibold">
            {t("shippingReturns")}
          </h2>
          <ul className="list-disc space-y-1 pl-5 text-sm text-zinc-700">
            <li>{shipping}</li>
            <li>{returns}</li>
          </ul>
          <p className="mt-3 text-sm">
            <Link href="/pages/shipping" className="underline">
              {t("shippingDetails")}
            </Link>
            {" · "}
            <Link href="/pages/returns" className="underline">
              {t("howReturnsWork")}
            </Link>
          </p>
        </section>
      </div>
    </div>
  );
}

type Translate = Awaited<ReturnType<typeof getTranslations<"product.details">>>;

/** The active rates and the free-shipping threshold in words, in the page's language (the merchant's own summary replaces it). */
function shippingText({ offers, currency }: Pick<ShopperPolicies, "offers" | "currency">, t: Translate, locale: string): string {
  if (offers.length === 0) return t("shippingAtCheckout");
  const money = (amount: number) => formatMoney({ amount, currency }, locale);
  const ways = offers.map((o) =>
    t("shippingOffer", {
      name: o.name,
      days: o.minDays === o.maxDays ? String(o.minDays) : `${o.minDays}–${o.maxDays}`,
      maxDays: o.maxDays,
      price: o.price === 0 ? t("free") : money(o.price),
    }),
  );
  const from = freeShippingFrom(offers);
  const rates = offers.filter((o) => o.price > 0 && o.freeOver === from).map((o) => o.name);
  const free =
    from === null
      ? ""
      : from === 0
        ? t("freeAlways")
        : t("freeOver", { rate: rates.length === 1 ? rates[0]! : "any", amount: money(from) });
  return `${t("shipsBy", { ways: new Intl.ListFormat(locale === "en" ? "en-GB" : locale, { type: "disjunction" }).format(ways) })}${free ? ` ${free}` : ""}`;
}
