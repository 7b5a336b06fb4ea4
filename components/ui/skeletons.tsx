export function GridSkeleton({ count = 8 }: { count?: number }) {
  return (
    <ul className="grid grid-cols-2 gap-x-4 gap-y-8 sm:grid-cols-3 lg:grid-cols-4" aria-hidden="true">
      {Array.from({ length: count }, (_, i) => (
        <li key={i} className="flex flex-col gap-2">
          <div className="aspect-square animate-pulse rounded-xl bg-zinc-100" />
          <div className="h-3 w-1/3 animate-pulse rounded bg-zinc-100" />
          <div className="h-4 w-3/4 animate-pulse rounded bg-zinc-100" />
          <div className="h-4 w-1/4 animate-pulse rounded bg-zinc-100" />
        </li>
      ))}
    </ul>
  );
}

export function ListingSkeleton() {
  return (
    <div role="status" aria-label="Loading products">
      <div className="mb-6 h-8 w-48 animate-pulse rounded bg-zinc-100" />
      <div className="grid gap-8 md:grid-cols-[15rem_1fr]">
        <div className="hidden flex-col gap-4 md:flex">
          {Array.from({ length: 5 }, (_, i) => (
            <div key={i} className="h-10 animate-pulse rounded bg-zinc-100" />
          ))}
        </div>
        <GridSkeleton />
      </div>
    </div>
  );
}

export function ProductSkeleton() {
  return (
    <div role="status" aria-label="Loading product" className="grid gap-8 md:grid-cols-2 md:gap-12">
      <div className="aspect-square animate-pulse rounded-2xl bg-zinc-100" />
      <div className="flex flex-col gap-4">
        <div className="h-4 w-24 animate-pulse rounded bg-zinc-100" />
        <div className="h-8 w-3/4 animate-pulse rounded bg-zinc-100" />
        <div className="h-7 w-32 animate-pulse rounded bg-zinc-100" />
        <div className="h-10 w-full animate-pulse rounded bg-zinc-100" />
      </div>
    </div>
  );
}
