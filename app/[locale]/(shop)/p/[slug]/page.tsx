import type { Metadata } from "next";
import { ShareButton } from "@/components/share/share-button";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { RecommendationSection } from "@/components/product/recommendation-section";
import { ProductShowcase } from "@/components/product/product-showcase";
import { ProductDetails } from "@/components/product/product-details";
import { FavouriteToggle } from "@/components/product/favourite-toggle";
import { ViewBeacon } from "@/components/product/view-beacon";
import { ProductQuestions } from "@/components/questions/product-questions";
import { ProductReviews } from "@/components/reviews/product-reviews";
import { JsonLd } from "@/components/seo/json-ld";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { getCachedProduct } from "@/lib/catalog/cached";
import { slugParam } from "@/lib/catalog/slug";
import { productJsonLd, serializeJsonLd } from "@/lib/catalog/structured-data";
import { env } from "@/lib/env";
import { getProductFlashSalesForPage } from "@/lib/promotions/cached";
import { getCachedAlsoBought, getCachedSimilar } from "@/lib/recommendations/cached";
import { breadcrumbJsonLd } from "@/lib/seo/structured-data";
import { getShopperPolicies } from "@/lib/settings/policies/queries";
import { pageLocale } from "@/lib/i18n/server";
import { localizePath } from "@/lib/i18n/locales";
import { languageAlternates } from "@/lib/seo/alternates";

type Props = { params: Promise<{ locale: string; slug: string }> };

// Incremental static regeneration: each product page is rendered on its first
// visit, served as cached HTML and refreshed at once when one of its cache tags is
// invalidated (every change made through the app: the product, its stock through
// orders, reviews, questions, recommendations, flash sales); sooner when a flash
// sale starts or ends (lib/promotions/cached.ts); otherwise in the background after
// five minutes (at most; its cached reads' CATALOG_CACHE_SECONDS lowers it). A shop
// has many more products than listings, so the longer lifetime is what lets them
// stay cached: a minute was shorter than rendering 2,000 of them on a busy machine.
export const revalidate = 300;
export async function generateStaticParams() {
  return [];
}

const slugOf = async (params: Props["params"]) => slugParam((await params).slug);

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params);
  const product = await getCachedProduct(await slugOf(params), locale);
  if (!product) return { title: (await getTranslations({ locale, namespace: "product" }))("notFound.title") };
  const description = product.description.split("\n")[0]!.slice(0, 160);
  const image = product.images[0];
  return {
    title: product.title,
    description,
    alternates: languageAlternates(`/p/${product.slug}`, locale),
    openGraph: {
      type: "website",
      title: product.title,
      description,
      url: localizePath(`/p/${product.slug}`, locale),
      images: image ? [{ url: image.url, width: image.width, height: image.height, alt: image.alt }] : [],
    },
  };
}

export default async function ProductPage({ params }: Props) {
  const locale = await pageLocale(params);
  const product = await getCachedProduct(await slugOf(params), locale);
  if (!product) notFound();
  const [alsoBought, similar, flashSales, policies, t] = await Promise.all([
    getCachedAlsoBought(product.id, product.slug, locale),
    getCachedSimilar(product.id, product.slug, locale),
    getProductFlashSalesForPage(product.id, product.slug, new Date()),
    getShopperPolicies(),
    getTranslations("product"),
  ]);
  const siteUrl = env().SITE_URL;
  const crumbs = [
    { name: t("home"), href: "/" },
    ...product.breadcrumbs.map((c) => ({ name: c.name, href: `/c/${c.slug}` })),
    { name: product.title, href: `/p/${product.slug}` },
  ];

  return (
    <>
      <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: serializeJsonLd(productJsonLd(product, siteUrl)) }} />
      <JsonLd data={breadcrumbJsonLd(crumbs, siteUrl)} />
      <Breadcrumbs items={crumbs} />
      <ProductShowcase product={product} flashSales={flashSales}>
        <FavouriteToggle productId={product.id} slug={product.slug} />
        <ShareButton title={product.title} path={`/p/${product.slug}`} />
      </ProductShowcase>
      <ViewBeacon productId={product.id} />
      <ProductDetails product={product} policies={policies} />
      <ProductReviews productId={product.id} slug={product.slug} />
      <ProductQuestions productId={product.id} slug={product.slug} />
      <RecommendationSection id="customers-also-bought-heading" title={t("sections.alsoBought")} products={alsoBought} className="mt-16" />
      <RecommendationSection id="similar-products-heading" title={t("sections.similar")} products={similar} className="mt-16" />
    </>
  );
}
