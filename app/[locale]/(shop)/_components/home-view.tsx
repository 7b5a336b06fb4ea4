import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { requestLocale } from "@/lib/i18n/server";
import { ProductSection } from "@/components/product/product-section";
import { RecommendedForYou } from "@/components/product/recommended-for-you";
import { BannerCarousel } from "@/components/layout/banner-carousel";
import { getCachedBanners, getCachedCategoryTree, getCachedHotSellers, getCachedNewArrivals } from "@/lib/catalog/cached";
import { JsonLd } from "@/components/seo/json-ld";
import { env } from "@/lib/env";
import { organizationJsonLd } from "@/lib/seo/structured-data";
import { getShopperPolicies } from "@/lib/settings/policies/queries";

/** The home page's content; served as cached HTML through ./home/[edition] (see proxy.ts). */
export async function HomeView() {
  const locale = await requestLocale();
  const [banners, hot, fresh, tree, { storeName: name, policies }, t] = await Promise.all([
    getCachedBanners(locale),
    getCachedHotSellers(8, locale),
    getCachedNewArrivals(8, locale),
    getCachedCategoryTree(locale),
    getShopperPolicies(),
    getTranslations("home"),
  ]);
  return (
    <div className="flex flex-col gap-12">
      <JsonLd data={organizationJsonLd({ name, siteUrl: env().SITE_URL, email: policies.contactEmail, phone: policies.contactPhone })} />
      <h1 className="sr-only">{name}</h1>
      {banners.length > 0 && <BannerCarousel banners={banners} />}

      <section aria-labelledby="categories-heading">
        <h2 id="categories-heading" className="mb-4 text-xl font-semibold">
          {t("shopByCategory")}
        </h2>
        <ul className="grid grid-cols-2 gap-4 sm:grid-cols-4">
          {tree.map((c) => (
            <li key={c.id}>
              <Link href={`/c/${c.slug}`} className="group flex flex-col gap-2">
                <span className="aspect-square overflow-hidden rounded-xl bg-zinc-100">
                  {c.imageUrl && (
                    <img
                      src={c.imageUrl}
                      alt=""
                      width={400}
                      height={400}
                      loading="lazy"
                      className="h-full w-full object-cover transition group-hover:scale-[1.03]"
                    />
                  )}
                </span>
                <span className="font-medium group-hover:underline">{c.name}</span>
              </Link>
            </li>
          ))}
        </ul>
      </section>

      <RecommendedForYou />
      <ProductSection id="hot-sellers-heading" title={t("hotSellers")} href="/search?sort=popular" products={hot} eager={4} />
      <ProductSection id="new-arrivals-heading" title={t("newArrivals")} href="/search?sort=newest" products={fresh} />
      <p>
        <Link href="/rankings" className="font-medium underline">
          {t("seeRankings")}
        </Link>
        <span className="text-zinc-600"> — {t("rankingsBlurb")}</span>
      </p>
    </div>
  );
}
