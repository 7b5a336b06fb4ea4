import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ProductList } from "@/components/account/product-list";
import { getSharedFavourites } from "@/lib/sharing/queries";

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "share.favourites" });
  return { title: t("title"), robots: { index: false } };
}
export const dynamic = "force-dynamic";

type Props = { params: Promise<{ token: string }> };

/** A read-only copy of someone's favourites, as they were when the link was made (only products still on sale). */
export default async function SharedFavouritesPage({ params }: Props) {
  const [products, t] = await Promise.all([getSharedFavourites((await params).token), getTranslations("share.favourites")]);
  if (!products) notFound();
  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-2xl font-bold tracking-tight">{t("title")}</h1>
      {products.length === 0 ? <p className="text-zinc-600">{t("noneLeft")}</p> : <ProductList products={products} label={t("title")} />}
    </div>
  );
}
