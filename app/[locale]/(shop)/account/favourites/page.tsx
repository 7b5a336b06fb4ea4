import type { Metadata } from "next";
import { Notice } from "@/components/account/notice";
import { ProductList } from "@/components/account/product-list";
import { ShareButton } from "@/components/share/share-button";
import { requireUser } from "@/lib/auth/session";
import { removeFavouriteAction } from "@/lib/shopper-lists/actions";
import { listFavouriteProducts } from "@/lib/shopper-lists/queries";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Favourites" };

export default async function FavouritesPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requireUser("/account/favourites");
  const [products, params] = await Promise.all([listFavouriteProducts(user.id), searchParams]);
  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-2xl font-bold tracking-tight">Favourites</h1>
      {products.length > 0 && <ShareButton title="My favourites" createAt="/api/me/favourites/share" />}
      <Notice code={params.notice} />
      {products.length === 0 ? (
        <p className="text-zinc-600">No favourites yet. Use “Add to favourites” on a product page to keep it here.</p>
      ) : (
        <ProductList
          products={products}
          label="Your favourites"
          action={(p) => (
            <form action={removeFavouriteAction}>
              <input type="hidden" name="productId" value={p.id} />
              <button type="submit" className="text-sm text-zinc-700 underline hover:text-zinc-950">
                Remove from favourites<span className="sr-only">: {p.title}</span>
              </button>
            </form>
          )}
        />
      )}
    </div>
  );
}
