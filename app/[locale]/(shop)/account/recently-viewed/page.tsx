import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Notice } from "@/components/account/notice";
import { ProductList } from "@/components/account/product-list";
import { requireUser } from "@/lib/auth/session";
import { clearRecentlyViewedAction } from "@/lib/shopper-lists/actions";
import { listRecentlyViewedProducts } from "@/lib/shopper-lists/queries";

export const dynamic = "force-dynamic";
export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "account" });
  return { title: t("recentlyViewed.title") };
}

export default async function RecentlyViewedPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requireUser("/account/recently-viewed");
  const [products, params, t] = await Promise.all([
    listRecentlyViewedProducts(user.id),
    searchParams,
    getTranslations("account.recentlyViewed"),
  ]);
  return (
    <div className="flex flex-col gap-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-bold tracking-tight">{t("title")}</h1>
        {products.length > 0 && (
          <form action={clearRecentlyViewedAction}>
            <button type="submit" className="rounded-full border border-zinc-400 px-4 py-2 text-sm font-medium hover:bg-zinc-50">
              {t("clear")}
            </button>
          </form>
        )}
      </div>
      <Notice code={params.notice} />
      {products.length === 0 ? <p className="text-zinc-600">{t("empty")}</p> : <ProductList products={products} label={t("label")} />}
    </div>
  );
}
