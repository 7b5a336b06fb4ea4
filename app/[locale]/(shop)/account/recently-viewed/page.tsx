import type { Metadata } from "next";
import { Notice } from "@/components/account/notice";
import { ProductList } from "@/components/account/product-list";
import { requireUser } from "@/lib/auth/session";
import { clearRecentlyViewedAction } from "@/lib/shopper-lists/actions";
import { listRecentlyViewedProducts } from "@/lib/shopper-lists/queries";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Recently viewed" };

export default async function RecentlyViewedPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requireUser("/account/recently-viewed");
  const [products, params] = await Promise.all([listRecentlyViewedProducts(user.id), searchParams]);
  return (
    <div className="flex flex-col gap-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-bold tracking-tight">Recently viewed</h1>
        {products.length > 0 && (
          <form action={clearRecentlyViewedAction}>
            <button type="submit" className="rounded-full border border-zinc-400 px-4 py-2 text-sm font-medium hover:bg-zinc-50">
              Clear history
            </button>
          </form>
        )}
      </div>
      <Notice code={params.notice} />
      {products.length === 0 ? (
        <p className="text-zinc-600">Products you look at will appear here.</p>
      ) : (
        <ProductList products={products} label="Recently viewed products, newest first" />
      )}
    </div>
  );
}
