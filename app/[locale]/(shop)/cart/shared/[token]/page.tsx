import type { Metadata } from "next";
import { ClientMessages } from "@/lib/i18n/client-messages";
import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { requestLocale } from "@/lib/i18n/server";
import { notFound } from "next/navigation";
import { AddSharedCartForm } from "@/components/share/add-shared-cart-form";
import { formatMoney } from "@/lib/money";
import { getSharedCart } from "@/lib/sharing/queries";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("cart.meta");
  return { title: t("sharedTitle"), robots: { index: false } };
}
// Read per request: prices and stock are today's, and an expired link stops working.
export const dynamic = "force-dynamic";

type Props = { params: Promise<{ token: string }> };

export default async function SharedCartPage({ params }: Props) {
  const { token } = await params;
  const shared = await getSharedCart(token);
  if (!shared) notFound();
  const [t, locale] = await Promise.all([getTranslations("cart.shared"), requestLocale()]);
  return (
    <ClientMessages locale={locale} namespaces={["share.cart"]}>
      <div className="flex flex-col gap-6">
        <h1 className="text-2xl font-bold tracking-tight sm:text-3xl">{t("heading")}</h1>
        <p className="text-zinc-600">{t("intro")}</p>
        <ul aria-label={t("itemsLabel")} className="flex flex-col divide-y divide-zinc-200 rounded-xl border border-zinc-200">
          {shared.lines.map((l) => (
            <li key={l.variantId} className="flex flex-wrap items-center gap-x-4 gap-y-1 p-4">
              <Link href={`/p/${l.productSlug}`} className="min-w-0 flex-1 font-medium underline-offset-2 hover:underline">
                {l.productTitle}
                {l.variantTitle && <span className="block text-sm font-normal text-zinc-600">{l.variantTitle}</span>}
              </Link>
              <span className="text-sm text-zinc-700">{t("quantity", { quantity: l.quantity })}</span>
              <span className="w-24 text-right font-medium tabular-nums">
                {formatMoney({ amount: l.unitPrice, currency: l.currency }, locale)}
              </span>
              {!l.available && <span className="w-full text-sm text-amber-900">{t("unavailable")}</span>}
            </li>
          ))}
        </ul>
        {shared.lines.length === 0 ? <p>{t("noneSold")}</p> : <AddSharedCartForm token={token} />}
      </div>
    </ClientMessages>
  );
}
