import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ListingView } from "@/components/listing/listing-view";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { getCachedCategoryTree, getCachedFacets, getCachedListing } from "@/lib/catalog/cached";
import { categoryPath, descendantIds, findCategory } from "@/lib/catalog/category-tree";
import { slugParam } from "@/lib/catalog/slug";
import { parseListingParams, type RawSearchParams } from "@/lib/catalog/listing-params";
import { storeCurrency } from "@/lib/catalog/store";

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<RawSearchParams> };

async function loadCategory(slug: string) {
  const tree = await getCachedCategoryTree();
  const category = findCategory(tree, slugParam(slug));
  return category ? { category, tree } : null;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const found = await loadCategory((await params).slug);
  if (!found) return { title: "Category not found" };
  return { title: found.category.name, description: found.category.description, alternates: { canonical: `/c/${found.category.slug}` } };
}

export default async function CategoryPage({ params, searchParams }: Props) {
  const found = await loadCategory((await params).slug);
  if (!found) notFound();
  const { category, tree } = found;
  const currency = storeCurrency();
  const { params: listingParams, notices } = parseListingParams(await searchParams, { currency, defaultSort: "popular" });
  const scope = { categoryIds: descendantIds(category) };
  const [listing, facets] = await Promise.all([getCachedListing(scope, listingParams), getCachedFacets(scope)]);
  const action = `/c/${category.slug}`;

  return (
    <>
      <Breadcrumbs items={[{ name: "Home", href: "/" }, ...categoryPath(tree, category.id).map((c) => ({ name: c.name, href: `/c/${c.slug}` }))]} />
      <header className="mb-6">
        <h1 className="text-3xl font-bold tracking-tight">{category.name}</h1>
        {category.description && <p className="mt-1 text-zinc-600">{category.description}</p>}
        {category.children.length > 0 && (
          <ul className="mt-4 flex flex-wrap gap-2" aria-label="Subcategories">
            {category.children.map((c) => (
              <li key={c.id}>
                <Link href={`/c/${c.slug}`} className="block rounded-full border border-zinc-300 px-4 py-1.5 text-sm hover:bg-zinc-100">
                  {c.name}
                </Link>
              </li>
            ))}
          </ul>
        )}
      </header>
      <ListingView
        action={action}
        params={listingParams}
        defaultSort="popular"
        currency={currency}
        listing={listing}
        facets={facets}
        notices={notices}
        empty={
          <div className="rounded-xl border border-dashed border-zinc-300 p-10 text-center">
            <p className="font-medium">No products match these filters.</p>
            <Link href={action} className="mt-2 inline-block text-sm underline">
              Clear filters
            </Link>
          </div>
        }
      />
    </>
  );
}
