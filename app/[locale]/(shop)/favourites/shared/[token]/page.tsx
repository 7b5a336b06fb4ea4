import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ProductList } from "@/components/account/product-list";
import { getSharedFavourites } from "@/lib/sharing/queries";

export const metadata: Metadata = { title: "Shared favourites", robots: { index: false } };
export const dynamic = "force-dynamic";

type Props = { params: Promise<{ token: string }> };

/** A read-only copy of someone's favourites, as they were when the link was made (only products still on sale). */
export default async function SharedFavouritesPage({ params }: Props) {
  const products = await getSharedFavourites((await params).token);
  if (!products) notFound();
  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-2xl font-bold tracking-tight">Shared favourites</h1>
      {products.length === 0 ? (
        <p className="text-zinc-600">None of these products are sold any more.</p>
      ) : (
        <ProductList products={products} label="Shared favourites" />
      )}
    </div>
  );
}
