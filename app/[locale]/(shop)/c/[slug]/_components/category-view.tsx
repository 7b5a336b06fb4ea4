import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requestLocale } from "@/lib/i18n/server";
import { Link } from "@/lib/i18n/navigation";
import { notFound } from "next/navigation";
import { ListingView } from "@/components/listing/listing-view";
import { JsonLd } from "@/components/seo/json-ld";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { CategoryChips } from "@/components/ui/category-chips";
import { getCachedCategoryTree, getCachedFacets, getCachedListing } from "@/lib/catalog/cached";
import { categoryPath, descendantIds, findCategory } from "@/lib/catalog/category-tree";
import { parseListingParams, type RawSearchParams } from "@/lib/catalog/listing-params";
import { slugParam } from "@/lib/catalog/slug";
import { env } from "@/lib/env";
import type { Locale } from "@/lib/i18n/locales";
import { languageAlternates } from "@/lib/seo/alternates";
import { breadcrumbJsonLd } from "@/lib/seo/structured-data";
import { storeCurrency } from "@/lib/settings/store";

async function loadCategory(rawSlug: string) {
  const tree = await getCachedCategoryTree(await requestLocale());
  const category = findCategory(tree, slugParam(rawSlug));
  return category ? { category, tree } : null;
}

export async function categoryMetadata(rawSlug: string, locale: Locale): Promise<Metadata> {
  const found = await loadCategory(rawSlug);
  if (!found) return { title: (await getTranslations({ locale, namespace: "listing.category" }))("notFound") };
  const { category } = found;
  return { title: category.name, description: category.description, alternates: languageAlternates(`/c/${category.slug}`, locale) };
}

/** A category's listing for the given query; the same for cached and per-request routes. */
export async function CategoryView({ slug, raw }: { slug: string; raw: RawSearchParams }) {
  const found = await loadCategory(slug);
  if (!found) notFound();
  const { category, tree } = found;
  const [currency, t, locale] = await Promise.all([storeCurrency(), getTranslations("listing.category"), requestLocale()]);
  const { params, notices } = parseListingParams(raw, { currency, defaultSort: "popular" });
  const scope = { categoryIds: descendantIds(category) };
  const [listing, facets] = await Promise.all([getCachedListing(scope, params, locale), getCachedFacets(scope, locale)]);
  const action = `/c/${category.slug}`;
  const crumbs = [{ name: t("home"), href: "/" }, ...categoryPath(tree, category.id).map((c) => ({ name: c.name, href: `/c/${c.slug}` }))];

  return (
    <>
      <JsonLd data={breadcrumbJsonLd(crumbs, env().SITE_URL)} />
      <Breadcrumbs items={crumbs} />
      <header className="mb-6">
        <h1 className="text-3xl font-bold tracking-tight">{category.name}</h1>
        {category.description && <p className="mt-1 text-zinc-600">{category.description}</p>}
        {category.children.length > 0 && (
          <div className="mt-4">
            <CategoryChips categories={category.children} label={t("subcategories")} />
          </div>
        )}
      </header>
      <ListingView
        action={action}
        params={params}
        defaultSort="popular"
        currency={currency}
        listing={listing}
        facets={facets}
        notices={notices}
        empty={
          <div className="rounded-xl border border-dashed border-zinc-300 p-10 text-center">
            <p className="font-medium">{t("noMatch")}</p>
            <Link href={action} className="mt-2 inline-block text-sm underline">
              {t("clearFilters")}
            </Link>
          </div>
        }
      />
    </>
  );
}
