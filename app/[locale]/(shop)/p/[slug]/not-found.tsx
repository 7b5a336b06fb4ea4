import { Link } from "@/lib/i18n/navigation";

export default function ProductNotFound() {
  return (
    <div className="mx-auto flex max-w-xl flex-col items-center gap-4 py-24 text-center">
      <h1 className="text-3xl font-bold tracking-tight">This product isn’t available</h1>
      <p className="text-zinc-600">It may have been removed or renamed. Search for it, or browse our best sellers.</p>
      <Link href="/search?sort=popular" className="rounded-full bg-zinc-900 px-4 py-2 text-white">
        Browse best sellers
      </Link>
    </div>
  );
}
