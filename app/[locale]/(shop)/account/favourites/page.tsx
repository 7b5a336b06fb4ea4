import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Notice } from "@/components/account/notice";
import { ProductList } from "@/components/account/product-list";
import { ShareButton } from "@/components/share/share-button";
import { requireUser } from "@/lib/auth/session";
import { removeFavouriteAction } from "@/lib/shopper-lists/actions";
import { listFavouriteProducts } from "@/lib/shopper-lists/queries";

export const dynamic = "force-dynamic";
export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "favourites" });
  return { title: t("title") };
}

export default async function FavouritesPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requireUser("/account/favourites");
  const [products, params, t] = await Promise.all([listFavouriteProducts(user.id), searchParams, getTranslations("favourites")]);
  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-2xl font-bold tracking-tight">{t("title")}</h1>
      {products.length > 0 && <ShareButton title={t("shareTitle")} createAt="/api/me/favourites/share" />}
      <Notice code={params.notice} />
      {products.length === 0 ? (
        <p className="text-zinc-600">{t("empty")}</p>
      ) : (
        <ProductList
          products={products}
          label={t("label")}
          action={(p) => (
            <form action={removeFavouriteAction}>
              <input type="hidden" name="productId" value={p.id} />
              <button type="submit" className="text-sm text-zinc-700 underline hover:text-zinc-950">
                {t("remove")}
                <span className="sr-only">: {p.title}</span>
              </button>
            </form>
          )}
        />
      )}
    </div>
  );
}
