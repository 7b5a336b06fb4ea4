import Link from "next/link";

export default function NotFound() {
  return (
    <main className="mx-auto flex max-w-xl flex-1 flex-col items-center justify-center gap-4 px-4 py-24 text-center">
      <p className="text-sm font-semibold text-zinc-500">404</p>
      <h1 className="text-3xl font-bold tracking-tight">We can’t find that page</h1>
      <p className="text-zinc-600">The link may be old, or the product may no longer be sold. Try a search instead.</p>
      <form action="/search" method="get" role="search" className="flex w-full max-w-sm gap-2">
        <input
          type="search"
          name="q"
          aria-label="Search"
          placeholder="Search products"
          className="flex-1 rounded-full border border-zinc-300 px-4 py-2"
        />
        <button type="submit" className="rounded-full bg-zinc-900 px-4 py-2 text-white">
          Search
        </button>
      </form>
      <Link href="/" className="text-sm underline">
        Back to the home page
      </Link>
    </main>
  );
}
